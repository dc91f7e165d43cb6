/** Every story in the dataset, when there is more than one: the popup and the reader pick one here. */
import type { Article, Lang } from '../core/dataset.ts';
import { articleText } from '../core/dataset.ts';
import { formatDate } from '../core/card.ts';
import { shownLanguage } from './lang-switch.tsx';
import { t, uiLocale } from './i18n.ts';

export interface StoryListProps {
  articles: readonly Article[];
  current: string;
  chosen: Lang | null;
  onPick: (article: string) => void;
}

export function StoryList({ articles, current, chosen, onPick }: StoryListProps) {
  if (articles.length < 2) return null;
  return (
    <nav class="stories no-print" aria-label={t('stories', 'Stories')}>
      <ul>
        {articles.map((a) => {
          const text = articleText(a, shownLanguage(a, chosen));
          return (
            <li key={a.id}>
              <button type="button" data-article={a.id} aria-current={a.id === current ? 'true' : undefined} onClick={() => onPick(a.id)}>
                <span lang={text.lang} dir="auto">{text.headline}</span> <time dateTime={a.posted}>{formatDate(a.posted, uiLocale())}</time>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

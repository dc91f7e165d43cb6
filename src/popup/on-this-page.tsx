/** "On this page": the mentions Konteks found in the tab, grouped by entity, with counts. */
import type { Article } from '../core/dataset.ts';
import { inLang, type Lang } from '../core/dataset.ts';
import { t } from '../ui/i18n.ts';
import type { PageState } from './tab-link.ts';

export interface OnThisPageProps {
  state: PageState;
  articles: Article[];
  lang: Lang;
  onGo: (entity: string) => void;
}

export function OnThisPage({ state, articles, lang, onGo }: OnThisPageProps) {
  if (state.status === 'loading') return <p class="note">{t('loading', 'Looking at this page…')}</p>;
  if (state.status === 'unavailable') {
    return <p class="note" data-state="unavailable">{t('unavailable', 'Konteks cannot run on this page (browser pages, extension stores and PDF viewers are off limits). Open a news page to see what it finds.')}</p>;
  }
  const { mentions } = state;
  if (!mentions.enabled) return <p class="note" data-state="off">{t('offHere', 'Konteks is off for this page.')}</p>;
  if (mentions.entities.length === 0) return <p class="note" data-state="empty">{t('noneHere', 'No mention of this story’s people, treaty or figures on this page.')}</p>;
  const names = new Map(articles.flatMap((a) => a.entities.map((e) => [e.id, { name: inLang(e.name, lang, a), kind: e.kind }] as const)));
  return (
    <ul class="list" data-state="list">
      {mentions.entities.map((e) => {
        const info = names.get(e.id);
        return (
          <li key={e.id}>
            <button type="button" data-entity={e.id} onClick={() => onGo(e.id)} title={t('goToMention', 'Scroll to the next mention')}>
              <span>
                <span class={`kind-dot kind-${info?.kind ?? 'person'}`} aria-hidden="true" />
                {info?.name ?? e.id}
              </span>
              <span class="count" aria-label={t('mentionCount', `${e.count} mentions`, [String(e.count)])}>×{e.count}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

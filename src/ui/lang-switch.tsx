import type { Article, Lang } from '../core/dataset.ts';
import { offeredTranslation, readingLanguage } from '../core/reading-language.ts';
import { browserLanguages } from '../shared/browser-languages.ts';
import { originalLabel, translationLabel } from './card-strings.ts';
import { t } from './i18n.ts';

/** The language an article is shown in: the remembered choice, else the reader's (reading-language.ts). */
export function shownLanguage(article: Article, chosen: Lang | null): Lang {
  return readingLanguage(article.language, Object.keys(article.translations), chosen, browserLanguages());
}

/** The original, or our translation in the reader's language (else English); the one shown is pressed. */
export function LangSwitch({ article, lang, onChange }: { article: Article; lang: Lang; onChange: (l: Lang) => void }) {
  const offered = offeredTranslation(Object.keys(article.translations), browserLanguages());
  const choices = [...new Set([article.language, ...(offered ? [offered] : []), lang])];
  if (choices.length < 2) return null;
  return (
    <div class="switch no-print" role="group" aria-label={t('articleLanguage', 'Article language')}>
      {choices.map((l) => (
        <button type="button" key={l} aria-pressed={lang === l} data-lang={l} onClick={() => onChange(l)}>
          {l === article.language ? originalLabel(l) : translationLabel(l)}
        </button>
      ))}
    </div>
  );
}

import type { Lang } from '../core/dataset.ts';
import { t } from './i18n.ts';

/** Original (Indonesian) or our English translation. */
export function LangSwitch({ lang, onChange }: { lang: Lang; onChange: (l: Lang) => void }) {
  return (
    <div class="switch no-print" role="group" aria-label={t('articleLanguage', 'Article language')}>
      <button type="button" aria-pressed={lang === 'id'} onClick={() => onChange('id')} lang="id">
        {t('langOriginal', 'Indonesian (original)')}
      </button>
      <button type="button" aria-pressed={lang === 'en'} onClick={() => onChange('en')}>
        {t('langEnglish', 'English (our translation)')}
      </button>
    </div>
  );
}

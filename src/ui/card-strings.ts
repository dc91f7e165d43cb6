import type { CardStrings } from './hover-card.tsx';
import { t, uiDir, uiLocale } from './i18n.ts';

/** A language's name in the UI language ("Indonesian", "индонезийский"); the tag itself where Intl has none. */
export function languageName(tag: string, ui = uiLocale()): string {
  try {
    return new Intl.DisplayNames([ui, 'en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function cardStrings(): CardStrings {
  return {
    ui: { lang: uiLocale(), dir: uiDir() },
    kind: { person: t('kindPerson', 'Person'), treaty: t('kindTreaty', 'Treaty'), figure: t('kindFigure', 'Figure') },
    readFullStory: t('readFullStory', 'Read full story'),
    close: t('close', 'Close'),
    fromArticle: t('fromArticle', 'From the article'),
    translatedFrom: (lang) => t('translatedFrom', `Our translation from ${languageName(lang)}`, [languageName(lang)]),
    original: (lang) => t('originalIn', `Original (${languageName(lang)})`, [languageName(lang)]),
    showIn: (lang) => t('showIn', `Show in ${languageName(lang)}`, [languageName(lang)]),
  };
}

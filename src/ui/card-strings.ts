import type { CardStrings } from './hover-card.tsx';
import { t, uiDir, uiLocale } from './i18n.ts';

/** A language's name in the UI language ("Indonesian", "индонезийский"); the tag itself where Intl has none. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([uiLocale(), 'en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A UI string around a language's name ("Original (Indonesian)"), the name looked up once. */
function aboutLanguage(key: string, fallback: (name: string) => string): (lang: string) => string {
  return (lang) => {
    const name = languageName(lang);
    return t(key, fallback(name), [name]);
  };
}

/** "Original (Indonesian)", "Our translation (Russian)": the switch's labels in the popup and reader. */
export const originalLabel = aboutLanguage('originalIn', (n) => `Original (${n})`);
export const translationLabel = aboutLanguage('translationIn', (n) => `Our translation (${n})`);

export function cardStrings(): CardStrings {
  return {
    ui: { lang: uiLocale(), dir: uiDir() },
    kind: { person: t('kindPerson', 'Person'), treaty: t('kindTreaty', 'Treaty'), figure: t('kindFigure', 'Figure') },
    readFullStory: t('readFullStory', 'Read full story'),
    close: t('close', 'Close'),
    fromArticle: t('fromArticle', 'From the article'),
    translatedFrom: aboutLanguage('translatedFrom', (n) => `Our translation from ${n}`),
    original: originalLabel,
    showIn: aboutLanguage('showIn', (n) => `Show in ${n}`),
    alsoIn: t('alsoIn', 'Also in'),
    notThis: { person: t('notThisPerson', 'Not this person'), treaty: t('notThis', 'Not this'), figure: t('notThis', 'Not this') },
  };
}

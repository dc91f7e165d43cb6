/** UI strings for extension pages and the card, from _locales via the one browser module. */
import browser from '../shared/browser.ts';

export function t(key: string, fallback: string, subs?: string[]): string {
  try {
    return browser.i18n.getMessage(key, subs) || fallback;
  } catch {
    return fallback;
  }
}

/**
 * The language the UI strings are in ("en", "ru", "zh-CN"): the browser's UI language where
 * we ship it, else the default locale's. Each locale says its own tag, so `lang` attributes,
 * dates and numbers follow the strings, never a language they are not in.
 */
export function uiLocale(): string {
  return t('localeTag', 'en');
}

/** The direction of the UI strings' language, as its locale file says. */
export function uiDir(): 'ltr' | 'rtl' {
  return t('localeDir', 'ltr') === 'rtl' ? 'rtl' : 'ltr';
}

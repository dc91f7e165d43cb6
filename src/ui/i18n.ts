/** UI strings for extension pages, from _locales via the one browser module. */
import browser from '../shared/browser.ts';

export function t(key: string, fallback: string, subs?: string[]): string {
  try {
    return browser.i18n.getMessage(key, subs) || fallback;
  } catch {
    return fallback;
  }
}

/** The UI language (for dates and numbers), e.g. "en" or "id". */
export function uiLang(): 'en' | 'id' {
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith('id') ? 'id' : 'en';
  } catch {
    return 'en';
  }
}

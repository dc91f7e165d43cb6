/** The reader's languages, most wanted first: the browser's UI language, then its content languages. */
import browser from './browser.ts';

export function browserLanguages(): string[] {
  const out: string[] = [];
  try {
    out.push(browser.i18n.getUILanguage());
  } catch {
    // no i18n API (tests): the content languages alone
  }
  if (typeof navigator !== 'undefined' && Array.isArray(navigator.languages)) out.push(...navigator.languages);
  return [...new Set(out.filter((l) => typeof l === 'string' && l.length > 0))];
}

/**
 * The reader's languages, most wanted first: the browser's content languages, then its UI
 * language. In that order because Chromium's service worker answers getUILanguage() with
 * "en-US" under a Russian UI (seen with --lang=ru, Chromium 156), while navigator.languages
 * there says ["ru"]; a browser's content languages start with its UI language unless the
 * user changed them, and then they say what the user reads.
 */
import browser from './browser.ts';

export function browserLanguages(): string[] {
  const out: string[] = [];
  if (typeof navigator !== 'undefined' && Array.isArray(navigator.languages)) out.push(...navigator.languages);
  try {
    out.push(browser.i18n.getUILanguage());
  } catch {
    // no i18n API (tests): the content languages alone
  }
  return [...new Set(out.filter((l) => typeof l === 'string' && l.length > 0))];
}

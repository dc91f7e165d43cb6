/**
 * The browser's UI language set to Russian, Chinese and Arabic (Debian's chromium-l10n and
 * firefox-esr-l10n-* packages; `.ci/run` installs them): the card's labels and quote, the
 * popup and their `lang` and `dir` follow it; the original is one click away on the card.
 * Expected strings come from our locale files and the article file, not from the test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type TestBrowser } from '../../scripts/browsers.ts';
import { startServer, type TestServer } from '../../scripts/serve.ts';
import { ARTICLE } from './fixtures.ts';
import { axe, DIALOG, hoverCard } from './page-helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const messages = (dir: string): Record<string, { message: string }> =>
  JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/static/_locales', dir, 'messages.json'), 'utf8'));
const article = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/articles/lavrov-china-2021.json'), 'utf8'));
const wang = article.entities.find((e: { id: string }) => e.id === 'person/wang-yi');

/** Browser UI language → our locale folder, and the language the story is read in there. */
const CASES = [
  { locale: 'ru', folder: 'ru', story: 'ru', dir: 'ltr' },
  { locale: 'zh-CN', folder: 'zh_CN', story: 'zh-Hans', dir: 'ltr' },
  { locale: 'ar', folder: 'ar', story: 'en', dir: 'rtl' }, // no Arabic translation of ours: English
] as const;

describe.each(BROWSERS)('UI languages in %s', (name) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ '/article.html': ARTICLE });
  });
  afterAll(async () => {
    await server?.close();
  });

  describe.each(CASES)('$locale', ({ locale, folder, story, dir }) => {
    let browser: TestBrowser;
    const m = messages(folder);
    const ui = m['localeTag']!.message;
    beforeAll(async () => {
      browser = await launch(name, { locale });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('the card speaks the UI language, quotes our translation in the reader\'s language, and has the original one click away', async () => {
      const page = await browser.newPage();
      await page.goto(server.url('/article.html'));
      await page.waitFor(`CSS.highlights.get('konteks-person')?.size >= 6`);
      const card = await hoverCard(page, 'Wang Yi');
      expect(card.entity).toBe('person/wang-yi');
      expect(card.text).toContain(m['readFullStory']!.message);
      expect(card.text).toContain(wang.role[story]);
      expect(card.text).toContain(wang.sentences[0].text[story]);
      const attrs = `(() => { const d = ${DIALOG}; return [d.lang, d.dir, d.querySelector('blockquote').lang, d.querySelector('.role').lang]; })()`;
      expect(await page.evaluate<string[]>(attrs)).toEqual([ui, dir, story, story]);
      await page.screenshot(`card-ui-${locale}-${name}.png`);
      expect(await axe(page, 'konteks-card')).toEqual([]); // the card, mirrored under ar
      await page.evaluate(`(${DIALOG}).querySelector('button.switch-lang').click()`);
      await page.waitFor(`(${DIALOG})?.querySelector('blockquote')?.lang === 'id'`);
      expect(await page.evaluate<string>(`(${DIALOG}).textContent`)).toContain(wang.sentences[0].text.id);
      // Back to the reader's language, for the popup's test.
      await page.evaluate(`(${DIALOG}).querySelector('button.switch-lang').click()`);
      await page.waitFor(`(${DIALOG})?.querySelector('blockquote')?.lang === ${JSON.stringify(story)}`);
      await page.close();
    });

    it('the popup is in the UI language and direction, the story in the reader\'s language, and axe finds nothing', async () => {
      const popup = await browser.openExtensionPage('src/popup/index.html?tab=999999', `document.querySelector('.article h1') !== null`);
      const seen = await popup.evaluate<string[]>(`[document.documentElement.lang, document.documentElement.dir, document.querySelector('.article').lang, document.querySelector('.article h1').textContent, document.querySelector('h2').textContent]`);
      expect(seen).toEqual([ui, dir, story, story === article.language ? article.headline : article.translations[story].headline, m['onThisPage']!.message]);
      await popup.screenshot(`popup-ui-${locale}-${name}.png`);
      expect(await axe(popup)).toEqual([]);
      await popup.close();
    });
  });
});

/** Reloading the extension under an open tab: the old content script goes quiet. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type TestBrowser } from '../../scripts/browsers.ts';
import { startServer, type TestServer } from '../../scripts/serve.ts';
import { ARTICLE } from './fixtures.ts';
import { centreOf } from './page-helpers.ts';

// Chromium only: Firefox tears down a temporary add-on's content scripts itself on reload.
describe('extension reload in chromium', () => {
  let browser: TestBrowser;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ '/article.html': ARTICLE });
    browser = await launch('chromium');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('leaves the orphaned script quiet: no errors, its marks, card and listeners gone', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/article.html'));
    await page.waitFor(`CSS.highlights.get('konteks-person')?.size >= 6`);
    const at = (await page.evaluate<{ x: number; y: number }>(centreOf('Wang Yi')))!;
    const ext = await browser.openExtensionPage('src/options/index.html', `document.querySelector('h1') !== null`);
    await ext.evaluate(`(chrome.runtime.reload(), true)`).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 2000));
    // The orphan notices at its next piece of work (here: a hover, and a page change) and tears down.
    await page.mouseMove(at.x - 2, at.y);
    await page.mouseMove(at.x, at.y);
    await page.evaluate(`(document.body.append(Object.assign(document.createElement('p'), { textContent: 'Putin arrives.' })), true)`);
    await page.waitFor(`CSS.highlights.size === 0`, 10_000);
    await new Promise((r) => setTimeout(r, 800));
    expect(await page.evaluate<number>(`document.querySelectorAll('konteks-card').length`)).toBe(0);
    expect(page.errors().filter((e) => /konteks|extension/i.test(e))).toEqual([]);
    await page.close();
  });
});

/**
 * The extension's life around open tabs: an update (reload) while a page is open, and a
 * browser restart. Settings are kept; the old content script goes quiet (Chromium) or
 * hands over to the new one (Firefox injects it into open tabs); the page is annotated
 * again, by the new script, on its next load at the latest.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type TestBrowser, type TestPage } from '../../scripts/browsers.ts';
import { startServer, type TestServer } from '../../scripts/serve.ts';
import { ARTICLE } from './fixtures.ts';
import { centreOf, ours, restOn } from './page-helpers.ts';

const STYLE = `document.querySelector('#style')`;

/** Reads the stored highlight style from an extension page into window.__stored. */
const READ_STORED = `((globalThis.browser ?? globalThis.chrome).storage.sync.get('konteks.settings').then((x) => { window.__stored = x['konteks.settings']?.highlightStyle ?? 'none'; }), true)`;

/** Picks "background" in the options page's highlight-style list, as a user would, and waits until it is stored. */
async function chooseBackground(browser: TestBrowser): Promise<void> {
  const options = await browser.openExtensionPage('src/options/index.html', `${STYLE} !== null`);
  await options.evaluate(`(() => { const s = ${STYLE}; s.value = 'background'; s.dispatchEvent(new Event('change', { bubbles: true })); return true; })()`);
  await options.waitFor(`${READ_STORED} && window.__stored === 'background'`);
  await options.close();
}

/** What the options page shows once it has read storage (it renders the defaults first). */
async function styleShown(browser: TestBrowser): Promise<string> {
  const options = await browser.openExtensionPage('src/options/index.html', `${STYLE} !== null`);
  await options.waitFor(`${READ_STORED} && window.__stored !== undefined`);
  const stored = await options.evaluate<string>(`window.__stored`);
  await options.waitFor(`${STYLE}.value === ${JSON.stringify(stored)}`).catch(() => undefined);
  const value = await options.evaluate<string>(`${STYLE}.value`);
  await options.close();
  return value;
}

describe.each(BROWSERS)('extension lifecycle in %s', (name) => {
  let browser: TestBrowser;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ '/article.html': ARTICLE });
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('an update under an open tab: settings kept, no errors, the old script quiet, the page annotated again', async () => {
    const page: TestPage = await browser.newPage();
    await page.goto(server.url('/article.html'));
    await page.waitFor(`CSS.highlights.get('konteks-person')?.size >= 6`);
    await chooseBackground(browser);
    await page.waitFor(`CSS.highlights.get('konteks-bg-person')?.size >= 6`);
    const at = (await page.evaluate<{ x: number; y: number }>(centreOf('Wang Yi')))!;

    await browser.updateExtension();
    await new Promise((r) => setTimeout(r, 1500));
    // Some work for the old script (a hover, a page change): it notices it is orphaned.
    await page.mouseMove(at.x - 2, at.y);
    await page.mouseMove(at.x, at.y);
    await page.evaluate(`(document.body.append(Object.assign(document.createElement('p'), { textContent: 'Putin arrives.' })), true)`);
    if (name === 'chromium') {
      // Chromium does not put the new version into open tabs (that would need the scripting
      // permission): the orphan removes its marks and card, and the tab waits for its next load.
      await page.waitFor(`CSS.highlights.size === 0`, 10_000);
      // Its observer and listeners are gone: a new mention and a hover wake nothing.
      await page.evaluate(`(document.body.append(Object.assign(document.createElement('p'), { textContent: 'Wang Yi again.' })), true)`);
      await page.mouseMove(at.x - 2, at.y);
      await page.mouseMove(at.x, at.y);
      await new Promise((r) => setTimeout(r, 800));
      expect(await page.evaluate<number>(`CSS.highlights.size`)).toBe(0);
      expect(await page.evaluate<number>(`document.querySelectorAll('konteks-card').length`)).toBe(0);
    } else {
      // Firefox puts the new version into open tabs: it sees the page change, with the kept setting.
      await page.waitFor(`CSS.highlights.get('konteks-bg-person')?.size === 9`, 10_000);
    }
    expect(await styleShown(browser)).toBe('background');

    await page.goto(server.url('/article.html'));
    await page.waitFor(`CSS.highlights.get('konteks-bg-person')?.size >= 6`);
    await restOn(page, 'Wang Yi', 'person/wang-yi');
    expect(ours(page.errors())).toEqual([]);
    await page.close();
  });

  it('settings survive a browser restart', async () => {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), `konteks-restart-${name}-`));
    try {
      const first = await launch(name, { profile });
      await chooseBackground(first);
      expect(await styleShown(first)).toBe('background');
      await first.close();
      const second = await launch(name, { profile });
      try {
        expect(await styleShown(second)).toBe('background');
        const page = await second.newPage();
        await page.goto(server.url('/article.html'));
        await page.waitFor(`CSS.highlights.get('konteks-bg-person')?.size >= 6`);
        await page.close();
      } finally {
        await second.close();
      }
    } finally {
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });
});

/**
 * Two stories, end to end: the shipped article and the test fixture (test/fixtures/articles,
 * never shipped) built together into a folder of this test's own (KONTEKS_ARTICLES and
 * KONTEKS_DIST; dist/ is left alone). A card on an entity both stories speak of links to the
 * other story; the popup and the reader list both and open either.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type TestBrowser, type TestPage } from '../../scripts/browsers.ts';
import { startServer, type TestServer } from '../../scripts/serve.ts';
import { ARTICLE } from './fixtures.ts';
import { axe, DIALOG, hoverCard } from './page-helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'test/fixtures/articles/second-story-test-fixture.json');
const fixture = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as { id: string; headline: string };
const shipped = fs.readdirSync(path.join(ROOT, 'assets/articles')).filter((f) => f.endsWith('.json'));
const shippedIds = shipped.map((f) => (JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/articles', f), 'utf8')) as { id: string }).id);

let work: string;
let server: TestServer;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'konteks-stories-'));
  const articles = path.join(work, 'articles');
  fs.mkdirSync(articles);
  for (const f of shipped) fs.copyFileSync(path.join(ROOT, 'assets/articles', f), path.join(articles, f));
  fs.copyFileSync(FIXTURE, path.join(articles, path.basename(FIXTURE)));
  // The build in a child process: its own environment, so this worker's dataset stays the shipped one.
  execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build.ts', 'chrome', 'firefox'], {
    cwd: ROOT,
    env: { ...process.env, KONTEKS_ARTICLES: articles, KONTEKS_DIST: path.join(work, 'dist'), VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}, 240_000);

beforeAll(async () => {
  server = await startServer({ '/article.html': ARTICLE });
});

afterAll(async () => {
  await server?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe.each(BROWSERS)('two stories in %s', (name) => {
  let browser: TestBrowser;
  const api = name === 'chromium' ? 'chrome' : 'browser';
  beforeAll(async () => {
    browser = await launch(name, { dist: path.join(work, 'dist', name === 'chromium' ? 'chrome' : 'firefox') });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The URL of the reader tab the extension opened (drivers do not all see extension-opened tabs). */
  async function readerTabUrl(): Promise<string> {
    const probe = await browser.openExtensionPage('src/options/index.html', `document.querySelector('h1') !== null`);
    await probe.waitFor(`(async () => { const t = (await ${api}.tabs.query({})).find(t => (t.url || '').includes('src/reader/index.html')); window.__readerUrl = t && t.url; return !!t; })() && !!window.__readerUrl`);
    const url = await probe.evaluate<string>(`window.__readerUrl`);
    await probe.close();
    return url;
  }

  const storyIds = (p: TestPage) => p.evaluate<string[]>(`[...document.querySelectorAll('nav.stories button[data-article]')].map(b => b.dataset.article)`);

  it('a card on Lavrov, whom both stories speak of, links to the other story, and the link opens it in the reader', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/article.html'));
    await page.waitFor(`CSS.highlights.get('konteks-person')?.size >= 6`);
    const card = await hoverCard(page, 'Sergey Lavrov');
    expect(card.entity).toBe('person/sergey-lavrov');
    const also = await page.evaluate<string[]>(`[...(${DIALOG}).querySelectorAll('.also a[data-article]')].map(a => a.dataset.article + ' ' + a.textContent)`);
    expect(also).toEqual([`${fixture.id} ${fixture.headline}`]);
    await page.screenshot(`card-two-stories-${name}.png`);
    expect(await axe(page, 'konteks-card')).toEqual([]);
    // A card on Wang Yi, whom only the shipped story names, lists no other.
    await page.press('Escape');
    await page.waitFor(`!(${DIALOG})`);
    await hoverCard(page, 'Wang Yi');
    expect(await page.evaluate<number>(`(${DIALOG}).querySelectorAll('.also a').length`)).toBe(0);
    await page.press('Escape');
    await page.waitFor(`!(${DIALOG})`);

    await hoverCard(page, 'Sergey Lavrov');
    await page.evaluate(`(${DIALOG}).querySelector('.also a[data-article]').click()`);
    const url = await readerTabUrl();
    expect(url).toContain(`src/reader/index.html?article=${fixture.id}&entity=person%2Fsergey-lavrov`);
    const reader = await browser.openExtensionPage(url.slice(browser.extensionBase.length), `document.querySelector('p.focus mark.cited') !== null`);
    expect(await reader.evaluate<string>(`document.querySelector('.article h1').textContent`)).toBe(fixture.headline);
    expect(await reader.evaluate<string>(`document.querySelector('mark.cited').textContent`)).toContain('Sergey Lavrov');
    expect(await storyIds(reader)).toEqual(expect.arrayContaining([...shippedIds, fixture.id]));
    expect(await storyIds(reader)).toHaveLength(shippedIds.length + 1);
    expect(await reader.evaluate<string | null>(`document.querySelector('nav.stories button[aria-current="true"]').dataset.article`)).toBe(fixture.id);
    await reader.screenshot(`reader-two-stories-${name}.png`);
    expect(await axe(reader)).toEqual([]);
    await reader.close();
    await page.close();
  });

  it('the popup lists both stories and shows the one picked', async () => {
    const popup = await browser.openExtensionPage('src/popup/index.html?tab=999999', `document.querySelector('.article h1') !== null`);
    expect(await storyIds(popup)).toEqual(expect.arrayContaining([...shippedIds, fixture.id]));
    const first = await popup.evaluate<string>(`document.querySelector('.article h1').textContent`);
    expect(first).not.toBe(fixture.headline);
    await popup.evaluate(`document.querySelector('nav.stories button[data-article=${JSON.stringify(fixture.id)}]').click()`);
    await popup.waitFor(`document.querySelector('.article h1').textContent === ${JSON.stringify(fixture.headline)}`);
    expect(await popup.evaluate<string>(`document.querySelector('nav.stories button[aria-current="true"]').dataset.article`)).toBe(fixture.id);
    await popup.screenshot(`popup-two-stories-${name}.png`);
    expect(await axe(popup)).toEqual([]);
    // Back to the shipped story.
    await popup.evaluate(`document.querySelector('nav.stories button[data-article=${JSON.stringify(shippedIds[0])}]').click()`);
    await popup.waitFor(`document.querySelector('.article h1').textContent === ${JSON.stringify(first)}`);
    await popup.close();
  });
});

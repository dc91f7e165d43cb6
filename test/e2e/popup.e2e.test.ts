import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type TestBrowser, type TestPage } from '../../scripts/browsers.ts';
import { startServer, type TestServer } from '../../scripts/serve.ts';
import { ARTICLE } from './fixtures.ts';
import { axe, CARD, DIALOG, MARKED, mentionsByTab, restOn } from './page-helpers.ts';

describe.each(BROWSERS)('popup, reader and options in %s', (name) => {
  let browser: TestBrowser;
  let server: TestServer;
  const api = name === 'chromium' ? 'chrome' : 'browser';
  beforeAll(async () => {
    server = await startServer({ '/article.html': ARTICLE });
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The article page and the id of its tab (found by asking every tab's content script). */
  async function articleTab(): Promise<{ page: TestPage; tabId: number }> {
    const page = await browser.newPage();
    await page.goto(server.url('/article.html'));
    await page.waitFor(`CSS.highlights.get('konteks-person')?.size >= 6`);
    const tabId = (await mentionsByTab(browser)).find((r) => r.host === '127.0.0.1')?.tabId ?? -1;
    expect(tabId).toBeGreaterThan(0);
    return { page, tabId };
  }

  it('lists what is on the page, scrolls to a mention, and turns Konteks off and on for the site', async () => {
    const { page, tabId } = await articleTab();
    const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`, `document.querySelector('[data-state="list"]') !== null`);
    const rows = await popup.evaluate<string[]>(`[...document.querySelectorAll('[data-state="list"] button')].map(b => b.dataset.entity + ' ' + b.querySelector('.count').textContent)`);
    expect(rows).toEqual(expect.arrayContaining(['person/sergey-lavrov ×2', 'person/li-yonghui ×2', 'person/zhao-lijian ×1', 'figure/trade-2020 ×1', 'treaty/good-neighborliness-2001 ×1']));
    expect(rows).toHaveLength(9);
    // The story is there, in the browser's language (our English under en-US), its mentions marked.
    expect(await popup.evaluate<string>(`document.querySelector('.article h1').textContent`)).toBe('Russian Foreign Minister to visit China, discuss shared concerns');
    expect(await popup.evaluate<string[]>(`[document.documentElement.lang, document.documentElement.dir, document.querySelector('.article').lang]`)).toEqual(['en', 'ltr', 'en']);
    expect(await popup.evaluate<number>(`document.querySelectorAll('.article mark.mention').length`)).toBeGreaterThanOrEqual(12);
    await popup.screenshot(`popup-${name}.png`);
    expect(await axe(popup)).toEqual([]);

    await page.front(); // the popup sits over the active tab
    await popup.evaluate(`document.querySelector('button[data-entity="person/zhao-lijian"]').click()`);
    await page.waitFor(`scrollY > 500 && CSS.highlights.has('konteks-flash')`);

    await popup.evaluate(`[...document.querySelectorAll('.controls input')][0].click()`);
    await page.waitFor(`!CSS.highlights.has('konteks-person')`);
    await popup.waitFor(`document.querySelector('[data-state="off"]') !== null`);
    await popup.evaluate(`[...document.querySelectorAll('.controls input')][0].click()`);
    await page.waitFor(`CSS.highlights.get('konteks-person')?.size >= 6`);
    // Off everywhere, then on again.
    await popup.evaluate(`[...document.querySelectorAll('.controls input')][1].click()`);
    await page.waitFor(`!CSS.highlights.has('konteks-person')`);
    await popup.evaluate(`[...document.querySelectorAll('.controls input')][1].click()`);
    await page.waitFor(`CSS.highlights.get('konteks-person')?.size >= 6`);
    await popup.close();
    await page.close();
  });

  it('switches the story to the Indonesian original and remembers it, then back to our translation', async () => {
    const popup = await browser.openExtensionPage('src/popup/index.html?tab=999999', `document.querySelector('.article h1') !== null`);
    expect(await popup.evaluate<string | null>(`document.querySelector('[data-state]')?.dataset.state`)).toBe('unavailable');
    expect(await popup.evaluate<string[]>(`[...document.querySelectorAll('.switch button')].map(b => b.textContent + ' ' + b.getAttribute('aria-pressed'))`))
      .toEqual(['Original (Indonesian) false', 'Our translation (English) true']);
    expect(await popup.evaluate<string>(`document.querySelector('.article .meta').textContent`)).toMatch(/19 March 2021.*Our own translation/);
    await popup.evaluate(`document.querySelectorAll('.switch button')[0].click()`);
    await popup.waitFor(`document.querySelector('.article h1').textContent.startsWith('Menlu Rusia')`);
    expect(await popup.evaluate<string>(`document.querySelector('.article').lang`)).toBe('id');
    await popup.close();
    const again = await browser.openExtensionPage('src/popup/index.html?tab=999999', `document.querySelector('.article h1') !== null`);
    await again.waitFor(`document.querySelector('.article h1').textContent.startsWith('Menlu Rusia')`);
    await again.evaluate(`document.querySelectorAll('.switch button')[1].click()`);
    await again.waitFor(`document.querySelector('.article h1').textContent.startsWith('Russian Foreign Minister to visit China')`);
    await again.close();
  });

  it('opens the reader at the paragraph a card links to, with its sentence highlighted', async () => {
    const { page } = await articleTab();
    await page.front();
    await restOn(page, 'Wang Yi', 'person/wang-yi');
    await page.evaluate(`(${DIALOG}).querySelector('a.more').click()`);
    // The link opens a reader tab (found through the tabs API: drivers do not all see extension-opened tabs).
    const probe = await browser.openExtensionPage('src/options/index.html', `document.querySelector('h1') !== null`);
    await probe.waitFor(`window.__readerUrl = undefined, true`);
    await probe.waitFor(`(async () => { const t = (await ${api}.tabs.query({})).find(t => (t.url || '').includes('src/reader/index.html')); window.__readerUrl = t && t.url; return !!t; })() && window.__readerUrl !== undefined`);
    const url = await probe.evaluate<string>(`window.__readerUrl`);
    expect(url).toMatch(/src\/reader\/index\.html\?article=lavrov-china-2021&entity=person%2Fwang-yi#p-1$/);
    await probe.close();
    const reader = await browser.openExtensionPage(url.slice(browser.extensionBase.length), `document.querySelector('p.focus') !== null`);
    await reader.waitFor(`document.querySelector('p.focus mark.cited') !== null`);
    expect(await reader.evaluate<string>(`document.querySelector('p.focus').id`)).toBe('p-1');
    expect(await reader.evaluate<string>(`document.querySelector('mark.cited').textContent`)).toContain('State Councilor and Foreign Minister Wang Yi');
    expect(await reader.evaluate<number>(`document.querySelector('p.focus').getBoundingClientRect().top`)).toBeLessThan(800);
    await reader.screenshot(`reader-${name}.png`);
    expect(await axe(reader)).toEqual([]);
    await reader.close();
    await page.close();
  });

  it('options: changes reach open tabs live, and pass axe', async () => {
    const { page } = await articleTab();
    const options = await browser.openExtensionPage('src/options/index.html', `document.querySelector('input[name="kind-person"]') !== null`);
    expect(await axe(options)).toEqual([]);
    await options.screenshot(`options-${name}.png`);
    await options.evaluate(`document.querySelector('input[name="kind-person"]').click()`);
    await page.waitFor(`!CSS.highlights.has('konteks-person') && CSS.highlights.get('konteks-figure')?.size === 2`);
    await options.evaluate(`document.querySelector('input[name="kind-person"]').click()`);
    await page.waitFor(`CSS.highlights.get('konteks-person')?.size >= 6`);
    await options.close();
    await page.close();
  });

  it('"Not this person" on a card removes that mention at once, stays refused on reload, is listed in the options and undone there; "first mention only" thins the marks', async () => {
    const { page } = await articleTab();
    const persons = async () => (await page.evaluate<{ person: string[] }>(MARKED)).person;
    expect(await persons()).toEqual(expect.arrayContaining(['Lavrov', 'Sergey Lavrov']));
    await restOn(page, 'Lavrov', 'person/sergey-lavrov');
    expect(await page.evaluate<string>(`(${DIALOG}).querySelector('button.not-this').textContent`)).toBe('Not this person');
    await page.screenshot(`card-not-this-${name}.png`);
    const at = await page.evaluate<{ x: number; y: number }>(`(() => { const r = (${DIALOG}).querySelector('button.not-this').getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()`);
    await page.mouseClick(at.x, at.y);
    await page.waitFor(`!${MARKED}.person.includes('Lavrov')`);
    expect((await page.evaluate<{ visible: boolean } | null>(CARD))?.visible ?? false).toBe(false); // the card closed
    const after = await persons();
    expect(after).not.toContain('Lavrov');
    expect(after).toContain('Sergey Lavrov'); // another surface of the same person stays
    await page.goto(server.url('/article.html'));
    await page.waitFor(`CSS.highlights.get('konteks-person')?.size >= 5`);
    expect(await persons()).not.toContain('Lavrov');

    const options = await browser.openExtensionPage('src/options/index.html', `document.querySelector('.refusals li') !== null`);
    expect(await options.evaluate<string[]>(`[...document.querySelectorAll('.refusals li span')].map((s) => s.textContent)`)).toEqual(['“Lavrov” on 127.0.0.1']);
    expect(await axe(options)).toEqual([]);
    await options.screenshot(`options-refusals-${name}.png`);
    await options.evaluate(`document.querySelector('.refusals li button').click()`);
    await options.waitFor(`document.querySelector('.refusals li') === null`);
    await page.waitFor(`${MARKED}.person.includes('Lavrov')`);

    const before = (await persons()).length;
    await options.evaluate(`document.querySelector('input[name="first-mention-only"]').click()`);
    await page.waitFor(`${MARKED}.person.length < ${before}`);
    const first = await persons();
    expect(first).toEqual(['Lavrov', 'Wang Yi', 'Xi Jinping', 'Vladimir Putin', 'Li Yonghui', 'Zhao Lijian']);
    await options.evaluate(`document.querySelector('input[name="first-mention-only"]').click()`);
    await page.waitFor(`${MARKED}.person.length === ${before}`);
    await options.close();
    await page.close();
  });

  it('the toolbar badge shows the tab\'s number of mentions, and nothing once Konteks is off for the site', async () => {
    const { page, tabId } = await articleTab();
    const count = (await mentionsByTab(browser)).find((r) => r.tabId === tabId)?.count ?? -1;
    expect(count).toBeGreaterThanOrEqual(9);
    const probe = await browser.openExtensionPage('src/options/index.html', `document.querySelector('h1') !== null`);
    const badgeShows = (text: string) => probe.waitFor(`${api}.action.getBadgeText({ tabId: ${tabId} }).then((t) => { window.__badge = t; }), window.__badge === ${JSON.stringify(text)}`);
    await badgeShows(String(count));
    const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`, `document.querySelector('[data-state="list"]') !== null`);
    await popup.evaluate(`[...document.querySelectorAll('.controls input')][0].click()`);
    await page.waitFor(`!CSS.highlights.has('konteks-person')`);
    await badgeShows('');
    await popup.evaluate(`[...document.querySelectorAll('.controls input')][0].click()`);
    await page.waitFor(`CSS.highlights.get('konteks-person')?.size >= 6`);
    await badgeShows(String(count));
    await popup.close();
    await probe.close();
    await page.close();
  });

  // Last in the file on purpose: the log runs from launch, so it covers every step above too.
  it('Konteks makes no request: every request of the session is a page\'s or the extension\'s own files; planted ones are seen', async () => {
    const { page, tabId } = await articleTab();
    await page.front();
    await restOn(page, 'Sergey Lavrov', 'person/sergey-lavrov');
    const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`, `document.querySelector('[data-state="list"]') !== null`);
    await popup.evaluate(`document.querySelectorAll('.switch button')[0].click()`);
    await popup.waitFor(`document.querySelector('.article h1').textContent.startsWith('Menlu Rusia')`);
    await popup.evaluate(`document.querySelectorAll('.switch button')[1].click()`);
    await new Promise((r) => setTimeout(r, 1000)); // room for anything sent late

    const own = (u: string) => u.startsWith(server.url('/')) || u.startsWith(browser.extensionBase) || /^(data|blob|about):/.test(u);
    const session = await browser.requests();
    expect(session.filter((r) => !own(r.url))).toEqual([]);

    // And it would see Konteks: requests planted in the page, in an extension page and in
    // the background (where the drivers reach it) show up, each with who sent it.
    await page.evaluate(`(fetch('http://page.konteks-canary.invalid/').catch(() => 0), true)`);
    await popup.evaluate(`(fetch('http://extension.konteks-canary.invalid/').catch(() => 0), true)`);
    if (browser.inBackground) await browser.inBackground(`(fetch('http://background.konteks-canary.invalid/').catch(() => 0), true)`);
    const planted = async () => (await browser.requests()).filter((r) => r.url.includes('konteks-canary.invalid'));
    const expected = browser.inBackground ? 3 : 2;
    for (let i = 0; i < 100 && (await planted()).length < expected; i++) await new Promise((r) => setTimeout(r, 100));
    const seen = await planted();
    expect(seen.find((r) => r.url.startsWith('http://page.'))?.from).toContain('127.0.0.1');
    expect(seen.find((r) => r.url.startsWith('http://extension.'))?.from).toContain(browser.extensionBase.replace(/\/$/, ''));
    if (browser.inBackground) expect(seen.find((r) => r.url.startsWith('http://background.'))?.from).toContain(browser.extensionBase);
    await popup.close();
    await page.close();
  });
});

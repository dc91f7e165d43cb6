import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type TestBrowser, type TestPage } from '../../scripts/browsers.ts';
import { ARTICLE, CJK, DARK_PAGE, EDGE, FRAME, HOSTILE_CSS, RTL, SHADOW, SPA, WITH_FRAME } from './fixtures.ts';
import { axe, CARD, centreOf, DIALOG, DOM_WITHOUT_CARD, highlightText, hoverCard, MARKED, restOn, type Card } from './page-helpers.ts';
import { startServer, type TestServer } from '../../scripts/serve.ts';

/** The whole card inside the viewport. */
function expectInViewport(card: Card): void {
  expect(card.rect.left).toBeGreaterThanOrEqual(0);
  expect(card.rect.right).toBeLessThanOrEqual(card.vw);
  expect(card.rect.top).toBeGreaterThanOrEqual(0);
  expect(card.rect.bottom).toBeLessThanOrEqual(card.vh);
}

/** The card's top just below a point of the mention (its line's middle). */
function expectJustBelow(card: Card, at: { y: number }): void {
  expect(card.rect.top).toBeGreaterThan(at.y);
  expect(card.rect.top - at.y).toBeLessThan(40);
}

/** The test pages, by path: the only requests the server may see, with the SPA's second URL and the favicon. */
const PAGES = {
  '/article.html': ARTICLE, '/dark.html': DARK_PAGE, '/edge.html': EDGE, '/hostile.html': HOSTILE_CSS, '/spa': SPA, '/with-frame.html': WITH_FRAME,
  '/frame.html': FRAME, '/shadow.html': SHADOW, '/rtl.html': RTL, '/zh.html': CJK,
};
const ALLOWED_REQUESTS = [...Object.keys(PAGES), '/spa/next', '/favicon.ico'];

describe.each(BROWSERS)('content script in %s', (name) => {
  let browser: TestBrowser;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(PAGES);
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, until = `CSS.highlights.size > 0`): Promise<TestPage> {
    const page = await browser.newPage();
    await page.goto(server.url(path));
    await page.waitFor(until);
    return page;
  }

  it('marks mentions across inline elements, never in editable text, without touching the DOM', async () => {
    const page = await open('/article.html', `CSS.highlights.get('konteks-person')?.size >= 6`);
    const marked = await page.evaluate<Record<string, string[]>>(MARKED);
    expect(marked['person']!.sort()).toEqual(['Lavrov', 'Li', 'Li Yonghui', 'Sergey Lavrov', 'Vladimir Putin', 'Wang Yi', 'Xi Jinping', 'Zhao Lijian']);
    expect(marked['figure']!.sort()).toEqual(['$107 billion', '11 consecutive years']);
    expect(marked['treaty']).toEqual(['Treaty of Good-Neighborliness and Friendly Cooperation']);
    expect(await page.evaluate<boolean>(`document.documentElement.outerHTML === window.__before`)).toBe(true);
    await page.close();
  });

  it('shows a card when the pointer rests on a mention, sourced from the dataset', async () => {
    const page = await open('/article.html');
    const card = await hoverCard(page, 'Wang Yi');
    expect(card.label).toBe('Wang Yi');
    expect(card.entity).toBe('person/wang-yi');
    // An en-US browser reads our English translation, labelled as ours; UI strings in English.
    expect(card.text).toMatch(/State Councilor and Foreign Minister of China/);
    expect(card.text).toMatch(/Our translation from Indonesian/);
    expect(card.text).toMatch(/Read full story/);
    expect(card.text).toMatch(/19 March 2021/);
    expect(await page.evaluate<string[]>(`[(${DIALOG}).lang, (${DIALOG}).dir, (${DIALOG}).querySelector('blockquote').lang]`)).toEqual(['en', 'ltr', 'en']);
    // Placed beside the mention, inside the viewport.
    const at = (await page.evaluate<{ x: number; y: number }>(centreOf('Wang Yi')))!;
    expectJustBelow(card, at);
    expect(await page.evaluate<number>(`document.querySelectorAll('konteks-card').length`)).toBe(1);
    // While the card shows, the page's own DOM is exactly as it was: the host is all we add.
    // (Checked before the screenshot: Playwright's caret hiding leaves style="" on editable elements.)
    expect(await page.evaluate<string>(DOM_WITHOUT_CARD)).toBe(await page.evaluate<string>(`window.__before`));
    await page.screenshot(`card-light-${name}.png`);
    // No network: the only requests our server ever saw are the test pages themselves.
    expect(server.requests.filter((p) => !ALLOWED_REQUESTS.includes(p))).toEqual([]);

    await page.close();
  });

  it('hides after the pointer leaves, keeps the card while the pointer travels into it', async () => {
    const page = await open('/article.html');
    const card = await hoverCard(page, 'Vladimir Putin');
    expect(card.entity).toBe('person/vladimir-putin');
    // The native title tooltip is set aside while the card shows.
    expect(await page.evaluate<string | null>(`document.getElementById('p2').getAttribute('title')`)).toBeNull();
    // Into the card: it stays.
    await page.mouseMove(card.rect.left + 20, card.rect.top + 20);
    await new Promise((r) => setTimeout(r, 700));
    expect(await page.evaluate<Card | null>(CARD)).not.toBeNull();
    // Far away: it goes, and the page is as it was.
    await page.mouseMove(5, 5);
    await page.waitFor(`document.querySelector('konteks-card') === null`);
    expect(await page.evaluate<string | null>(`document.getElementById('p2').getAttribute('title')`)).toBe('A native tooltip');
    expect(await page.evaluate<boolean>(`document.documentElement.outerHTML === window.__before`)).toBe(true);
    await page.close();
  });

  it('opens a card with a tap on a mention and closes it with a tap elsewhere (touch)', async () => {
    const page = await open('/article.html');
    const at = (await page.evaluate<{ x: number; y: number }>(centreOf('Wang Yi')))!;
    // What the page saw: touch pointers only (a mouse resting there would open the card too).
    await page.evaluate(`(window.__downs = [], addEventListener('pointerdown', (e) => window.__downs.push(e.pointerType), true), true)`);
    await page.tap(at.x, at.y);
    await page.waitFor(`(${DIALOG})?.dataset.entity === 'person/wang-yi'`);
    expect(await page.evaluate<string[]>(`window.__downs`)).toEqual(['touch']);
    await page.waitFor(`getComputedStyle(${DIALOG}).opacity === '1'`);
    const card = (await page.evaluate<Card>(CARD))!;
    expect(card.visible).toBe(true);
    expect(card.rect.top).toBeGreaterThan(at.y);
    // A tap on text that is no mention closes it; the page is as it was.
    const plain = (await page.evaluate<{ x: number; y: number }>(`(() => { const r = document.createRange(); const t = document.getElementById('p1').firstChild; r.setStart(t, 0); r.setEnd(t, 3); const b = r.getBoundingClientRect(); return { x: b.left + b.width / 2, y: b.top + b.height / 2 }; })()`))!;
    await page.tap(plain.x, plain.y);
    await page.waitFor(`document.querySelector('konteks-card') === null`);
    expect(await page.evaluate<boolean>(`document.documentElement.outerHTML === window.__before`)).toBe(true);
    await page.close();
  });

  it('shows figure and treaty cards, closes on Escape, Tab moves into the link', async () => {
    const page = await open('/article.html');
    const trade = await hoverCard(page, '$107 billion');
    expect(trade.entity).toBe('figure/trade-2020');
    expect(trade.text).toMatch(/over US\$107 billion/);
    await page.press('Escape');
    await page.waitFor(`document.querySelector('konteks-card') === null`);
    const treaty = await hoverCard(page, 'Treaty of Good-Neighborliness and Friendly Cooperation');
    expect(treaty.entity).toBe('treaty/good-neighborliness-2001');
    await page.press('Tab');
    await page.waitFor(`document.querySelector('konteks-card')?.shadowRoot?.activeElement?.className === 'more'`);
    await page.press('Escape');
    await page.waitFor(`document.querySelector('konteks-card') === null`);
    await page.close();
  });

  it('has the original one click away on the card, remembered for the next card, and back', async () => {
    const page = await open('/article.html');
    await hoverCard(page, 'Wang Yi');
    expect(await page.evaluate<string>(`(${DIALOG}).querySelector('button.switch-lang').textContent`)).toBe('Show in Indonesian');
    await page.evaluate(`(${DIALOG}).querySelector('button.switch-lang').click()`);
    await page.waitFor(`(${DIALOG})?.querySelector('blockquote')?.lang === 'id'`);
    const original = await page.evaluate<string>(`(${DIALOG}).textContent`);
    expect(original).toMatch(/Penasihat Negara dan Menteri Luar Negeri Tiongkok/);
    expect(original).toMatch(/Original \(Indonesian\)/);
    expect(await page.evaluate<string>(`(${DIALOG}).querySelector('button.switch-lang').textContent`)).toBe('Show in English');
    await page.press('Escape');
    await page.waitFor(`document.querySelector('konteks-card') === null`);
    const trade = await hoverCard(page, '$107 billion');
    expect(trade.text).toMatch(/lebih dari US\$107 miliar/);
    await page.evaluate(`(${DIALOG}).querySelector('button.switch-lang').click()`);
    await page.waitFor(`(${DIALOG})?.querySelector('blockquote')?.lang === 'en'`);
    await page.press('Escape');
    await page.close();
  });

  it('moves to the next mention with the keyboard command and opens its card', async () => {
    const page = await open('/article.html', `CSS.highlights.get('konteks-person')?.size >= 6`);
    const ext = await browser.openExtensionPage('src/popup/index.html', `document.querySelector('h1') !== null`);
    const api = name === 'chromium' ? 'chrome' : 'browser';
    const send = (direction: number) =>
      ext.evaluate(`${api}.tabs.query({}).then(tabs => Promise.all(tabs.map(t => ${api}.tabs.sendMessage(t.id, { protocol: 'konteks/1', type: 'navigate', direction: ${direction} }, { frameId: 0 }).catch(() => null))))`);
    await page.front();
    await send(1);
    await page.waitFor(`(${DIALOG})?.dataset.entity === 'person/sergey-lavrov'`);
    await send(-1); // wraps to the last mention, far down the page: scrolled into view
    await page.waitFor(`(${DIALOG})?.dataset.entity === 'person/zhao-lijian'`);
    await page.waitFor(`scrollY > 500`);
    // Once the smooth scroll settles, the card sits inside the viewport.
    await page.waitFor(`(() => { const r = (${DIALOG}).getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`, 5000);
    await ext.close();
    await page.close();
  });

  it('keeps the card inside the viewport at an edge and in dark mode', async () => {
    const dark = await launch(name, { dark: true });
    const page = await dark.newPage();
    await page.setViewport(360, 640);
    await page.goto(server.url('/edge.html'));
    await page.waitFor(`CSS.highlights.size > 0`);
    const card = await hoverCard(page, 'Vladimir Putin');
    expectInViewport(card);
    const bg = await page.evaluate<string>(`getComputedStyle(${DIALOG}).backgroundColor`);
    expect(bg).toBe('rgb(30, 35, 41)');
    await page.screenshot(`card-dark-edge-${name}.png`);
    // A page that did not opt into dark (no color-scheme, no background) is painted white: a light card.
    await page.goto(server.url('/article.html'));
    await page.waitFor(`CSS.highlights.get('konteks-person')?.size >= 6`);
    await hoverCard(page, 'Wang Yi');
    expect(await page.evaluate<string[]>(`[(${DIALOG}).dataset.theme, getComputedStyle(${DIALOG}).backgroundColor]`)).toEqual(['light', 'rgb(255, 255, 255)']);
    await dark.close();
  });

  it('takes light or dark from the page around the mention, whatever the browser prefers; axe-clean either way', async () => {
    for (const prefersDark of [false, true]) {
      const b = await launch(name, { dark: prefersDark });
      const page = await b.newPage();
      await page.setViewport(800, 600);
      await page.goto(server.url('/dark.html'));
      await page.waitFor(`CSS.highlights.get('konteks-person')?.size === 3`);
      await hoverCard(page, 'Vladimir Putin');
      expect(await page.evaluate<string[]>(`[(${DIALOG}).dataset.theme, getComputedStyle(${DIALOG}).backgroundColor]`)).toEqual(['dark', 'rgb(30, 35, 41)']);
      expect(await axe(page)).toEqual([]);
      if (!prefersDark) await page.screenshot(`card-dark-page-${name}.png`);
      await page.press('Escape');
      await hoverCard(page, 'Sergey Lavrov');
      expect(await page.evaluate<string[]>(`[(${DIALOG}).dataset.theme, getComputedStyle(${DIALOG}).backgroundColor]`)).toEqual(['light', 'rgb(255, 255, 255)']);
      expect(await axe(page)).toEqual([]);
      if (prefersDark) await page.screenshot(`card-light-paper-dark-browser-${name}.png`);
      await b.close();
    }
  });

  it('at 200% zoom (640×400 CSS pixels at device pixel ratio 2) the card fits the viewport', async () => {
    const page = await browser.newPage();
    await page.setViewport(640, 400, 2);
    await page.goto(server.url('/article.html'));
    await page.waitFor(`CSS.highlights.size > 0`);
    expect(await page.evaluate<number>(`devicePixelRatio`)).toBe(2);
    const card = await hoverCard(page, 'Wang Yi');
    expect(card.entity).toBe('person/wang-yi');
    expect(card.visible).toBe(true);
    expectInViewport(card);
    // The rest of the card is there, scrolled to within the card; its actions stay in view.
    expect(await page.evaluate<boolean>(`(${DIALOG}).scrollHeight > (${DIALOG}).clientHeight`)).toBe(true);
    const inView = `(() => { const c = (${DIALOG}).getBoundingClientRect(), r = (${DIALOG}).querySelector('.more').getBoundingClientRect();
      return r.height > 0 && r.top >= c.top && r.bottom <= c.bottom && r.bottom <= innerHeight; })()`;
    expect(await page.evaluate<boolean>(inView)).toBe(true);
    await page.screenshot(`card-zoom-${name}.png`);
    // Scrolled to its end, the card's text is all readable above the actions.
    await page.evaluate(`(${DIALOG}).scrollTop = 1e6`);
    expect(await page.evaluate<boolean>(inView)).toBe(true);
    await page.close();
  });

  it('survives hostile page CSS', async () => {
    const page = await open('/hostile.html');
    const card = await hoverCard(page, 'Sergey Lavrov');
    expect(card.visible).toBe(true);
    expect(card.rect.width).toBeGreaterThan(150);
    await page.screenshot(`card-hostile-${name}.png`);
    await page.close();
  });

  it('marks text a single-page app adds later and after history navigation', async () => {
    const page = await open('/spa', `CSS.highlights.get('konteks-person')?.size === 2`);
    expect((await page.evaluate<Record<string, string[]>>(MARKED))['person']!.sort()).toEqual(['Sergey Lavrov', 'Wang Yi']);
    await page.evaluate(`window.goNext()`);
    await page.waitFor(`${highlightText('konteks-person')} === 'Xi Jinping'`);
    await page.close();
  });

  it('marks mentions in same-origin frames, open shadow roots and RTL pages', async () => {
    const framed = await open('/with-frame.html', `document.getElementById('f').contentWindow.CSS.highlights.get('konteks-person')?.size === 1`);
    await framed.close();
    const shadow = await open('/shadow.html');
    expect((await shadow.evaluate<Record<string, string[]>>(MARKED))['person']).toEqual(['Xi Jinping']);
    await shadow.close();
    const rtl = await open('/rtl.html');
    const card = await hoverCard(rtl, 'Sergey Lavrov');
    expect(card.rect.left).toBeGreaterThanOrEqual(0);
    await rtl.screenshot(`card-rtl-${name}.png`);
    await rtl.close();
  });

  it('marks names in Chinese text, where no space parts the words, and shows their card', async () => {
    const page = await open('/zh.html', `CSS.highlights.get('konteks-person')?.size >= 5`);
    const marked = await page.evaluate<Record<string, string[]>>(MARKED);
    expect(marked['person']!.sort()).toEqual(['习近平', '拉夫罗夫', '普京', '王毅', '赵立坚'].sort());
    expect(marked['figure']).toEqual(['1070亿美元']);
    const card = await hoverCard(page, '王毅');
    expect(card.entity).toBe('person/wang-yi');
    // The page says it is Chinese (lang="zh"): the card names him as Chinese writes it, marked so.
    expect(card.label).toBe('王毅');
    expect(await page.evaluate<string>(`(${DIALOG}).querySelector('.name').lang`)).toBe('zh-Hans');
    const at = (await page.evaluate<{ x: number; y: number }>(centreOf('王毅')))!;
    expectJustBelow(card, at);
    expectInViewport(card);
    expect(await page.evaluate<string>(DOM_WITHOUT_CARD)).toBe(await page.evaluate<string>(`window.__before`));
    await page.screenshot(`card-cjk-${name}.png`);
    await page.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type TestBrowser } from '../../scripts/browsers.ts';
import { startServer, type TestServer } from '../../scripts/serve.ts';
import { LIVE } from './page-helpers.ts';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title></head><body>
<article><h1>Lavrov in Beijing</h1>
<p id="p1">Russian Foreign Minister Sergey <b>Lavrov</b> met Wang Yi; President Xi Jinping spoke with Vladimir Putin.</p>
<p id="p2">China has been Russia's largest trading partner for 11 consecutive years, and bilateral trade exceeded $107 billion.</p>
<p>The Treaty of Good-Neighborliness and Friendly Cooperation turns 20.</p>
<textarea>Putin in a textarea is never marked</textarea>
</article></body></html>`;

describe.each(BROWSERS)('foundation in %s', (name) => {
  let browser: TestBrowser;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ '/news.html': PAGE });
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs the content script and marks the mentions with CSS highlights', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/news.html'));
    await page.waitFor(`CSS.highlights.has('konteks-person') && CSS.highlights.has('konteks-figure')`);
    const marked = await page.evaluate<Record<string, string[]>>(`Object.fromEntries(['person','treaty','figure'].map(k => [k, [...(CSS.highlights.get('konteks-' + k) ?? [])].map(r => ${LIVE}(r).toString())]))`);
    expect(marked['person']!.sort()).toEqual(['Lavrov', 'Sergey Lavrov', 'Vladimir Putin', 'Wang Yi', 'Xi Jinping']);
    expect(marked['figure']!.sort()).toEqual(['$107 billion', '11 consecutive years']);
    expect(marked['treaty']).toEqual(['Treaty of Good-Neighborliness and Friendly Cooperation']);
    // In document order: a page (and the bench) may list them.
    const ordered = await page.evaluate<boolean>(`(() => { const rs = [...CSS.highlights.get('konteks-person')].map(${LIVE});
      return rs.length > 1 && rs.every((r, i) => i === 0 || rs[i - 1].compareBoundaryPoints(Range.START_TO_START, r) < 0); })()`);
    expect(ordered).toBe(true);
    await page.screenshot(`foundation-${name}.png`);
    await page.close();
  });

  it('has a background that answers a message from an extension page', async () => {
    const page = await browser.openExtensionPage('src/popup/index.html', `document.querySelector('h1') !== null`);
    const api = name === 'chromium' ? 'chrome' : 'browser';
    const reply = await page.evaluate<{ type: string; version: string }>(`${api}.runtime.sendMessage({ protocol: 'konteks/1', type: 'ping' })`);
    expect(reply).toEqual({ type: 'pong', version: '0.1.0' });
    const ignored = await page.evaluate<unknown>(`${api}.runtime.sendMessage({ protocol: 'konteks/1', type: 'ping', x: 'y'.repeat(100000) }).then(r => r ?? null, e => 'error')`);
    expect(ignored === null || ignored === 'error').toBe(true);
    await page.close();
  });
});

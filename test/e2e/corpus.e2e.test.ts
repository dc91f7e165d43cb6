/** Real pages (scripts stripped, our mentions injected) in both browsers. Needs KONTEKS_CORPUS. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type TestBrowser } from '../../scripts/browsers.ts';
import { CORPUS_CSP, inject, INJECTED, readCorpusPage, stripScripts } from '../../scripts/corpus.ts';
import { startServer, type TestServer } from '../../scripts/serve.ts';
import { MARKED } from './page-helpers.ts';
import { corpusForTests } from '../corpus-env.ts';

const dir = corpusForTests('real corpus pages in both browsers');
const PAGES = ['wapo-2.html', 'nytimes-5.html', 'yahoo-2.html', 'wikipedia-2.html', 'lemonde-1.html'];

describe.runIf(dir !== null).each(BROWSERS)('real pages in %s', (name) => {
  let browser: TestBrowser;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
    for (const page of PAGES) {
      const html = stripScripts(readCorpusPage(dir!, page));
      server.set(`/plain/${page}`, html, 'text/html; charset=utf-8', { 'content-security-policy': CORPUS_CSP });
      server.set(`/injected/${page}`, inject(html), 'text/html; charset=utf-8', { 'content-security-policy': CORPUS_CSP });
    }
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(PAGES)('%s: every injected mention is marked, inside the page\'s own markup', async (page) => {
    const tab = await browser.newPage();
    await tab.goto(server.url(`/injected/${page}`));
    await tab.waitFor(`CSS.highlights.get('konteks-treaty')?.size >= 1 && CSS.highlights.get('konteks-figure')?.size >= 2`, 30_000);
    const marked = await tab.evaluate<Record<string, string[]>>(MARKED);
    for (const [kind, texts] of Object.entries(INJECTED.expected)) {
      for (const t of texts) expect(marked[kind], `${kind} "${t}"`).toContain(t);
    }
    await tab.close();
  });

  it('wapo-2: the soft-hyphenated "Vladi\u00admir Putin" of the real page is marked', async () => {
    const tab = await browser.newPage();
    await tab.goto(server.url('/plain/wapo-2.html'));
    await tab.waitFor(`CSS.highlights.get('konteks-person')?.size >= 1`, 30_000);
    expect((await tab.evaluate<Record<string, string[]>>(MARKED))['person']).toContain('Vladimir Putin');
    await tab.close();
  });
});

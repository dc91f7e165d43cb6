/**
 * Pages in other scripts, as a reader there would open them: Arabic right to left (clitics
 * glued to names, Arabic-Indic digits), Japanese and Korean (particles glued to names) and
 * Hindi, marked and hovered in both browsers; screenshots saved for a look.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type TestBrowser, type TestPage } from '../../scripts/browsers.ts';
import { ARABIC, HINDI, JAPANESE, KOREAN } from './fixtures.ts';
import { axe, hoverCard, MARKED } from './page-helpers.ts';
import { startServer, type TestServer } from '../../scripts/serve.ts';

const PAGES = { '/ar.html': ARABIC, '/ja.html': JAPANESE, '/ko.html': KOREAN, '/hi.html': HINDI };

/** Per page: what each kind of mark covers (sorted), and a name to hover with its entity. */
const CASES: { path: string; tag: string; marked: Record<string, string[]>; hover: [string, string] }[] = [
  {
    path: '/ar.html', tag: 'arabic',
    // The heading's لافروف, and ولافروف marked as لافروف: the clitic و stays outside the mark.
    marked: { person: ['تشاو ليجيان', 'سيرغي لافروف', 'شي جين بينغ', 'فلاديمير بوتين', 'لافروف', 'لافروف', 'وانغ يي'], figure: ['١٠٧٫٧٦ مليار دولار'] },
    hover: ['سيرغي لافروف', 'person/sergey-lavrov'],
  },
  {
    path: '/ja.html', tag: 'japanese',
    marked: { person: ['プーチン', 'ラブロフ', 'ラブロフ', '王毅', '習近平'] },
    hover: ['王毅', 'person/wang-yi'],
  },
  {
    path: '/ko.html', tag: 'korean',
    // 라브로프는, 푸틴은: the particle is not part of the mark; 왕이 beside its cue 외교부장.
    marked: { person: ['라브로프', '블라디미르 푸틴', '세르게이 라브로프', '시진핑', '왕이', '푸틴'] },
    hover: ['시진핑', 'person/xi-jinping'],
  },
  {
    path: '/hi.html', tag: 'hindi',
    marked: { person: ['लावरोव', 'वांग यी', 'व्लादिमीर पुतिन', 'शी जिनपिंग', 'सर्गेई लावरोव'] },
    hover: ['व्लादिमीर पुतिन', 'person/vladimir-putin'],
  },
];

describe.each(BROWSERS)('pages in other scripts in %s', (name) => {
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

  it.each(CASES)('marks $tag names and shows their card', async ({ path, tag, marked, hover: [text, entity] }) => {
    const page = await browser.newPage();
    await page.setViewport(800, 600);
    await page.goto(server.url(path));
    const people = marked['person']!.length;
    await page.waitFor(`(CSS.highlights.get('konteks-person')?.size ?? 0) >= ${people}`);
    const got = await page.evaluate<Record<string, string[]>>(MARKED);
    for (const kind of ['person', 'treaty', 'figure']) expect([...got[kind]!].sort(), kind).toEqual([...(marked[kind] ?? [])].sort());
    // Marks are highlights: the page's DOM is as it was.
    expect(await page.evaluate<boolean>(`document.documentElement.outerHTML === window.__before`)).toBe(true);
    const card = await hoverCard(page, text);
    expect(card.entity).toBe(entity);
    expect(card.visible).toBe(true);
    expect(card.rect.left).toBeGreaterThanOrEqual(0);
    expect(card.rect.right).toBeLessThanOrEqual(card.vw);
    expect(card.rect.bottom).toBeLessThanOrEqual(card.vh);
    await page.screenshot(`card-${tag}-${name}.png`);
    await page.close();
  });

  it('places the card by an Arabic mention, right to left, in dark mode', async () => {
    const dark = await launch(name, { dark: true });
    const page = await dark.newPage();
    await page.setViewport(800, 600);
    await page.goto(server.url('/ar.html'));
    await page.waitFor(`(CSS.highlights.get('konteks-person')?.size ?? 0) >= 6`);
    const card = await hoverCard(page, 'وانغ يي');
    expect(card.entity).toBe('person/wang-yi');
    // The mention's line runs right to left: the card stays on the page, beside it.
    expect(card.rect.left).toBeGreaterThanOrEqual(0);
    expect(card.rect.right).toBeLessThanOrEqual(card.vw);
    await page.screenshot(`card-arabic-dark-${name}.png`);
    expect(await axe(page, 'konteks-card')).toEqual([]); // dark, on a right-to-left page
    await dark.close();
  });
});

import fs from 'node:fs';
import { createRequire } from 'node:module';
import { LIVE_RANGE, type TestPage } from '../../scripts/browsers.ts';

/** Errors that came from Konteks (the pages' own, deliberate ones aside). */
export const ours = (errors: string[]) => errors.filter((e) => /konteks|chrome-extension:|moz-extension:|Extension context/i.test(e));

export { mentionsByTab } from '../../scripts/browsers.ts';

/** Snippets evaluated in the page (main world), shared by the e2e tests. */

/** A live Range from one of our highlights' ranges (static ones, decision 25), for its text and line boxes. */
export const LIVE = LIVE_RANGE;

/** The texts of a highlight's ranges, joined by commas. */
export const highlightText = (name: string) => `[...(CSS.highlights.get(${JSON.stringify(name)}) ?? [])].map((r) => ${LIVE}(r).toString()).join()`;

/** Texts of our highlight ranges, per kind. */
export const MARKED = `Object.fromEntries(['person','treaty','figure'].map(k => [k, [...(CSS.highlights.get('konteks-' + k) ?? [])].map(r => ${LIVE}(r).toString().replace(/\\u00ad/g, ''))]))`;

/** Centre of the first line box of the highlighted range whose text is `text`. */
export const centreOf = (text: string) => `(() => {
  for (const k of ['person', 'treaty', 'figure', 'bg-person', 'bg-treaty', 'bg-figure']) for (const r of CSS.highlights.get('konteks-' + k) ?? []) {
    const x = ${LIVE}(r);
    if (x.toString() === ${JSON.stringify(text)}) { const b = x.getClientRects()[0]; return { x: b.left + b.width / 2, y: b.top + b.height / 2 }; }
  }
  return null;
})()`;

export const DIALOG = `document.querySelector('konteks-card')?.shadowRoot?.querySelector('[role="dialog"]')`;

/** What CARD reads from the page. */
export type Card = { label: string; entity: string; text: string; rect: { left: number; top: number; right: number; bottom: number; width: number; height: number }; vw: number; vh: number; visible: boolean };

/** What the card shows, or null. */
export const CARD = `(() => {
  const d = ${DIALOG};
  if (!d) return null;
  const r = d.getBoundingClientRect();
  return { label: d.getAttribute('aria-label'), entity: d.dataset.entity, text: d.innerText, rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height },
    vw: innerWidth, vh: innerHeight, visible: getComputedStyle(d).visibility === 'visible' && r.width > 0 };
})()`;

/** The page's DOM without our one card host (serialised as is: clones add artefacts). */
export const DOM_WITHOUT_CARD = `(() => {
  const host = document.querySelector('konteks-card');
  const html = document.documentElement.outerHTML;
  return host ? html.replace(host.outerHTML, '') : html;
})()`;

/** Rests the real pointer on the highlighted `text` and waits for its card to open. */
export async function restOn(page: TestPage, text: string, entity?: string): Promise<void> {
  const at = await page.evaluate<{ x: number; y: number } | null>(centreOf(text));
  if (!at) throw new Error(`no highlight for "${text}"`);
  await page.mouseMove(at.x - 3, at.y);
  await page.mouseMove(at.x, at.y);
  await page.waitFor(entity ? `(${DIALOG})?.dataset.entity === ${JSON.stringify(entity)}` : `(${DIALOG})?.getAttribute('aria-label') != null`);
}

/** Rests the pointer on `text`, waits for the card's fade-in to end, and reads the card. */
export async function hoverCard(page: TestPage, text: string): Promise<Card> {
  await restOn(page, text);
  await page.waitFor(`!(${DIALOG}).hasAttribute('data-entering')`);
  await page.waitFor(`getComputedStyle(${DIALOG}).opacity === '1'`); // the fade-in is over
  return page.evaluate<Card>(CARD);
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's violations on the page (rule id and node count), light or dark as the browser is;
 * `within` (a selector) limits it to one element and its shadow tree, e.g. the card on a test page.
 */
export async function axe(page: TestPage, within?: string): Promise<string[]> {
  await page.evaluate(`(() => { if (!window.axe) { (0, eval)(${JSON.stringify(axeSource)}); } return true; })()`);
  return page.evaluate<string[]>(`axe.run(${within ? JSON.stringify(within) : 'document'}, { resultTypes: ['violations'] }).then(r => r.violations.map(v => v.id + ' x' + v.nodes.length + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')))`);
}

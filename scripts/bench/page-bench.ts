/**
 * The in-page half of `npm run bench`, bundled as one IIFE and evaluated in the page's
 * main world: every method runs in the same JavaScript world on the same DOM.
 * Exposes `window.__konteksBench`.
 */
import defaultMatcher from 'virtual:konteks/matcher';
import type { CompiledMatcher } from '../../src/core/matcher.ts';
import { decodeMatcher } from '../../src/core/matcher-binary.ts';
import { prefilterOf } from '../../src/core/prefilter.ts';
import { Highlighter, liveRange } from '../../src/dom/highlighter.ts';
import { PageScanner } from '../../src/dom/page-scanner.ts';
import { createSlicer, type Slicer } from '../../src/dom/scheduler.ts';

let matcher: CompiledMatcher = defaultMatcher;

/** The yardstick: a bare TreeWalker pass reading every text node. */
function walk(): number {
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = w.nextNode(); n; n = w.nextNode()) chars += (n as Text).data.length;
  return chars;
}

/**
 * The floor of any pass that tests the text node by node (decision 26): the walk, plus
 * Konteks' own prefilter on each text. It matches nothing, makes no range, paints nothing.
 */
function floor(): number {
  const mayContain = prefilterOf(matcher.prefilter);
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let k = 0;
  for (let n = w.nextNode(); n; n = w.nextNode()) if (mayContain((n as Text).data)) k++;
  return k;
}

/**
 * What the content script runs: walk, match, register highlights (no yielding, to time CPU).
 * `read`: also read each mark's text back, for recall, after the pass and its slices are
 * timed (the content script never does: in Firefox, 11 `Range.toString` calls cost tens of
 * microseconds). Timed runs leave it off.
 */
async function konteks(sliced = false, read = sliced): Promise<{ texts: string[]; slices: number[] }> {
  const slices: number[] = [];
  const inner = createSlicer({ budgetMs: 5 });
  let sliceStart = performance.now();
  // Records each slice's length: the longest is Konteks' longest task on this page.
  const slicer: Slicer = sliced
    ? {
        shouldYield: () => inner.shouldYield(),
        yield: async () => {
          slices.push(performance.now() - sliceStart);
          await inner.yield();
          sliceStart = performance.now();
        },
      }
    : { shouldYield: () => false, yield: async () => {} };
  const highlighter = new Highlighter(window);
  highlighter.clear();
  let ranges: AbstractRange[] = [];
  const scanner = new PageScanner(document, matcher, {
    slicer: () => slicer,
    paint: (marks) => {
      for (const m of marks) highlighter.add(m);
      ranges = marks.map((m) => m.range);
    },
  });
  sliceStart = performance.now();
  await scanner.start();
  slices.push(performance.now() - sliceStart);
  const texts = read ? ranges.map((r) => liveRange(r).toString().replace(/\u00ad/g, '')) : [];
  scanner.stop(); // stops observing; the highlights stay painted until clear()
  return { texts, slices };
}

/** The naive pass: concatenate the text, one RegExp alternation, one Range per match, one Highlight. */
function regex(aliases: string[]): string[] {
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += (n as Text).data;
  }
  const escaped = aliases.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const at = (offset: number): [Text, number] => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return [nodes[lo]!, offset - starts[lo]!];
  };
  const h = new Highlight();
  const found: string[] = [];
  for (const m of text.matchAll(re)) {
    const r = document.createRange();
    const [sn, so] = at(m.index);
    const [en, eo] = at(m.index + m[0].length);
    r.setStart(sn, so);
    r.setEnd(en, Math.min(eo, en.data.length));
    h.add(r);
    found.push(m[0]);
  }
  CSS.highlights.set('bench-regex', h);
  return found;
}

/** mark.js (loaded separately as window.Mark), whole-word mode, same aliases. Unmarks afterwards. */
function markjs(aliases: string[]): Promise<string[]> {
  const Mark = (window as unknown as { Mark: new (el: Element) => { mark(k: string[], o: object): void; unmark(o: object): void } }).Mark;
  return new Promise((resolve) => {
    const instance = new Mark(document.body);
    instance.mark(aliases, {
      accuracy: 'exactly',
      separateWordSearch: false,
      className: 'bench-markjs',
      done: () => {
        const texts = [...document.querySelectorAll('mark.bench-markjs')].map((m) => m.textContent ?? '');
        instance.unmark({ className: 'bench-markjs', done: () => resolve(texts) });
      },
    });
  });
}

function setMatcher(json: string | null): number {
  const t0 = performance.now();
  matcher = json === null ? defaultMatcher : (JSON.parse(json) as CompiledMatcher);
  return performance.now() - t0;
}

/** The binary form (decision 16): views over the buffer, payloads read on use. */
function setMatcherBinary(buf: ArrayBuffer): number {
  const t0 = performance.now();
  matcher = decodeMatcher(buf);
  return performance.now() - t0;
}

function clear(): void {
  for (const name of [...CSS.highlights.keys()]) CSS.highlights.delete(name);
}

(window as unknown as Record<string, unknown>)['__konteksBench'] = { walk, floor, konteks, regex, markjs, setMatcher, setMatcherBinary, clear };

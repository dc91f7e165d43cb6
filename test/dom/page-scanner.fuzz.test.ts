// @vitest-environment happy-dom
/** Property-based fuzzing of the page scanner over random DOM trees. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import matcher from 'virtual:konteks/matcher';
import './static-range.ts';
import { settled } from './settled.ts';
import { liveRange } from '../../src/dom/highlighter.ts';
import { PageScanner, type PageMark } from '../../src/dom/page-scanner.ts';
import type { Slicer } from '../../src/dom/scheduler.ts';
import { resolveDocument, scanText } from '../../src/core/engine.ts';
import { collectBlocks } from '../../src/dom/text-blocks.ts';

type Tree = { tag: string; attrs?: Record<string, string>; shadow?: boolean; children: (Tree | string)[] };

// Whole names and pieces of names (a name cut by an element border: "<b>Lav</b>rov").
const words = fc.constantFrom('Sergey ', 'Lavrov', 'Vladi\u00admir ', 'Putin', ' ', '\u00a0', 'Wang Yi', 'Wang', '习近平', 'Лаврова', '😀', '\ud83d', 'مرحبا ', 'x', '$107 billion', ' trade ', '. ', '\n',
  'Lav', 'rov', 'Pu', 'tin', 'Xi ', 'Jin', 'ping', 'Li Yong', 'hui', 'Zhao Li', 'jian', 'tra', 'de', 'Treaty of Good-Neighborliness and Friendly Cooperation', '11 consecutive years', 'said',
  // Accents, "_" and Cyrillic go through the prefilter's wide anchors; pieces cut them across borders.
  'Lavróv', 'Lavró', 'v', 'Pú', 'tín', 'Путин', 'Пу', 'тин', 'snake_', 'é', 'Ｐｕｔｉｎ');
const text = fc.array(words, { maxLength: 6 }).map((a) => a.join(''));
const tree: fc.Arbitrary<Tree> = fc.letrec((tie) => ({
  node: fc.record({
    tag: fc.constantFrom('p', 'div', 'span', 'b', 'a', 'li', 'textarea', 'script', 'section', 'i'),
    attrs: fc.option(fc.constantFrom<Record<string, string>>({ contenteditable: 'true' }, { hidden: '' }, { dir: 'rtl' }, { title: 't' }), { nil: undefined }),
    shadow: fc.boolean(),
    children: fc.array(fc.oneof({ weight: 2, arbitrary: text }, { weight: 1, arbitrary: tie('node') as fc.Arbitrary<Tree> }), { maxLength: 4 }),
  }),
})).node as fc.Arbitrary<Tree>;

function build(t: Tree, parent: Node): void {
  const el = document.createElement(t.tag);
  for (const [k, v] of Object.entries(t.attrs ?? {})) el.setAttribute(k, v);
  parent.appendChild(el);
  const target: Node = t.shadow && ['div', 'span', 'section', 'p'].includes(t.tag) ? el.attachShadow({ mode: 'open' }) : el;
  for (const c of t.children) typeof c === 'string' ? target.appendChild(document.createTextNode(c)) : build(c, target);
}

/** A slicer that yields where the pattern says (cycling): the scan's pause-and-resume paths are part of the property. */
function slicerOf(pattern: boolean[]): Slicer {
  let i = 0;
  return { shouldYield: () => pattern[i++ % pattern.length]!, yield: () => new Promise<void>((r) => setTimeout(r, 0)) };
}

async function scan(yields: boolean[] = [false]): Promise<{ marks: PageMark[]; scanner: PageScanner }> {
  let marks: PageMark[] = [];
  const scanner = new PageScanner(document, matcher, { paint: (m) => (marks = m), flushDelayMs: 0, slicer: () => slicerOf(yields) });
  await scanner.start();
  return {
    get marks() {
      return marks; // the latest paint
    },
    scanner,
  };
}

const describeMark = (m: PageMark) => `${m.entity}@${m.start}:${liveRange(m.range).toString()}`;

/** The reference: every block of the page and its open shadow roots matched in full (no prefilter). */
function expected(): string[] {
  const texts: string[] = [];
  const roots: Node[] = [document.body];
  for (let root = roots.shift(); root !== undefined; root = roots.shift()) {
    texts.push(...collectBlocks(root, { onShadowRoot: (s) => roots.push(s) }).map((b) => b.text));
  }
  const blocks = texts.map((text) => ({ text, candidates: scanText(matcher, text) }));
  return resolveDocument(matcher, blocks).flat().map((m) => `${m.entity}:${m.surface}`).sort();
}

describe('page scanner fuzzing', () => {
  it('never throws; every range covers exactly its mention, with pauses anywhere; twice gives the same; removal drops marks', async () => {
    let total = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(tree, { minLength: 1, maxLength: 4 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), async (trees, yields) => {
        document.body.innerHTML = '';
        for (const t of trees) build(t, document.body);
        // Marks as painted by the scan (stop() paints nothing: read them before).
        const first = await scan(yields);
        const marks = first.marks;
        first.scanner.stop();
        // Exactly what matching every block in full finds: the prefilter skipped nothing it should not.
        expect(marks.map((m) => `${m.entity}:${m.block.text.slice(m.start, m.end)}`).sort()).toEqual(expected());
        for (const m of marks) {
          const surface = m.block.text.slice(m.start, m.end);
          expect(liveRange(m.range).toString()).toBe(surface);
          // The engine alone finds a candidate there (a bare short form is resolved by the whole page).
          expect(scanText(matcher, surface).length + (m.entity.startsWith('figure/') ? 1 : 0)).toBeGreaterThan(0);
          // Never inside text the user can edit or that is not shown.
          const el = m.range.startContainer.parentElement;
          expect(el?.closest('textarea, script, [contenteditable="true"], [hidden]') ?? null).toBeNull();
        }
        const second = await scan();
        expect(second.marks.map(describeMark)).toEqual(marks.map(describeMark));
        second.scanner.stop();
        // Remove every top-level node that holds a mark: its marks go.
        const third = await scan();
        expect(third.marks.length).toBe(marks.length);
        for (const child of [...document.body.childNodes]) child.remove();
        await settled(third.scanner);
        expect(third.marks).toEqual([]);
        third.scanner.stop();
        total += marks.length;
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
    // Not vacuous: the random pages hold plenty of mentions.
    expect(total).toBeGreaterThan(50);
  }, 120_000);
});

// @vitest-environment happy-dom
/** Property-based fuzzing of the page scanner over random DOM trees. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import matcher from 'virtual:konteks/matcher';
import { settled } from './settled.ts';
import { PageScanner, type PageMark } from '../../src/dom/page-scanner.ts';
import { findMentions } from '../../src/core/engine.ts';

type Tree = { tag: string; attrs?: Record<string, string>; shadow?: boolean; children: (Tree | string)[] };

const words = fc.constantFrom('Sergey ', 'Lavrov', 'Vladi\u00admir ', 'Putin', ' ', '\u00a0', 'Wang Yi', 'Wang', '习近平', 'Лаврова', '😀', '\ud83d', 'مرحبا ', 'x', '$107 billion', ' trade ', '. ', '\n');
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

async function scan(): Promise<{ marks: PageMark[]; scanner: PageScanner }> {
  let marks: PageMark[] = [];
  const scanner = new PageScanner(document, matcher, { paint: (m) => (marks = m), flushDelayMs: 0 });
  await scanner.start();
  return {
    get marks() {
      return marks; // the latest paint
    },
    scanner,
  };
}

const describeMark = (m: PageMark) => `${m.entity}@${m.start}:${m.range.toString()}`;

describe('page scanner fuzzing', () => {
  it('never throws; every range covers exactly its mention; twice gives the same; removal drops marks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tree, { minLength: 1, maxLength: 4 }), async (trees) => {
        document.body.innerHTML = '';
        for (const t of trees) build(t, document.body);
        const first = await scan();
        first.scanner.stop();
        for (const m of first.marks) {
          const surface = m.block.text.slice(m.start, m.end);
          expect(m.range.toString()).toBe(surface);
          // The engine alone agrees that this surface is that entity.
          expect(findMentions(matcher, surface).length + (m.entity.startsWith('figure/') ? 1 : 0)).toBeGreaterThan(0);
          // Never inside text the user can edit or that is not shown.
          const el = m.range.startContainer.parentElement;
          expect(el?.closest('textarea, script, [contenteditable="true"], [hidden]') ?? null).toBeNull();
        }
        const second = await scan();
        second.scanner.stop();
        expect(second.marks.map(describeMark)).toEqual(first.marks.map(describeMark));
        // Remove every top-level node that holds a mark: its marks go.
        const third = await scan();
        for (const child of [...document.body.childNodes]) child.remove();
        await settled(third.scanner);
        expect(third.marks).toEqual([]);
        third.scanner.stop();
      }),
      { numRuns: 150 },
    );
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { marksByNode } from '../../src/dom/hit-test.ts';
import { collectBlocks, type TextBlock } from '../../src/dom/text-blocks.ts';

/** A paragraph of these text nodes, and its one block as the scanner's block walker makes it. */
function blockOf(pieces: string[]): TextBlock {
  const p = document.createElement('p');
  p.append(...pieces.map((x) => document.createTextNode(x)));
  return collectBlocks(p)[0]!;
}

const mark = (block: TextBlock, word: string, from = 0) => {
  const start = block.text.indexOf(word, from);
  return { block, start, end: start + word.length };
};

describe('marksByNode', () => {
  it('lists each mark under every text node it covers, and under no other', () => {
    // "Vladi|mir Pu|tin met |Xi| Jinping" with an empty node at a border.
    const block = blockOf(['Vladi', 'mir Pu', 'tin met ', '', 'Xi', ' Jinping']);
    const putin = mark(block, 'Vladimir Putin');
    const xi = mark(block, 'Xi Jinping');
    const byNode = marksByNode([putin, xi]);
    const names = (i: number) => (byNode.get(block.nodes[i]!) ?? []).map((m) => block.text.slice(m.start, m.end));
    expect([0, 1, 2, 3, 4, 5].map(names)).toEqual([['Vladimir Putin'], ['Vladimir Putin'], ['Vladimir Putin'], [], ['Xi Jinping'], ['Xi Jinping']]);
  });

  it('a mark that starts or ends exactly at a node border', () => {
    const block = blockOf(['said ', 'Putin', ' today']);
    const byNode = marksByNode([mark(block, 'Putin')]);
    expect([...byNode.keys()]).toEqual([block.nodes[1]]);
  });

  it('a block of 3,000 nodes, each with a mark: each mark reads only a few node offsets, not the whole block, and no text', () => {
    const block = blockOf(Array.from({ length: 3_000 }, () => 'Putin, '));
    const marks = Array.from({ length: 3_000 }, (_, i) => ({ block, start: i * 7, end: i * 7 + 5 }));
    let reads = 0;
    const counted: TextBlock = { ...block, starts: new Proxy(block.starts, { get: (t, k, r) => (typeof k === 'string' && /^\d+$/.test(k) && reads++, Reflect.get(t, k, r)) }) };
    // Nor the nodes' text: Firefox copies a text node's string on each read of `data` (5,000
    // marks in one 60,000-character node took 490 ms).
    let dataReads = 0;
    for (const n of block.nodes) {
      const data = n.data;
      Object.defineProperty(n, 'data', { get: () => (dataReads++, data) });
    }
    const byNode = marksByNode(marks.map((m) => ({ ...m, block: counted })));
    expect(byNode.size).toBe(3_000);
    expect([...byNode.values()].every((list) => list.length === 1)).toBe(true);
    // A binary search (12 steps) and the mark's own node: scanning every node would be 9 million reads.
    expect(reads).toBeLessThan(3_000 * 20);
    expect(dataReads).toBe(0);
  });
});

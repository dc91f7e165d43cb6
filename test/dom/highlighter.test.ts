// @vitest-environment happy-dom
import './static-range.ts';
import { describe, expect, it } from 'vitest';
import { liveRange, rangeFor } from '../../src/dom/highlighter.ts';
import { collectBlocks, type TextBlock } from '../../src/dom/text-blocks.ts';

/** The paragraph's one block, as the scanner's block walker makes it. */
const blockIn = (p: HTMLElement): TextBlock => collectBlocks(p)[0]!;

describe('rangeFor', () => {
  it('makes a StaticRange over the mention, across nodes, that a live Range reads back', () => {
    document.body.innerHTML = '<p>Sergey <b>Lav</b>rov met Wang Yi.</p>';
    const block = blockIn(document.querySelector('p')!);
    const start = block.text.indexOf('Sergey');
    const r = rangeFor(document, block, start, start + 'Sergey Lavrov'.length);
    expect(r).toBeInstanceOf(StaticRange);
    expect('getClientRects' in r).toBe(false); // not live: the page's DOM changes never update it
    expect([r.startContainer, r.startOffset, r.endContainer, r.endOffset]).toEqual([block.nodes[0], 0, block.nodes[2], 3]);
    expect(liveRange(r).toString()).toBe('Sergey Lavrov');
  });

  it('a mention at a node border starts in the later node and ends in the earlier one', () => {
    document.body.innerHTML = '<p>met <b>Wang Yi</b> today</p>';
    const block = blockIn(document.querySelector('p')!);
    const r = rangeFor(document, block, 4, 11);
    expect([r.startContainer, r.startOffset, r.endContainer, r.endOffset]).toEqual([block.nodes[1], 0, block.nodes[1], 7]);
  });

  it('refuses offsets the text no longer holds (it changed since the scan), and so does liveRange', () => {
    document.body.innerHTML = '<p>Vladimir Putin</p>';
    const block = blockIn(document.querySelector('p')!);
    const r = rangeFor(document, block, 9, 14);
    block.nodes[0]!.data = 'Putin';
    expect(() => rangeFor(document, block, 9, 14)).toThrow(RangeError);
    expect(() => liveRange(r)).toThrow();
  });
});

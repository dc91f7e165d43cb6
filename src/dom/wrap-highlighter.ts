/**
 * Fallback marking where the CSS Custom Highlight API is missing: each mention's text
 * pieces are wrapped in a `<konteks-mark data-entity data-kind>` custom element (page
 * CSS cannot target it by accident), never around whitespace-only pieces. Unwrapping
 * moves the same text nodes back, so node identity (and the scanner's blocks) survive.
 */
import type { Mark } from './highlighter.ts';

export const MARK_TAG = 'konteks-mark';

export class WrapHighlighter {
  private wrappers: Element[] = [];

  constructor(private readonly doc: Document) {}

  add(mark: Mark): void {
    const r = mark.range;
    const pieces: [Text, number, number][] = [];
    const start = r.startContainer;
    const end = r.endContainer;
    if (start.nodeType !== 3 || end.nodeType !== 3) return;
    if (start === end) pieces.push([start as Text, r.startOffset, r.endOffset]);
    else {
      // From start to end in tree order: their root will do (no live Range for the common ancestor).
      const walker = this.doc.createTreeWalker(start.getRootNode(), 4 /* SHOW_TEXT */);
      walker.currentNode = start;
      pieces.push([start as Text, r.startOffset, (start as Text).length]);
      for (let n = walker.nextNode(); n && n !== end; n = walker.nextNode()) pieces.push([n as Text, 0, (n as Text).length]);
      pieces.push([end as Text, 0, r.endOffset]);
    }
    for (const [node, s, e] of pieces) {
      if (e <= s || s >= node.length || !/\S/.test(node.substringData(s, e - s))) continue; // stale offsets: the rescan comes
      const parent = node.parentNode;
      if (!parent) continue;
      const middle = s > 0 ? node.splitText(s) : node;
      if (e - s < middle.length) middle.splitText(e - s);
      const wrapper = this.doc.createElement(MARK_TAG);
      wrapper.setAttribute('data-entity', mark.entity);
      wrapper.setAttribute('data-kind', mark.kind);
      middle.replaceWith(wrapper);
      wrapper.append(middle);
      this.wrappers.push(wrapper);
    }
  }

  clear(): void {
    for (const w of this.wrappers) if (w.parentNode) w.replaceWith(...w.childNodes);
    this.wrappers = [];
  }
}

/**
 * Which mark is under the pointer. Highlights have no events: ask the caret position
 * at the point, look up the marks of that text node, and confirm with their line boxes.
 */
import { liveRange } from './highlighter.ts';
import { nodeIndexAt, type TextBlock } from './text-blocks.ts';

export interface Hittable {
  range: AbstractRange;
}

/** The line boxes of a range (none when its text changed under it): a transient live Range for a static one. */
export function rectsOf(range: AbstractRange): ArrayLike<DOMRect> {
  try {
    return liveRange(range).getClientRects();
  } catch {
    return [];
  }
}

/** The marks over each text node, for `markAt`. A block may hold thousands of nodes and marks: each mark visits only its own nodes. */
export function marksByNode<M extends { block: TextBlock; start: number; end: number }>(marks: readonly M[]): Map<Node, M[]> {
  const byNode = new Map<Node, M[]>();
  for (const m of marks) {
    const { nodes, starts, text } = m.block;
    for (let i = nodeIndexAt(m.block, m.start); i < nodes.length && starts[i]! < m.end; i++) {
      // The node's end from the block, not `data`: Firefox copies a text node's string on each read.
      if ((i + 1 < nodes.length ? starts[i + 1]! : text.length) <= m.start) continue;
      const list = byNode.get(nodes[i]!);
      if (list) list.push(m);
      else byNode.set(nodes[i]!, [m]);
    }
  }
  return byNode;
}

/** The text node and offset under a point, or null (caretPositionFromPoint, else caretRangeFromPoint). */
export function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): Node | null {
  try {
    const d = doc as Document & {
      caretPositionFromPoint?: (x: number, y: number, opts?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node } | null;
      caretRangeFromPoint?: (x: number, y: number) => Range | null;
    };
    if (typeof d.caretPositionFromPoint === 'function') {
      const p = shadowRoots.length ? d.caretPositionFromPoint(x, y, { shadowRoots }) : d.caretPositionFromPoint(x, y);
      return p ? p.offsetNode : null;
    }
    if (typeof d.caretRangeFromPoint === 'function') return d.caretRangeFromPoint(x, y)?.startContainer ?? null;
  } catch {
    // Some engines throw for points outside the viewport or in odd documents.
  }
  return null;
}

/** Is (x, y) inside one of the range's line boxes (with a little slop)? */
export function pointInRange(range: AbstractRange, x: number, y: number, slop = 1): boolean {
  const rects = rectsOf(range);
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop) return true;
  }
  return false;
}

/** The line box of the range nearest to a point (a wrapped mention has several). */
export function nearestLineRect(range: AbstractRange, x: number, y: number): DOMRect | null {
  const rects = rectsOf(range);
  let best: DOMRect | null = null;
  let bestD = Infinity;
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (r.width === 0 && r.height === 0) continue;
    const dx = x < r.left ? r.left - x : x > r.right ? x - r.right : 0;
    const dy = y < r.top ? r.top - y : y > r.bottom ? y - r.bottom : 0;
    const d = dx * dx + dy * dy;
    if (d < bestD) {
      bestD = d;
      best = r;
    }
  }
  return best;
}

/**
 * The mark under (x, y): candidates come from the caret's text node; when the caret
 * cannot tell (a point in a shadow tree, an engine without the API), a bounded linear
 * check of the marks' boxes decides.
 */
export function markAt<M extends Hittable>(doc: Document, x: number, y: number, byNode: Map<Node, M[]>, all: readonly M[], shadowRoots: ShadowRoot[] = []): M | null {
  const node = caretAt(doc, x, y, shadowRoots);
  const candidates = node ? byNode.get(node) : undefined;
  if (candidates) {
    for (const m of candidates) if (pointInRange(m.range, x, y)) return m;
    return null;
  }
  if (node && node.nodeType === 3) return null; // plain text with no mark
  const limit = Math.min(all.length, 2000);
  for (let i = 0; i < limit; i++) if (pointInRange(all[i]!.range, x, y)) return all[i]!;
  return null;
}

/**
 * Paints mentions with the CSS Custom Highlight API: the page's DOM and text stay
 * exactly as they were. One highlight per kind, names prefixed `konteks-`.
 */
import type { Kind } from '../core/dataset.ts';
import type { TextBlock } from './text-blocks.ts';
import { locate } from './text-blocks.ts';

export const HIGHLIGHT_PREFIX = 'konteks-';

export interface Mark {
  entity: string;
  kind: Kind;
  range: AbstractRange;
}

/**
 * A range over [start, end) of a block's text: a StaticRange where there is one (decision
 * 25). The document updates every live Range on each of the page's DOM changes, so
 * thousands of them slow the page's own scripts; a static one costs it nothing. Throws when
 * the block's text no longer holds the offsets (the text changed since the scan).
 */
export function rangeFor(doc: Document, block: TextBlock, start: number, end: number): AbstractRange {
  const [sn, so] = locate(block, start);
  const [en, eo] = locate(block, end, true);
  if (typeof StaticRange === 'function') {
    if (so > sn.length || eo > en.length) throw new RangeError('stale block');
    return new StaticRange({ startContainer: sn, startOffset: so, endContainer: en, endOffset: eo });
  }
  const range = doc.createRange();
  range.setStart(sn, so);
  range.setEnd(en, eo);
  return range;
}

/** A live Range with the same boundaries, for geometry and text; throws when they no longer fit the nodes. */
export function liveRange(r: AbstractRange): Range {
  if ('getClientRects' in r) return r as Range;
  const range = (r.startContainer.ownerDocument ?? (r.startContainer as Document)).createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range;
}

type HighlightCtor = new (...ranges: AbstractRange[]) => Highlight;

/** True where the page's document supports CSS.highlights. */
export function highlightsSupported(win: Window & typeof globalThis): boolean {
  try {
    return typeof win.Highlight === 'function' && typeof win.CSS?.highlights?.set === 'function';
  } catch {
    return false;
  }
}

export class Highlighter {
  private readonly byKind = new Map<Kind, Highlight>();

  /** `background` paints with the konteks-bg-* highlights (a tint instead of an underline). */
  constructor(private readonly win: Window & typeof globalThis, public style: 'underline' | 'background' = 'underline') {}

  private name(kind: Kind): string {
    return HIGHLIGHT_PREFIX + (this.style === 'background' ? 'bg-' : '') + kind;
  }

  add(mark: Mark): void {
    let h = this.byKind.get(mark.kind);
    if (!h) {
      const Ctor = this.win.Highlight as unknown as HighlightCtor;
      h = new Ctor();
      this.byKind.set(mark.kind, h);
      // Firefox 140: do not chain .set() calls.
      this.win.CSS.highlights.set(this.name(mark.kind), h);
    }
    h.add(mark.range);
  }

  delete(mark: Mark): void {
    this.byKind.get(mark.kind)?.delete(mark.range);
  }

  /** Removes our highlights (and only ours) from the registry. */
  clear(): void {
    // Only ours: after an extension update a newer content script may own these names.
    for (const [kind, h] of this.byKind) if (this.win.CSS.highlights.get(this.name(kind)) === h) this.win.CSS.highlights.delete(this.name(kind));
    this.byKind.clear();
  }
}

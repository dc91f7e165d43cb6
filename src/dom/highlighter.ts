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
  range: Range;
}

/** A Range over [start, end) of a block's text. */
export function rangeFor(doc: Document, block: TextBlock, start: number, end: number): Range {
  const range = doc.createRange();
  const [sn, so] = locate(block, start);
  const [en, eo] = locate(block, end, true);
  range.setStart(sn, so);
  range.setEnd(en, eo);
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

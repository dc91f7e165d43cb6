/**
 * The one `<konteks-card>` element: under <html>, with an open shadow root holding the
 * card's styles and the Preact-rendered card. Placed with floating-ui beside the line
 * box nearest the pointer, kept inside the viewport, following scroll.
 */
import { render } from 'preact';
import { autoUpdate, computePosition, flip, hide, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import type { CardData } from '../core/card.ts';
import { HoverCard, type CardStrings } from '../ui/hover-card.tsx';
import { CARD_CSS } from '../ui/hover-card.css.ts';
import { nearestLineRect } from '../dom/hit-test.ts';
import { liveRange } from '../dom/highlighter.ts';

export const HOST_TAG = 'konteks-card';

/** The least height the card keeps when the room beside a mention is less (it then scrolls; px). */
const MIN_HEIGHT = 120;

/** Inline !important beats any page rule, even `* { all: unset !important }`. */
const HOST_STYLE: [string, string][] = [
  ['all', 'initial'], ['display', 'block'], ['position', 'fixed'], ['top', '0'], ['left', '0'], ['width', '0'],
  ['height', '0'], ['margin', '0'], ['padding', '0'], ['border', '0'], ['overflow', 'visible'], ['z-index', '2147483647'],
  ['visibility', 'visible'], ['opacity', '1'], ['transform', 'none'], ['filter', 'none'], ['contain', 'none'],
  ['pointer-events', 'auto'],
];

export interface ShowOptions {
  /** Pointer position when opened by pointer: the card goes by the line box nearest it. */
  pointer: { x: number; y: number } | null;
  /** Move focus into the card (keyboard opening). */
  focus: boolean;
  reducedMotion: boolean;
}

export class CardHost {
  readonly host: HTMLElement;
  private readonly mount: HTMLElement;
  private cleanup: (() => void) | null = null;
  private shownFor: AbstractRange | null = null;

  constructor(private readonly doc: Document) {
    this.host = doc.createElement(HOST_TAG);
    for (const [k, v] of HOST_STYLE) this.host.style.setProperty(k, v, 'important');
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    this.mount = doc.createElement('div');
    shadow.append(style, this.mount);
  }

  get isShown(): boolean {
    return this.shownFor !== null;
  }

  /** The rendered dialog element, if shown. */
  get dialog(): HTMLElement | null {
    return this.mount.querySelector('[role="dialog"]');
  }

  contains(node: Node | null): boolean {
    return node !== null && (node === this.host || this.host.shadowRoot!.contains(node));
  }

  /** Shows the card at a mark; false when the mark's text changed under it (no card). */
  show(mark: AbstractRange, data: CardData, strings: CardStrings, on: { readMore: () => void; close: () => void }, opts: ShowOptions): boolean {
    this.stopFollowing();
    // One live Range while the card shows: it follows the page's changes to keep the card in place.
    let range: Range;
    try {
      range = liveRange(mark);
    } catch {
      return false; // the text changed under the mark: the rescan will drop it
    }
    if (!this.host.isConnected) (this.doc.documentElement ?? this.doc).appendChild(this.host);
    render(<HoverCard data={data} strings={strings} onReadMore={on.readMore} onClose={on.close} />, this.mount);
    const card = this.dialog!;
    this.shownFor = mark;
    if (!opts.reducedMotion) card.setAttribute('data-entering', '');
    const rects = range.getClientRects();
    const first = rects[0];
    const px = opts.pointer?.x ?? (first ? first.left : 0);
    const py = opts.pointer?.y ?? (first ? first.bottom : 0);
    const anchor = range.startContainer.parentElement ?? undefined;
    const reference: VirtualElement = {
      // Recomputed on scroll and resize: the line box nearest where the pointer was.
      getBoundingClientRect: () => nearestLineRect(range, px, py) ?? range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
      ...(anchor ? { contextElement: anchor } : {}),
    };
    const vw = this.doc.documentElement?.clientWidth ?? 1024;
    const update = () => {
      void computePosition(reference, card, {
        strategy: 'fixed',
        placement: px > vw / 2 ? 'bottom-end' : 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          // A short viewport (200% zoom, a phone held sideways): the card scrolls within the
          // room on its side of the mention instead of running off the screen.
          size({ padding: 8, apply: ({ availableHeight, elements }) => void (elements.floating.style.maxHeight = `${Math.max(MIN_HEIGHT, Math.floor(availableHeight))}px`) }),
          shift({ padding: 8 }),
          hide(),
        ],
      }).then(({ x, y, middlewareData }) => {
        if (this.shownFor !== mark) return;
        card.style.left = `${Math.round(x)}px`;
        card.style.top = `${Math.round(y)}px`;
        card.classList.toggle('hidden', middlewareData.hide?.referenceHidden === true);
        if (card.hasAttribute('data-entering')) requestAnimationFrame(() => card.removeAttribute('data-entering'));
      });
    };
    this.cleanup = autoUpdate(reference, card, update, { animationFrame: false });
    if (opts.focus) card.focus({ preventScroll: true });
    return true;
  }

  hide(): void {
    this.stopFollowing();
    this.shownFor = null;
    render(null, this.mount);
    this.host.remove();
  }

  /** Focuses the card's link (Tab from the page while a card shows). */
  focusLink(): boolean {
    const link = this.mount.querySelector<HTMLElement>('a.more');
    link?.focus();
    return link !== null;
  }

  private stopFollowing(): void {
    this.cleanup?.();
    this.cleanup = null;
  }
}

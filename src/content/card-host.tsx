/**
 * The one `<konteks-card>` element: under <html>, with an open shadow root holding the
 * card's styles and the Preact-rendered card. Placed (../ui/card-placement.ts) beside the
 * line box nearest the pointer, kept inside the viewport, following scroll and resizes.
 */
import { render } from 'preact';
import type { CardData, StoryRef } from '../core/card.ts';
import { themeFromBackgrounds, type CardTheme } from '../ui/card-theme.ts';
import { HoverCard, type CardStrings } from '../ui/hover-card.tsx';
import { CARD_CSS } from '../ui/hover-card.css.ts';
import { placeCard } from '../ui/card-placement.ts';
import { nearestLineRect } from '../dom/hit-test.ts';
import { liveRange } from '../dom/highlighter.ts';

export const HOST_TAG = 'konteks-card';

/** The least height the card keeps when the room beside a mention is less (it then scrolls; px). */
const MIN_HEIGHT = 120;
const GAP = 6;
const PADDING = 8;

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
    // Text spacing a reader's own style sheet sets must win (WCAG 1.4.12; axe's avoid-inline-spacing):
    // not important here. The card inside sets its own, so a page's spacing still cannot reach it.
    for (const k of ['letter-spacing', 'word-spacing', 'line-height']) this.host.style.setProperty(k, 'normal');
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
  show(mark: AbstractRange, data: CardData, strings: CardStrings, on: { readMore: (story?: StoryRef) => void; close: () => void; switchLang?: (lang: string) => void; notThis?: () => void }, opts: ShowOptions): boolean {
    this.stopFollowing();
    // One live Range while the card shows: it follows the page's changes to keep the card in place.
    let range: Range;
    try {
      range = liveRange(mark);
    } catch {
      return false; // the text changed under the mark: the rescan will drop it
    }
    if (!this.host.isConnected) (this.doc.documentElement ?? this.doc).appendChild(this.host);
    render(<HoverCard data={data} strings={strings} onReadMore={on.readMore} onClose={on.close} onSwitch={on.switchLang} onNotThis={on.notThis} />, this.mount);
    const card = this.dialog!;
    const theme = pageTheme(range.startContainer);
    if (theme) card.setAttribute('data-theme', theme);
    else card.removeAttribute('data-theme');
    this.shownFor = mark;
    if (!opts.reducedMotion) card.setAttribute('data-entering', '');
    const rects = range.getClientRects();
    const first = rects[0];
    const px = opts.pointer?.x ?? (first ? first.left : 0);
    const py = opts.pointer?.y ?? (first ? first.bottom : 0);
    const win = this.doc.defaultView;
    const docEl = this.doc.documentElement;
    const alignEnd = px > (docEl?.clientWidth ?? 1024) / 2;
    let queued = false;
    let stopped = false;
    const update = () => {
      queued = false;
      if (stopped || this.shownFor !== mark) return;
      // The viewport less its scroll bars; in quirks mode <html> is as tall as the page, hence the min.
      const vw = Math.min(win?.innerWidth ?? 1024, docEl?.clientWidth || Infinity);
      const vh = Math.min(win?.innerHeight ?? 768, docEl?.clientHeight || Infinity);
      // The line box nearest where the pointer was, recomputed as the page moves.
      const ref = nearestLineRect(range, px, py) ?? range.getBoundingClientRect();
      // The card's natural height: its content's, whatever cap the last placement set.
      const box = card.getBoundingClientRect();
      const height = card.scrollHeight + (card.offsetHeight - card.clientHeight);
      const p = placeCard(ref, { width: box.width, height }, { width: vw, height: vh }, { alignEnd, gap: GAP, padding: PADDING, minHeight: MIN_HEIGHT });
      card.style.maxHeight = `${p.maxHeight}px`;
      card.style.left = `${p.x}px`;
      card.style.top = `${p.y}px`;
      card.classList.toggle('hidden', p.hidden);
      if (card.hasAttribute('data-entering')) win?.requestAnimationFrame(() => card.removeAttribute('data-entering'));
    };
    // Scrolls of the page or of any scroller around the mark (capture: scroll does not bubble), resizes, and
    // the card's own size changing; at most one placement a frame.
    const schedule = () => {
      if (queued) return;
      queued = true;
      win?.requestAnimationFrame(update);
    };
    const listen = { capture: true, passive: true } as const;
    win?.addEventListener('scroll', schedule, listen);
    win?.addEventListener('resize', schedule, listen);
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
    observer?.observe(card);
    const anchor = range.startContainer.parentElement;
    if (anchor) observer?.observe(anchor);
    this.cleanup = () => {
      win?.removeEventListener('scroll', schedule, listen);
      win?.removeEventListener('resize', schedule, listen);
      observer?.disconnect();
      stopped = true; // a frame already asked for places nothing
    };
    update();
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

/** The page's own light or dark around a mention: its nearest opaque background (a few computed styles, once a card). */
function pageTheme(node: Node): CardTheme | null {
  const win = node.ownerDocument?.defaultView;
  if (!win) return null;
  function* backgrounds(): Generator<string> {
    let el: Element | null = node.parentElement;
    for (let n = 0; el && n < 64; n++, el = el.parentElement ?? ((el.getRootNode() as Partial<ShadowRoot>).host ?? null)) {
      yield win!.getComputedStyle(el).backgroundColor;
    }
    // Transparent to the top: the browser paints the canvas white unless the page opted into dark
    // (CSS color-scheme on the root, or <meta name="color-scheme">, which the computed style does not show).
    const doc = node.ownerDocument!;
    if (!el && !/dark/.test(win!.getComputedStyle(doc.documentElement).colorScheme + doc.querySelector('meta[name=color-scheme]')?.getAttribute('content'))) yield 'rgb(255,255,255)';
  }
  return themeFromBackgrounds(backgrounds());
}

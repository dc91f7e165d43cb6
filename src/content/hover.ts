/**
 * Pointer, keyboard and touch wiring for hover cards: listens passively, hit-tests only
 * when the pointer rests, and drives the HoverController and the CardHost.
 */
import type { CardData } from '../core/card.ts';
import type { PageMark } from '../dom/page-scanner.ts';
import { markAt, marksByNode, pointInRange } from '../dom/hit-test.ts';
import type { CardStrings } from '../ui/hover-card.tsx';
import { CardHost } from './card-host.tsx';
import { HoverController, type OpenedBy } from './hover-controller.ts';

/** Pointer rest before hit-testing; the controller's delay comes on top. */
const REST_MS = 50;

export interface HoverDeps {
  doc: Document;
  win: Window;
  strings: CardStrings;
  /** Card content (from the background; cached by the caller). */
  card: (entity: string) => Promise<CardData | null>;
  readMore: (data: CardData) => void;
  /** The reader switched the card's language: remember it; the card then shows again in it. */
  switchLang: (lang: string) => Promise<void>;
  /** The reader said this mention is not ours: the card closes and the mark goes. */
  notThis: (mark: PageMark) => void;
  /** Total delay from pointer rest to card. */
  delayMs: number;
}

export class Hover {
  readonly host: CardHost;
  private readonly controller: HoverController<PageMark>;
  private marks: PageMark[] = [];
  private byNode = new Map<Node, PageMark[]>();
  private shadowRoots: ShadowRoot[] = [];
  private restTimer: ReturnType<typeof setTimeout> | null = null;
  private last = { x: -1, y: -1, inCard: false };
  private current = -1;
  private returnFocus: Element | null = null;
  private stashedTitle: { el: Element; title: string } | null = null;
  private showSeq = 0;
  private readonly abort = new AbortController();

  constructor(private readonly deps: HoverDeps) {
    this.host = new CardHost(deps.doc);
    this.controller = new HoverController<PageMark>(
      { show: (m, by) => void this.show(m, by), hide: () => this.hideCard() },
      { set: (fn, ms) => setTimeout(fn, ms), clear: (id) => clearTimeout(id as ReturnType<typeof setTimeout>) },
      Math.max(0, deps.delayMs - REST_MS),
    );
    const opts = { capture: true, passive: true, signal: this.abort.signal };
    deps.win.addEventListener('pointermove', (e) => this.onMove(e), opts);
    deps.win.addEventListener('pointerdown', (e) => this.onDown(e), opts);
    deps.win.addEventListener('keydown', (e) => this.onKey(e), { capture: true, signal: this.abort.signal });
  }

  set delayMs(ms: number) {
    this.controller.showDelay = Math.max(0, ms - REST_MS);
  }

  /** New marks after a scan: index them by text node; close a card whose mark is gone. */
  setMarks(marks: PageMark[], shadowRoots: ShadowRoot[]): void {
    this.marks = marks;
    this.shadowRoots = shadowRoots;
    this.byNode = marksByNode(marks);
    const shown = this.controller.shown;
    if (shown && !marks.some((m) => sameMark(m, shown))) this.controller.close();
  }

  /** Keyboard command: the next (1) or previous (-1) mention, scrolled into view, card open. */
  navigate(direction: 1 | -1): boolean {
    const n = this.marks.length;
    if (n === 0) return false;
    const shown = this.controller.shown;
    const at = shown ? this.marks.findIndex((m) => sameMark(m, shown)) : this.current;
    this.current = at < 0 ? (direction === 1 ? 0 : n - 1) : (at + direction + n) % n;
    const mark = this.marks[this.current]!;
    const el = mark.range.startContainer.parentElement;
    const reduced = this.deps.win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
    const active = this.deps.doc.activeElement;
    if (!this.host.contains(active)) this.returnFocus = active;
    // Open once the scroll has settled, so the card sits by the mention.
    setTimeout(() => this.controller.open(mark, 'keyboard'), reduced ? 0 : 350);
    return true;
  }

  /** Scrolls to the index-th mention of an entity (wrapping) and flashes it briefly. */
  scrollTo(entity: string, index: number): boolean {
    const of = this.marks.filter((m) => m.entity === entity);
    if (of.length === 0) return false;
    const mark = of[index % of.length]!;
    const reduced = this.deps.win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
    this.flash(mark.range);
    return true;
  }

  private flashTimer: ReturnType<typeof setTimeout> | null = null;

  private flash(range: AbstractRange): void {
    const w = this.deps.win as Window & typeof globalThis;
    try {
      if (typeof w.Highlight !== 'function') return;
      w.CSS.highlights.set('konteks-flash', new w.Highlight(range));
      if (this.flashTimer) clearTimeout(this.flashTimer);
      this.flashTimer = setTimeout(() => w.CSS.highlights.delete('konteks-flash'), 1600);
    } catch {
      // No highlight API: the scroll alone shows where it is.
    }
  }

  destroy(): void {
    this.abort.abort();
    if (this.restTimer) clearTimeout(this.restTimer);
    this.controller.close();
    this.hideCard();
  }

  private inCard(e: Event): boolean {
    return e.composedPath().includes(this.host.host);
  }

  private onMove(e: PointerEvent): void {
    if (e.pointerType === 'touch') return;
    const inCard = this.inCard(e);
    this.last = { x: e.clientX, y: e.clientY, inCard };
    const s = this.controller.state;
    // While something shows or waits, leaving it must count at once (cheap: one range's boxes).
    if (s.name !== 'idle') {
      const mark = s.mark;
      const on = !inCard && pointInRange(mark.range, e.clientX, e.clientY) ? mark : null;
      const shown = this.controller.shown;
      const onShown = shown && !inCard && shown !== mark && pointInRange(shown.range, e.clientX, e.clientY) ? shown : null;
      if (on === null) this.controller.pointer({ mark: onShown, inCard });
    }
    if (this.restTimer) clearTimeout(this.restTimer);
    this.restTimer = setTimeout(() => this.onRest(), REST_MS);
  }

  private onRest(): void {
    this.restTimer = null;
    const { x, y, inCard } = this.last;
    if (this.marks.length === 0 && this.controller.state.name === 'idle') return;
    const mark = inCard ? null : markAt(this.deps.doc, x, y, this.byNode, this.marks, this.shadowRoots);
    this.controller.pointer({ mark: this.canonical(mark), inCard });
  }

  /** The shown mark's object when `m` is the same mention (marks are rebuilt by rescans). */
  private canonical(m: PageMark | null): PageMark | null {
    const shown = this.controller.shown;
    return m && shown && sameMark(m, shown) ? shown : m;
  }

  private onDown(e: PointerEvent): void {
    if (this.inCard(e)) return;
    if (e.pointerType === 'mouse') {
      // A click elsewhere closes an open card.
      if (this.controller.shown && !pointInRange(this.controller.shown.range, e.clientX, e.clientY)) this.controller.close();
      return;
    }
    // Touch and pen: no hover. A tap on a mention opens its card; a tap elsewhere closes.
    const mark = this.canonical(markAt(this.deps.doc, e.clientX, e.clientY, this.byNode, this.marks, this.shadowRoots));
    if (mark) this.controller.open(mark, 'touch');
    else this.controller.close();
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.controller.shown && this.controller.state.name !== 'pending') return;
    if (e.key === 'Escape') {
      const focusWasInCard = this.host.contains(this.deps.doc.activeElement) || this.host.host.shadowRoot!.activeElement !== null;
      this.controller.close();
      if (focusWasInCard && this.returnFocus instanceof HTMLElement) this.returnFocus.focus({ preventScroll: true });
      return;
    }
    if (e.key === 'Tab' && !e.shiftKey && this.host.isShown && this.host.host.shadowRoot!.activeElement === null) {
      // Tab from the page moves into the card's link.
      if (this.host.focusLink()) e.preventDefault();
    }
  }

  private async show(mark: PageMark, by: OpenedBy): Promise<void> {
    const seq = ++this.showSeq;
    const data = await this.deps.card(mark.entity);
    if (seq !== this.showSeq || !data) return;
    if (this.controller.shown !== mark) return;
    this.restoreTitle();
    this.stashTitle(mark);
    const reducedMotion = this.deps.win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const shown = this.host.show(mark.range, data, this.deps.strings, {
      readMore: (story) => this.deps.readMore(story ? { ...data, article: story.article, paragraph: story.paragraph } : data),
      close: () => this.controller.close(),
      switchLang: (lang) => void this.deps.switchLang(lang).then(() => this.show(mark, by)),
      notThis: () => {
        this.controller.close();
        this.deps.notThis(mark);
      },
    }, { pointer: by === 'pointer' ? { x: this.last.x, y: this.last.y } : null, focus: by === 'keyboard', reducedMotion });
    if (!shown) this.controller.close(); // no card: the controller must not count one as shown
  }

  private hideCard(): void {
    this.showSeq++;
    this.restoreTitle();
    this.host.hide();
  }

  /** The native tooltip of an enclosing [title] would fight the card: set it aside while shown. */
  private stashTitle(mark: PageMark): void {
    const el = mark.range.startContainer.parentElement?.closest('[title]');
    if (!el) return;
    this.stashedTitle = { el, title: el.getAttribute('title') ?? '' };
    el.removeAttribute('title');
  }

  private restoreTitle(): void {
    if (!this.stashedTitle) return;
    this.stashedTitle.el.setAttribute('title', this.stashedTitle.title);
    this.stashedTitle = null;
  }
}

/** Marks are rebuilt on every scan: the same mention keeps its block, start and entity. */
function sameMark(a: PageMark, b: PageMark): boolean {
  return a === b || (a.entity === b.entity && a.start === b.start && a.block.nodes[0] === b.block.nodes[0]);
}

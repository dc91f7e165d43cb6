/**
 * Content script entry: wires the page scanner, highlights and hover cards to the
 * extension (settings, messages, commands). Runs at document_idle, does its work in
 * slices, and never lets an error of its own reach the page.
 */
import matcher from 'virtual:konteks/matcher';
import type { CardData } from '../core/card.ts';
import { isLangTag, type Lang } from '../core/dataset.ts';
import { Highlighter, highlightsSupported, type Mark } from '../dom/highlighter.ts';
import { MARK_TAG, WrapHighlighter } from '../dom/wrap-highlighter.ts';
import { PageScanner, type PageMark } from '../dom/page-scanner.ts';
import browser from '../shared/browser.ts';
import { envelope, parseMessage, type Reply } from '../shared/messages.ts';
import { refusalsFor, shownMarks } from '../core/mark-filter.ts';
import { isOnFor, withRefusal, type Settings } from '../shared/settings.ts';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings-store.ts';
import { cardStrings } from '../ui/card-strings.ts';
import { HOST_TAG } from './card-host.tsx';
import { Hover } from './hover.ts';

/** A mention as the page wrote it. */
const surfaceOf = (m: PageMark): string => m.block.text.slice(m.start, m.end);

class ContentApp {
  private scanner: PageScanner | null = null;
  /** Main-thread time spent scanning this page, all scanners together (popup, tests). */
  private readonly meter = { busyMs: 0 };
  private hover: Hover | null = null;
  /** CSS highlights; where the API is missing, wrapping in <konteks-mark>. */
  private readonly highlighter: { add(m: Mark): void; clear(): void; style?: Settings['highlightStyle'] };
  private readonly wrapMode: boolean;
  /** Every mark of the last scan, and those of the kinds the user wants shown. */
  private allMarks: PageMark[] = [];
  private marks: PageMark[] = [];
  private settings!: Settings;
  /** The refusals for this site as keys, folded once per list (paint runs after every scan). */
  private refused: { list: Settings['refusals'] | null; keys: Set<string> } = { list: null, keys: new Set() };
  private readonly cards = new Map<string, Promise<CardData | null>>();
  private lastCount = -1;

  constructor(private readonly doc: Document, private readonly win: Window & typeof globalThis) {
    this.wrapMode = !highlightsSupported(win);
    this.highlighter = this.wrapMode ? new WrapHighlighter(doc) : new Highlighter(win, 'underline');
  }

  private readonly cleanups: (() => void)[] = [];

  async init(): Promise<void> {
    this.settings = await loadSettings();
    this.cleanups.push(onSettingsChanged((s) => this.apply(s)));
    const onMessage = (raw: unknown, sender: { id?: string }) => this.onMessage(raw, sender);
    browser.runtime.onMessage.addListener(onMessage);
    this.cleanups.push(() => browser.runtime.onMessage.removeListener(onMessage));
    this.watchNavigation();
    this.apply(this.settings);
  }

  /**
   * When the extension is reloaded, updated or removed, this script is orphaned: every
   * extension API call would throw "Extension context invalidated". It notices at its next
   * piece of work (a rescan, a hover, a message) and goes quiet: listeners, observers,
   * marks and card removed (a newer script, if any, owns the page now). No port is kept
   * open for this, so idle tabs never wake the service worker.
   */
  private alive(): boolean {
    if (this.destroyed) return false;
    if (contextAlive()) return true;
    this.destroy();
    return false;
  }

  private destroyed = false;

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.turnOff();
    for (const c of this.cleanups.splice(0)) {
      try {
        c();
      } catch {
        // The API is gone with the context: nothing left to remove.
      }
    }
  }

  private get lang(): Lang | null {
    return this.settings.readingLang;
  }

  /** The page's own language, from its root `lang` attribute: the card names people as it writes them. */
  private get pageLang(): Lang | null {
    const l = this.doc.documentElement.getAttribute('lang');
    return isLangTag(l) ? l : null;
  }

  private apply(s: Settings): void {
    const langChanged = this.settings.readingLang !== s.readingLang;
    this.settings = s;
    if (langChanged) this.cards.clear();
    const on = isOnFor(s, this.win.location.hostname);
    if (!on) return this.turnOff();
    if (this.highlighter.style !== undefined && this.highlighter.style !== s.highlightStyle) {
      this.highlighter.clear();
      this.highlighter.style = s.highlightStyle;
    }
    if (!this.scanner) this.turnOn();
    else this.paint(this.allMarks);
    if (this.hover) this.hover.delayMs = s.hoverDelayMs;
  }

  private turnOn(): void {
    this.hover = new Hover({
      doc: this.doc,
      win: this.win,
      strings: cardStrings(),
      card: (entity) => this.card(entity),
      readMore: (d) => void this.send({ type: 'open-reader', article: d.article, paragraph: d.paragraph, entity: d.entity }),
      // The card's language switch is the reader's choice everywhere: remembered like the popup's.
      // Only the cards change: the storage event that follows applies the rest (apply would repaint every mark twice).
      switchLang: (lang) => {
        if (!this.alive()) return Promise.resolve();
        this.settings = { ...this.settings, readingLang: lang };
        this.cards.clear();
        return saveSettings(this.settings).catch(() => undefined);
      },
      // "Not this person": the mention's surface is refused on this site at once, and remembered.
      notThis: (mark) => {
        if (!this.alive()) return;
        this.settings = withRefusal(this.settings, { site: this.win.location.hostname, entity: mark.entity, surface: surfaceOf(mark) }, true);
        this.paint(this.allMarks);
        void saveSettings(this.settings).catch(() => undefined);
      },
      delayMs: this.settings.hoverDelayMs,
    });
    const own = new Set([HOST_TAG.toUpperCase(), MARK_TAG.toUpperCase()]);
    this.scanner = new PageScanner(this.doc, matcher, {
      paint: (marks) => {
        if (!this.alive()) return;
        this.allMarks = marks;
        this.paint(marks);
      },
      isOwn: (node) => own.has(node.nodeName),
      fullRescans: this.wrapMode,
      meter: this.meter,
    });
    void this.scanner.start();
  }

  private turnOff(): void {
    const scanner = this.scanner;
    this.scanner = null;
    scanner?.stop();
    this.hover?.destroy();
    this.hover = null;
    this.allMarks = [];
    this.marks = [];
    this.highlighter.clear();
    if (this.lastCount > 0 && contextAlive()) void this.send({ type: 'mentions-found', count: 0 });
    this.lastCount = 0;
  }

  /** Shows the marks the settings want (kinds, refusals, first mentions); reports the count. */
  private paint(all: PageMark[]): void {
    const s = this.settings;
    if (this.refused.list !== s.refusals) this.refused = { list: s.refusals, keys: refusalsFor(s.refusals, this.win.location.hostname) };
    const marks = shownMarks(all, surfaceOf, { kinds: s.kinds, firstOnly: s.firstMentionOnly, refused: this.refused.keys });
    this.marks = marks;
    this.highlighter.clear();
    // The wrap fallback splits text nodes: wrapping a later mention first leaves the earlier
    // ones' (static) offsets valid. Highlights keep document order (the page can list them).
    for (const m of this.wrapMode ? [...marks].reverse() : marks) this.highlighter.add(m);
    const roots = new Set<ShadowRoot>();
    for (const m of marks) {
      const r = m.range.startContainer.getRootNode();
      if (r !== this.doc && r instanceof ShadowRoot) roots.add(r);
    }
    this.hover?.setMarks(marks, [...roots]);
    if (marks.length !== this.lastCount) {
      this.lastCount = marks.length;
      void this.send({ type: 'mentions-found', count: marks.length });
    }
  }

  private card(entity: string): Promise<CardData | null> {
    if (!this.alive()) return Promise.resolve(null);
    let p = this.cards.get(entity);
    if (!p) {
      p = (this.send({ type: 'get-card', entity, lang: this.lang, page: this.pageLang }) as Promise<CardData | null>).then((c) => c ?? null, () => null);
      this.cards.set(entity, p);
    }
    return p;
  }

  private send(m: Parameters<typeof envelope>[0]): Promise<unknown> {
    try {
      return browser.runtime.sendMessage(envelope(m)).catch(() => null);
    } catch {
      return Promise.resolve(null); // extension reloaded: this script is orphaned
    }
  }

  private onMessage(raw: unknown, sender: { id?: string }): Promise<Reply> | undefined {
    if (sender.id !== browser.runtime.id) return undefined;
    const m = parseMessage(raw);
    if (!m) return undefined;
    if (m.type === 'navigate') {
      this.hover?.navigate(m.direction);
      return undefined;
    }
    if (m.type === 'scroll-to') {
      this.hover?.scrollTo(m.entity, m.index);
      return undefined;
    }
    if (m.type === 'get-mentions') {
      const counts = new Map<string, number>();
      for (const x of this.marks) counts.set(x.entity, (counts.get(x.entity) ?? 0) + 1);
      return Promise.resolve({
        type: 'mentions',
        host: this.win.location.hostname,
        enabled: this.scanner !== null,
        count: this.marks.length,
        entities: [...counts].map(([id, count]) => ({ id, count })),
        workMs: Math.round(this.meter.busyMs),
      });
    }
    return undefined;
  }

  /** Single-page navigation: rescan after the history changes (Navigation API where present). */
  private watchNavigation(): void {
    const rescan = () => void (this.alive() && this.scanner?.rescan());
    const nav = (this.win as unknown as { navigation?: EventTarget }).navigation;
    if (nav && typeof nav.addEventListener === 'function') {
      nav.addEventListener('navigatesuccess', rescan);
      this.cleanups.push(() => nav.removeEventListener('navigatesuccess', rescan));
    }
    this.win.addEventListener('popstate', rescan);
    this.win.addEventListener('hashchange', rescan);
    this.cleanups.push(() => {
      this.win.removeEventListener('popstate', rescan);
      this.win.removeEventListener('hashchange', rescan);
    });
  }
}

/** False once the extension was reloaded, updated or removed under this script. */
function contextAlive(): boolean {
  try {
    return typeof browser.runtime?.id === 'string';
  } catch {
    return false;
  }
}

function main(): void {
  const doc = document;
  // Only HTML documents the user reads: not XML/SVG documents, not editable ones.
  if (!(doc.documentElement instanceof HTMLElement) || doc.designMode === 'on') return;
  void new ContentApp(doc, window).init().catch(() => undefined);
}

try {
  main();
} catch {
  // Never let our failure become the page's.
}

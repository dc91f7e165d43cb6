/**
 * Finds and keeps the mentions of a live page up to date.
 *
 * - A full scan walks every root (the document, open shadow roots) block by block in
 *   time slices, matching each block with the core engine.
 * - A MutationObserver only queues records; a debounced flush rescans the blocks that
 *   changed (a huge batch becomes one full rescan). Removed text drops its marks.
 * - After each scan the document-wide short-form rule is applied again and the marks
 *   are handed to `paint` (highlights) as one list in document order.
 * DOM only: no extension API.
 */
import { BlockMatcher } from '../core/block-matcher.ts';
import { candidateSteps, resolveDocument, scanText, type Candidate } from '../core/engine.ts';
import { midWord, passesAll, prefilterOf } from '../core/prefilter.ts';
import { warmUpEngine, warmUpSweep } from '../core/warm-up.ts';
import type { CompiledMatcher } from '../core/matcher.ts';
import type { Kind } from '../core/dataset.ts';
import { createSlicer, type Slicer } from './scheduler.ts';
import { blockClassifier, BlockWalker, type BlockVisitor, type TextBlock } from './text-blocks.ts';
import { TextSweep } from './text-sweep.ts';
import { rangeFor } from './highlighter.ts';

/**
 * The one-time costs are paid once per JavaScript world (see warm-up.ts): the sweep's at
 * the first scan, the engine's before the first block to match.
 */
let sweepWarm = false;
let engineWarm = false;

/** Longest quiet time between two flushes while a storm of mutations goes on. */
const STORM_DELAY_MS = 800;

/**
 * Characters matched between two checks of the slice budget inside one block, and the
 * size past which a block is matched as it comes. Small because the first scan of a page
 * runs cold (interpreted): a step of 32 K characters took 27–35 ms there (decision 11).
 */
export const SLICE_CHARS = 8_192;

/** Only ASCII whitespace (the newlines and indents between elements): nothing to test. */
function blank(d: string): boolean {
  for (let i = 0; i < d.length; i++) if (d.charCodeAt(i) > 32) return false;
  return true;
}

export interface PageMark {
  entity: string;
  kind: Kind;
  /** A StaticRange where the browser has one (see rangeFor). */
  range: AbstractRange;
  /** The block's first text node: cheap identity for hit-testing and "next mention". */
  block: TextBlock;
  start: number;
  end: number;
}

interface Entry {
  owner: Node;
  block: TextBlock;
  candidates: Candidate[];
}

export interface PageScannerOptions {
  /** Called with every mark, in document order, after each (re)scan. */
  paint: (marks: PageMark[]) => void;
  /** Nodes that are Konteks' own UI: never scanned, their mutations ignored. */
  isOwn?: (node: Node) => boolean;
  slicer?: () => Slicer;
  /** Quiet time before queued mutations are processed. */
  flushDelayMs?: number;
  /** A batch with more records than this is handled as one full rescan. */
  maxRecords?: number;
  /** Always rescan everything (the wrap fallback changes text nodes, so blocks go stale). */
  fullRescans?: boolean;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
  /** Adds up the main-thread time the scanner uses (work slices and observer callbacks). */
  meter?: { busyMs: number };
  now?: () => number;
}

export class PageScanner {
  private entries: Entry[] = [];
  private queue: MutationRecord[] = [];
  private readonly observers: MutationObserver[] = [];
  private readonly observed = new WeakSet<Node>();
  private timer: unknown = null;
  private running: Promise<void> | null = null;
  private again = false;
  private fullPending = true;
  private stopped = false;
  private readonly opts: Required<PageScannerOptions>;
  private readonly blocks: BlockMatcher;
  /** Scans done so far (full, incremental): for tests and the benchmark. */
  readonly stats = { full: 0, incremental: 0, records: 0 };

  constructor(private readonly doc: Document, private readonly matcher: CompiledMatcher, options: PageScannerOptions) {
    this.blocks = new BlockMatcher(matcher);
    this.opts = {
      isOwn: () => false,
      slicer: () => createSlicer(),
      flushDelayMs: 50,
      maxRecords: 1000,
      fullRescans: false,
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
      meter: { busyMs: 0 },
      now: () => performance.now(),
      ...options,
    };
    this.delay = this.opts.flushDelayMs;
  }

  /** Starts scanning and watching. Resolves when the first full scan has painted. */
  start(): Promise<void> {
    this.stopped = false;
    this.fullPending = true;
    const root = this.doc.documentElement;
    if (root) this.observe(root);
    return this.kick();
  }

  /** Stops watching and drops all state; `paint([])` clears the marks. */
  stop(): void {
    this.stopped = true;
    for (const o of this.observers) o.disconnect();
    this.observers.length = 0;
    this.queue = [];
    this.entries = [];
    if (this.timer !== null) this.opts.clearTimer(this.timer);
    this.timer = null;
    this.opts.paint([]);
  }

  /** Requests a full rescan (single-page navigation, settings change). */
  rescan(): Promise<void> {
    this.fullPending = true;
    return this.kick();
  }

  /** No queued records, no pending flush, no scan running. */
  get quiet(): boolean {
    return this.timer === null && this.running === null && this.queue.length === 0;
  }

  /** Resolves once queued work is done (tests, benchmark). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private observe(root: Node): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    // The callback only queues: no work inside it.
    const o = new MutationObserver((records) => this.enqueue(records));
    o.observe(root, { childList: true, characterData: true, subtree: true });
    this.observers.push(o);
  }

  private enqueue(records: MutationRecord[]): void {
    if (this.stopped) return;
    const t0 = this.opts.now();
    try {
      this.queueRecords(records);
    } finally {
      this.opts.meter.busyMs += this.opts.now() - t0;
    }
  }

  private queueRecords(records: MutationRecord[]): void {
    this.stats.records += records.length;
    // A full rescan is coming anyway (a storm): nothing to note, only make sure it runs.
    if (!this.fullPending) {
      for (const r of records) {
        if (this.isOwnRecord(r)) continue;
        if (this.queue.length < this.opts.maxRecords) this.queue.push(r);
        else {
          this.fullPending = true; // a storm: one full rescan instead
          this.stormy = true;
          this.queue = [];
          break;
        }
      }
    }
    if (this.queue.length > 0 || this.fullPending) this.schedule();
  }

  /** A flush after the quiet time, unless one is due already. */
  private schedule(): void {
    if (this.timer !== null) return;
    this.timer = this.opts.setTimer(() => {
      this.timer = null;
      void this.kick();
    }, this.delay);
  }

  private isOwnRecord(r: MutationRecord): boolean {
    const own = this.opts.isOwn;
    if (own(r.target)) return true;
    if (r.type !== 'childList') return false;
    const { addedNodes: added, removedNodes: removed } = r;
    if (added.length + removed.length === 0) return false;
    for (let i = 0; i < added.length; i++) if (!own(added[i]!)) return false;
    for (let i = 0; i < removed.length; i++) if (!own(removed[i]!)) return false;
    return true;
  }

  private kick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.work();
        } while (this.again && !this.stopped);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** Quiet time before the next flush: doubles while storms last (up to STORM_DELAY_MS), so a page that never stops mutating costs little. */
  private delay = 0;
  private stormy = false;

  /** When the current synchronous stretch of work began (for the meter). */
  private sliceStart = 0;

  private async work(): Promise<void> {
    if (this.stopped) return;
    this.delay = this.stormy ? Math.min(STORM_DELAY_MS, Math.max(this.delay, this.opts.flushDelayMs) * 2) : this.opts.flushDelayMs;
    this.stormy = false;
    this.sliceStart = this.opts.now();
    try {
      await this.workSlices();
    } finally {
      this.opts.meter.busyMs += this.opts.now() - this.sliceStart;
    }
  }

  /** Runs the rest of `steps` (warm-up, a long text's chunks, a long block's rules), each in its own slice; false when stopped meanwhile. */
  private async stepped(steps: Iterator<unknown>, slicer: Slicer): Promise<boolean> {
    while (!steps.next().done) if (!(await this.pause(slicer))) return false;
    return true;
  }

  /** Ends the current slice (metered) and gives the page its thread back; false when stopped meanwhile. */
  private async pause(slicer: Slicer): Promise<boolean> {
    this.opts.meter.busyMs += this.opts.now() - this.sliceStart;
    await slicer.yield();
    this.sliceStart = this.opts.now();
    return !this.stopped;
  }

  private async workSlices(): Promise<void> {
    const slicer = this.opts.slicer();
    if (!sweepWarm) {
      // The page's first scan: the sweep's one-time costs in a slice of their own (see warm-up.ts).
      sweepWarm = true;
      if (!(await this.stepped(warmUpSweep(this.matcher), slicer))) return;
    }
    if (this.fullPending || (this.opts.fullRescans && this.queue.length > 0)) {
      this.fullPending = false;
      this.queue = [];
      const body = this.doc.body ?? this.doc.documentElement;
      if (!body) return;
      const entries = await this.scanRoots([body], slicer);
      if (entries === null) return;
      this.entries = entries;
      this.stats.full++;
    } else if (this.queue.length > 0) {
      const records = this.queue;
      this.queue = [];
      const owners = this.dirtyOwners(records);
      // Removed text: drop the entries it held.
      let entries = this.entries.filter((e) => e.block.nodes.every((n) => n.isConnected));
      for (const owner of owners) entries = entries.filter((e) => !(e.owner === owner || owner.contains(e.owner)));
      const fresh = await this.scanRoots(owners, slicer);
      if (fresh === null) return;
      this.entries = entries.concat(fresh);
      this.stats.incremental++;
    } else return;
    // Painting makes a range per mark: its own slice when the scan used the budget up.
    if (slicer.shouldYield() && !(await this.pause(slicer))) return;
    await this.paint(slicer);
  }

  /** The block owners to rescan for a batch of records, outermost only. */
  private dirtyOwners(records: MutationRecord[]): Node[] {
    const classify = blockClassifier(this.doc);
    const owners = new Set<Node>();
    for (const r of records) {
      const target = r.type === 'characterData' ? r.target.parentNode : r.target;
      if (!target || !target.isConnected) continue;
      let owner: Node | null;
      if (target.nodeType === 1) owner = classify(target as Element);
      else if (target.nodeType === 11) owner = target; // a shadow root
      else continue;
      if (owner) owners.add(owner);
    }
    const list = [...owners];
    return list.filter((o) => !list.some((p) => p !== o && p.contains(o)));
  }

  /** Scans roots in slices; null when stopped meanwhile. Keeps only blocks with candidates. */
  private async scanRoots(roots: Node[], slicer: Slicer): Promise<Entry[] | null> {
    const out: Entry[] = [];
    const m = this.matcher;
    const mayContain = prefilterOf(m.prefilter);
    const streaming = this.blocks;
    // The current block: its owner, text nodes and their text as read (the DOM may change
    // while we pause). Each node is put to the prefilter on its own (no string building);
    // only a block that may hold an alias is joined and matched, at close. A block that
    // grows past SLICE_CHARS is matched as it comes: each SLICE_CHARS of its text joined
    // into one batch, matched in chunks (one automaton call per batch, not per node: a
    // paragraph of thousands of links made that thousands of calls in one cold task).
    let owner: Node | null = null;
    let nodes: Text[] = [];
    let data: string[] = [];
    let length = 0;
    let maybe = false;
    let cut = false;
    /** The block's last text that is not empty. */
    let last = '';
    // Texts (and characters) of a long block already fed to the matcher; the block is
    // matched as it comes once its first batch went (fed > 0).
    let fed = 0;
    let fedLength = 0;
    // The arrays are reused from block to block, unless a kept block took them.
    let kept = false;
    const visitor: BlockVisitor = {
      open: (o) => {
        owner = o;
        if (kept) {
          nodes = [];
          data = [];
          kept = false;
        } else {
          nodes.length = 0;
          data.length = 0;
        }
        length = fed = fedLength = 0;
        maybe = cut = false;
        last = '';
      },
      text: (node) => {
        const d = node.data;
        if (!maybe && fed === 0 && !blank(d)) {
          if (mayContain(d)) maybe = true;
          else if (midWord(last, d)) cut = true;
        }
        if (d.length > 0) last = d; // an empty text between two halves of a word must not hide the cut
        nodes.push(node);
        data.push(d);
        length += d.length;
        if (length - fedLength <= SLICE_CHARS) return;
        if (fed === 0) streaming.begin();
        const batch = data.slice(fed).join('');
        fed = data.length;
        fedLength = length;
        return streaming.pieceInChunks(batch, SLICE_CHARS);
      },
      close: () => {
        if (fed === 0 && !maybe && !cut) return false;
        const text = data.join('');
        if (fed === 0 && !maybe && !mayContain(text)) return true;
        if (fed > 0 && fed < data.length) streaming.piece(data.slice(fed).join('')); // the rest: under SLICE_CHARS
        // The block's arrays are its own from here: a long block's rules run in steps (the
        // caller pauses between them), and the next block may open meanwhile.
        kept = true;
        return keep(owner!, text, nodes, data, fed > 0 ? candidateSteps(m, text, streaming.end()) : scanText(m, text));
      },
    };
    /** Keeps a matched block that has candidates (after its remaining steps, if any). */
    function* keep(o: Node, text: string, blockNodes: Text[], texts: string[], steps: Candidate[] | Generator<void, Candidate[]>): Generator<void, void> {
      const candidates = Array.isArray(steps) ? steps : yield* steps;
      if (candidates.length === 0) return;
      const starts: number[] = [];
      let at = 0;
      for (const d of texts) {
        starts.push(at);
        at += d.length;
      }
      out.push({ owner: o, block: { text, nodes: blockNodes, starts }, candidates });
    }
    const shouldYield = () => slicer.shouldYield();
    const queue = [...roots];
    for (let root = queue.shift(); root !== undefined; root = queue.shift()) {
      // The sweep finds the few blocks whose text may hold a mention (see text-sweep.ts) and
      // hands each back with its text nodes, or as a whole owner to walk block by block.
      // Without a prefilter (a dataset of many thousand aliases) it hands back the root at once.
      const sweep = new TextSweep(root, mayContain, {
        shouldYield,
        all: passesAll(m.prefilter),
        onShadowRoot: (shadow) => {
          if (this.opts.isOwn(shadow.host)) return;
          this.observe(shadow);
          queue.push(shadow);
        },
      });
      for (let step = sweep.run(); step !== 'done'; step = sweep.run()) {
        if (step === 'yield') {
          if (!(await this.pause(slicer))) return null;
          continue;
        }
        if (!engineWarm) {
          // The first block to match: the engine's one-time costs first, each in its own slice.
          engineWarm = true;
          if (!(await this.stepped(warmUpEngine(m), slicer))) return null;
        }
        if (step.nodes !== null) {
          // One block: the sweep found its text nodes (a long one is matched in chunks).
          visitor.open(step.owner);
          for (const node of step.nodes) {
            const more = visitor.text(node);
            if (more && !(await this.stepped(more, slicer))) return null;
          }
          const closed = visitor.close();
          if (typeof closed === 'object' && !(await this.stepped(closed, slicer))) return null;
        } else {
          // A whole owner, walked block by block. It can hold blocks found before ("<div>text
          // <p>Putin</p> Putin…</div>"): they go. Blocks come in document order, so those it holds are the last ones.
          const owner = step.owner;
          while (out.length > 0 && owner.contains(out[out.length - 1]!.owner)) out.pop();
          const walk = new BlockWalker(owner, visitor, { shouldYield });
          while (!walk.run()) if (!(await this.pause(slicer))) return null;
        }
        if (shouldYield() && !(await this.pause(slicer))) return null;
      }
      if (sweep.lost) {
        // The page took away the node the sweep was to resume from: sweep everything again, later.
        this.fullPending = true;
        this.schedule();
      }
    }
    return out;
  }

  /** Resolves the short forms across the page, makes the marks' ranges (pausing between batches: a page may have thousands) and hands them to `paint`. */
  private async paint(slicer: Slicer): Promise<void> {
    const entries = this.entries;
    entries.sort((a, b) => {
      if (a.owner === b.owner) return 0;
      const pos = a.block.nodes[0]!.compareDocumentPosition(b.block.nodes[0]!);
      return pos & 4 /* FOLLOWING */ ? -1 : pos & 2 /* PRECEDING */ ? 1 : 0;
    });
    const resolved = resolveDocument(this.matcher, entries.map((e) => ({ text: e.block.text, candidates: e.candidates })));
    const marks: PageMark[] = [];
    let made = 0;
    for (let i = 0; i < resolved.length; i++) {
      const block = entries[i]!.block;
      for (const m of resolved[i]!) {
        try {
          marks.push({ entity: m.entity, kind: m.kind, range: rangeFor(this.doc, block, m.start, m.end), block, start: m.start, end: m.end });
        } catch {
          // The text changed under us since the scan: the queued mutation rescans it.
        }
        if ((++made & 255) === 0 && slicer.shouldYield() && !(await this.pause(slicer))) return;
      }
    }
    // Painting may change the DOM (the wrap fallback): those records are ours, drop them.
    this.opts.paint(marks);
    for (const o of this.observers) o.takeRecords();
  }
}

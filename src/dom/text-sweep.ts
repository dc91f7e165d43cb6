/**
 * The fast path of a scan: finds the few places under a root whose text may hold a
 * mention, doing as little JavaScript per node as it can. Konteks runs once per page
 * load, so its code runs cold (interpreted) on most pages: every statement per node
 * costs, while the browser's native code (TreeWalker filtering, RegExp) runs at full
 * speed from the first call.
 *
 * - One native TreeWalker that shows text nodes only: elements never reach JavaScript.
 * - Per text node, one native RegExp test (the prefilter: false means no alias lies in
 *   it) and a check that no word is cut at the border with the previous text node. Where
 *   one is, the prefilter tests the word around the cut (`cutWindow`) before the owners
 *   are looked up.
 * - A node that may hold a mention is handed back with its block: the text nodes around
 *   it up to the nearest block border (a block or skipped element, the owner's edge),
 *   found by looking at a few neighbours (so a hit in text that <body> holds directly does
 *   not cost a walk of the whole page). The sweep then goes on after the block. Where the
 *   block is too long to find that way, the whole owner (paragraph, cell, list item…) is
 *   handed back instead, for the caller to walk with `BlockWalker` (resumable), and the
 *   sweep goes on after the owner's subtree. Text in skipped subtrees (scripts, hidden,
 *   editable) is found out by the owner lookup and passed over.
 * - Open shadow roots: one pass over the root's elements at the end, native except for
 *   the `shadowRoot` read.
 * DOM only: no extension API.
 */
import { cutWindow, midWord, runBefore } from '../core/prefilter.ts';
import { blockClassifier } from './text-blocks.ts';

/** Text nodes longer than this are not tested in one go: their block is handed back (skipped text passed over unread), and the caller matches it in chunks. */
const LONG = 4096;

/** Nodes (or elements) between two checks of `shouldYield`. */
const CHECK_EVERY = 64;

export interface SweepOptions {
  /** Open shadow roots under the root whose host is not in a skipped subtree. */
  onShadowRoot?: (root: ShadowRoot) => void;
  shouldYield?: () => boolean;
  /** Every text may hold a mention (the prefilter stepped aside): hand back the root itself, then look for shadow roots. */
  all?: boolean;
}

/** Nodes looked at on each side of a hit to find its block, before handing back the whole owner instead. */
const LOCAL = 128;

/** No carried piece borders: shared, never changed (a text node's step allocates nothing for it). */
const NO_CUTS: readonly number[] = [];

/** A block to scan: its owner and text nodes, or null nodes when the caller walks all of the owner. */
export interface SweptBlock {
  owner: Node;
  nodes: Text[] | null;
}

/** What `run` stopped for: a block to scan, the end, or a pause. */
export type SweepStep = SweptBlock | 'done' | 'yield';

export class TextSweep {
  private readonly walker: TreeWalker;
  /** Elements and text, for the look around a hit (made on the first hit). */
  private local: TreeWalker | null = null;
  private readonly ownerOf: (el: Element) => Node | null;
  private next: Node | null;
  private prev: Text | null = null;
  /** The word run carried into `prev` from a cut border at its start ('' when none; see `runBefore`). */
  private carry: string | null = '';
  /**
   * Where the carried run's pieces (text nodes) begin in it, after its first. Its borders
   * were not looked up (decision 18): any may be a block border ("Share</li><li>Pu<b>tin"),
   * and a mention may begin at one.
   */
  private cuts: readonly number[] = NO_CUTS;
  /** Shadow-root pass: the root's elements and where it is; null until the text pass ends. */
  private elements: ArrayLike<Element> | null = null;
  private at = 0;
  /** True when the page removed the node the sweep was to go on from (it then ends early). */
  lost = false;

  constructor(
    private readonly root: Node,
    private readonly mayContain: (text: string) => boolean,
    private readonly opts: SweepOptions = {},
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    this.ownerOf = blockClassifier(root);
    this.next = root.nodeType === 3 ? null : this.walker.nextNode();
  }

  /** The block owner of a text node, or null when its text is never read. */
  private owner(node: Node): Node | null {
    const parent = node.parentNode;
    if (parent === null) return null;
    return parent.nodeType === 1 ? this.ownerOf(parent as Element) : parent; // a shadow root or document fragment
  }

  /** Sweeps on until a block to scan is found, the end, or a pause. */
  run(): SweepStep {
    const { walker, mayContain } = this;
    if (this.next !== null && !this.root.contains(this.next)) {
      // Where it stopped was removed while it paused: the rest is for another scan.
      this.lost = true;
      this.next = null;
    }
    if (this.opts.all && this.next !== null) {
      this.next = null;
      return { owner: this.root, nodes: null };
    }
    let n = this.next;
    let prev = this.prev;
    // The previous text as read, kept: reading `data` again crosses into the browser.
    let before = prev === null ? '' : prev.data;
    let carry = this.carry;
    let cuts = this.cuts;
    let count = 0;
    while (n !== null) {
      const d = (n as Text).data;
      // Looked up once, and only for a text that may matter (undefined: not yet).
      let owner: Node | null | undefined;
      // A long text is not tested here.
      let hit = d.length > LONG || mayContain(d);
      let run: string | null = '';
      let runCuts = NO_CUTS;
      if (!hit && midWord(before, d)) {
        // A word cut by the border: the prefilter on the text around the border first (most
        // cuts hold no anchor: "Share|Tweet"), then the owners, as it only matters inside one
        // block: minified pages put blocks edge to edge ("…word</li><li>Word…").
        run = runBefore(carry, before);
        // All of `before` continues the carried run: its start is one more piece border.
        runCuts = run !== null && carry !== null && carry !== '' && run.length === carry.length + before.length ? [...cuts, carry.length] : NO_CUTS;
        const around = cutWindow(run, d);
        hit = (around === null || mayContain(around) || runCuts.some((c) => mayContain(around.slice(c)))) && this.owner(prev!) === (owner = this.owner(n));
      }
      if (hit) {
        if (owner === undefined) owner = this.owner(n);
        if (owner !== null) {
          this.prev = null;
          this.carry = '';
          this.cuts = NO_CUTS;
          const nodes = this.blockAround(n as Text, owner);
          if (nodes !== null) {
            // Go on after the block.
            walker.currentNode = nodes[nodes.length - 1]!;
            this.next = walker.nextNode();
            return { owner, nodes };
          }
          // Go on after the owner's subtree (the caller walks all of it); at the root, stop.
          this.next = this.after(owner);
          return { owner, nodes: null };
        }
      }
      // An empty text between two halves of a word ("Pu", "", "tin") must not hide the cut.
      if (d.length > 0) {
        prev = n as Text;
        before = d;
        carry = run;
        cuts = runCuts;
      }
      n = walker.nextNode();
      if (++count === CHECK_EVERY) {
        count = 0;
        if (n !== null && this.opts.shouldYield?.()) {
          this.next = n;
          this.prev = prev;
          this.carry = carry;
          this.cuts = cuts;
          return 'yield';
        }
      }
    }
    this.next = null;
    return this.shadowRoots();
  }

  /**
   * The text nodes of `hit`'s block, in order: its neighbours with the same owner, up to
   * an element that is a block, is skipped or is another owner's, or the owner's edge.
   * Null when either side runs past LOCAL nodes.
   */
  private blockAround(hit: Text, owner: Node): Text[] | null {
    const w = (this.local ??= (this.root.ownerDocument ?? (this.root as Document)).createTreeWalker(this.root, 5 /* SHOW_ELEMENT | SHOW_TEXT */));
    const before: Text[] = [];
    w.currentNode = hit;
    for (let x = w.previousNode(), k = 0; x !== null && x !== owner; x = w.previousNode()) {
      if (++k > LOCAL) return null;
      if (!this.inBlock(x, owner)) break;
      if (x.nodeType === 3) before.push(x as Text);
    }
    const nodes = before.reverse();
    nodes.push(hit);
    // Forward: up to the first node that is not in the block, or the end of the owner's subtree.
    const end = this.nodeAfter(owner);
    w.currentNode = hit;
    for (let x = w.nextNode(), k = 0; x !== null && x !== end; x = w.nextNode()) {
      if (++k > LOCAL) return null;
      if (!this.inBlock(x, owner)) break;
      if (x.nodeType === 3) nodes.push(x as Text);
    }
    return nodes;
  }

  /** True when `x` (met next to a block's text) belongs to the same block: inline under the same owner. */
  private inBlock(x: Node, owner: Node): boolean {
    return (x.nodeType === 1 ? this.ownerOf(x as Element) : this.owner(x)) === owner;
  }

  /** The node that follows `node`'s subtree in document order, within the root (null at the end). */
  private nodeAfter(node: Node): Node | null {
    let x: Node | null = node;
    while (x !== null && x !== this.root && x.nextSibling === null) x = x.parentNode;
    return x === null || x === this.root ? null : x.nextSibling;
  }

  /** The first text node after `node`'s subtree, within the root (found by hand: TreeWalker.nextSibling is not what we need, and DOM doubles disagree on it). */
  private after(node: Node): Node | null {
    const sibling = this.nodeAfter(node);
    if (sibling === null) return null;
    this.walker.currentNode = sibling;
    return sibling.nodeType === 3 ? sibling : this.walker.nextNode();
  }

  private shadowRoots(): 'done' | 'yield' {
    const found = this.opts.onShadowRoot;
    if (!found) return 'done';
    const root = this.root as ParentNode & Node;
    this.elements ??= root.nodeType === 1 || root.nodeType === 9 ? (root as Element).getElementsByTagName('*') : (root.querySelectorAll?.('*') ?? []);
    const els = this.elements;
    // Read once per run: `length` of a live collection is a call into the browser each time.
    const length = els.length;
    for (let i = this.at; i < length; i++) {
      const shadow = els[i]!.shadowRoot;
      if (shadow !== null && this.ownerOf(shadow.host) !== null) found(shadow);
      if ((i & 255) === 255 && i + 1 < length && this.opts.shouldYield?.()) {
        this.at = i + 1;
        return 'yield';
      }
    }
    this.at = length;
    return 'done';
  }
}

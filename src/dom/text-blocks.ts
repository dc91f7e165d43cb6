/**
 * Visible text of a DOM tree as blocks (paragraphs, cells, list items): mentions are
 * matched inside one block, across inline elements ("Sergey <b>Lavrov</b>"), never
 * across blocks. Shared by the content script and the scan command, so both see the
 * same text. DOM only: no extension API.
 */

export interface TextBlock {
  /** The block's text: its text nodes' data, concatenated. */
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: number[];
}

/** Elements whose text is not page prose, or that the user edits. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'head', 'title', 'math',
  'konteks-card',
]);

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
  'br', 'img', 'td', 'frameset', 'frame',
]);

/** The node a text node's block belongs to (an element, or a shadow root for the inline text at its top), or null when the text must be skipped. */
type BlockOf = (parent: Element) => Node | null;

/**
 * A memoised classifier: each element is looked at once per walk. Iterative, so a
 * 10,000-deep page cannot exhaust the stack.
 */
export function blockClassifier(root: Node): BlockOf {
  const memo = new Map<Element, Node | null>();
  const chain: Element[] = [];
  return (start: Element): Node | null => {
    // Climb to the first element whose answer is known (or the top), then resolve downwards.
    let up: Node | null | undefined;
    for (let el: Element | null = start; el !== null; el = el === root ? null : el.parentElement) {
      up = memo.get(el);
      if (up !== undefined) break;
      chain.push(el);
    }
    let result: Node | null = up === undefined ? null : up;
    let top = up === undefined;
    while (chain.length > 0) {
      const el = chain.pop()!;
      if (top) {
        // The topmost element is its own block, unless it is inline at the top of a shadow
        // tree: then its text runs on with its siblings' in the shadow root's block.
        const parent = el.parentNode;
        result = isSkipped(el) ? null : el !== root && parent !== null && parent.nodeType === 11 && !BLOCK.has(el.localName) ? parent : el;
        top = false;
      } else result = result === null || isSkipped(el) ? null : BLOCK.has(el.localName) ? el : result;
      memo.set(el, result);
    }
    return result;
  };
}

function isEditable(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  return v !== null && v !== 'false';
}

/** True when an element's subtree is never read (script, form field, editable, hidden, ours). */
function isSkipped(el: Element): boolean {
  if (SKIP.has(el.localName)) return true;
  // Most elements have no `hidden` or `contenteditable`: one cheap check first.
  return el.hasAttributes() && (el.hasAttribute('hidden') || isEditable(el));
}

/** Per element name: skipped subtree, block boundary, may host a shadow root. */
const F_SKIP = 1;
const F_BLOCK = 2;
const F_HOST = 4;
const FLAGS: Record<string, number> = Object.create(null) as Record<string, number>;
for (const name of BLOCK) FLAGS[name] = F_BLOCK;
for (const name of SKIP) FLAGS[name] = F_SKIP;
// Only these built-ins (and custom elements, whose names are unknown here) can host a shadow root.
for (const name of ['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']) {
  FLAGS[name] = (FLAGS[name] ?? 0) | F_HOST;
}
// Common inline elements: nothing to check.
for (const name of ['a', 'b', 'i', 'em', 'strong', 'small', 'sup', 'sub', 'code', 'abbr', 'cite', 'q', 'time', 'mark', 'u', 's', 'label', 'font', 'wbr', 'svg', 'path', 'g', 'picture', 'source']) {
  FLAGS[name] ??= 0;
}
const F_UNKNOWN = F_HOST;

/** What a walk reports: blocks opening and closing, and each text node in between. */
export interface BlockVisitor {
  open(owner: Node): void;
  /** May return an iterator: the walk drains it, pausing between its steps (long texts). */
  text(node: Text): Iterator<unknown> | void;
  /**
   * True when closing the block took real work (it was matched): the walk then asks whether
   * to yield. May return an iterator (a long block's rules): the walk drains it, pausing
   * between its steps.
   */
  close(): boolean | Iterator<unknown> | void;
}

export interface WalkOptions {
  /** Called with each open shadow root met on the way (scanned as roots of their own). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Asked every few dozen nodes: true makes `run` return (the caller gives the page its thread back). */
  shouldYield?: () => boolean;
}

/** Elements under `root` skipped for their attributes (hidden, editable): one native query per walk. */
function skippedByAttribute(root: Node): Set<Element> {
  const found = (root as ParentNode).querySelectorAll?.('[hidden],[contenteditable]');
  const out = new Set<Element>();
  if (found) for (const el of found) if (el.hasAttribute('hidden') || isEditable(el)) out.add(el);
  return out;
}

/**
 * Walks the visible text under `root` (a document, element or shadow root) block by
 * block, in document order, calling a visitor. One TreeWalker, moved by hand (first
 * child, next sibling, parent) so entering and leaving elements is known without asking
 * each node for its parent; per element one name lookup (and a shadow-root check only
 * where one can exist); skipped subtrees (scripts, form fields, editable islands, hidden)
 * are never entered. `run` goes until done or until asked to yield, and picks up from
 * there on the next call, so a caller can give the page its main thread back.
 */
export class BlockWalker {
  private readonly walker: TreeWalker | null;
  private readonly skipped: Set<Element>;
  /** Block owners of the open ancestors; `owner` is the current one. */
  private readonly owners: Node[] = [];
  private owner: Node;
  private open: Node | null = null;
  /** Set when a block-level element (a <br> included) is met: the next text starts a block. */
  private boundary = false;
  private next: Node | null;
  private pending: Iterator<unknown> | null = null;

  constructor(root: Node, private readonly visitor: BlockVisitor, private readonly opts: WalkOptions = {}) {
    this.owner = root;
    const off = root.nodeType === 1 && isSkipped(root as Element);
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = off ? null : doc.createTreeWalker(root, 5 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
    this.skipped = off ? new Set() : skippedByAttribute(root);
    this.next = this.walker?.firstChild() ?? null;
  }

  /** Walks until the end (true) or until `shouldYield` says so or a long text is in progress (false). */
  run(): boolean {
    const walker = this.walker;
    if (walker === null) return true;
    if (this.pending !== null) {
      if (!this.pending.next().done) return false;
      this.pending = null;
    }
    const { visitor, skipped, owners } = this;
    const onShadowRoot = this.opts.onShadowRoot;
    const shouldYield = this.opts.shouldYield;
    let owner = this.owner;
    let n = this.next;
    let count = 0;
    let matched = false;
    while (n !== null) {
      let more: Iterator<unknown> | void = undefined;
      if (n.nodeType === 1) {
        const el = n as Element;
        const f = FLAGS[el.localName] ?? F_UNKNOWN;
        if (!(f & F_SKIP) && !(skipped.size > 0 && skipped.has(el))) {
          if (f & F_BLOCK) this.boundary = true;
          if (f & F_HOST && onShadowRoot) {
            const shadow = el.shadowRoot;
            if (shadow) onShadowRoot(shadow);
          }
          const child = walker.firstChild();
          if (child !== null) {
            owners.push(owner);
            if (f & F_BLOCK) owner = el;
            n = child;
            continue;
          }
        } else this.boundary = true; // no mention spans text that is not read (a range over it would paint an editable island)
      } else {
        if (owner !== this.open || this.boundary) {
          if (this.open !== null) {
            const closed = visitor.close();
            if (closed) matched = true;
            if (typeof closed === 'object' && !closed.next().done) {
              // The block's rules go on in steps: this text opens the next block after them.
              this.open = null;
              this.owner = owner;
              this.next = n;
              this.pending = closed;
              return false;
            }
          }
          visitor.open(owner);
          this.open = owner;
          this.boundary = false;
        }
        // A long block's text is matched as it comes: its first chunk now, and only a text
        // with more chunks left pauses the walk (a pause per small text node was a trip
        // through the event loop each: thousands on one long paragraph of links).
        const chunks = visitor.text(n as Text);
        if (chunks && !chunks.next().done) more = chunks;
      }
      // Next sibling, or the next sibling of the nearest ancestor that has one.
      let next = walker.nextSibling();
      while (next === null && owners.length > 0) {
        walker.parentNode();
        owner = owners.pop()!;
        next = walker.nextSibling();
      }
      n = next;
      // Ask whether to yield every 64 nodes, and after a block that was matched.
      if (more || ((matched || (++count & 63) === 0) && shouldYield?.())) {
        this.owner = owner;
        this.next = n;
        this.pending = more || null;
        return false;
      }
      matched = false;
    }
    this.next = null;
    const closed = this.open !== null ? visitor.close() : undefined;
    this.open = null;
    if (typeof closed === 'object' && !closed.next().done) {
      // The last block's rules go on in steps; the walk ends once they are done.
      this.pending = closed;
      return false;
    }
    return true;
  }
}

/** All text blocks under `root` (blocks of only whitespace left out). */
export function collectBlocks(root: Node, opts: Pick<WalkOptions, 'onShadowRoot'> = {}): (TextBlock & { owner: Node })[] {
  const out: (TextBlock & { owner: Node })[] = [];
  let current: TextBlock & { owner: Node } = { text: '', nodes: [], starts: [], owner: root };
  const visitor: BlockVisitor = {
    open: (owner) => {
      current = { text: '', nodes: [], starts: [], owner };
    },
    text: (node) => {
      current.starts.push(current.text.length);
      current.nodes.push(node);
      current.text += node.data;
    },
    close: () => {
      if (/\S/.test(current.text)) out.push(current);
    },
  };
  const walk = new BlockWalker(root, visitor, opts);
  while (!walk.run());
  return out;
}

/** The index of the node holding a block offset; `end` picks the earlier node at a node border. */
export function nodeIndexAt(block: TextBlock, offset: number, end = false): number {
  const { starts } = block;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid]!;
    if (s < offset || (!end && s === offset)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The (node, offset) of a block offset; `end` picks the earlier node at a node border. */
export function locate(block: TextBlock, offset: number, end = false): [Text, number] {
  const i = nodeIndexAt(block, offset, end);
  return [block.nodes[i]!, offset - block.starts[i]!];
}

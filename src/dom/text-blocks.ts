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

/** The element a text node's block belongs to, or null when the text must be skipped. */
export type BlockOf = (parent: Element) => Element | null;

/**
 * A memoised classifier: each element is looked at once per walk. Iterative, so a
 * 10,000-deep page cannot exhaust the stack.
 */
export function blockClassifier(root: Node): BlockOf {
  const memo = new Map<Element, Element | null>();
  const chain: Element[] = [];
  return (start: Element): Element | null => {
    // Climb to the first element whose answer is known (or the top), then resolve downwards.
    let up: Element | null | undefined;
    for (let el: Element | null = start; el !== null; el = el === root ? null : el.parentElement) {
      up = memo.get(el);
      if (up !== undefined) break;
      chain.push(el);
    }
    let result: Element | null = up === undefined ? null : up;
    let top = up === undefined;
    while (chain.length > 0) {
      const el = chain.pop()!;
      if (top) {
        // The topmost element (the root, or the top of a shadow tree) is its own block.
        result = isSkipped(el) ? null : el;
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
export function isSkipped(el: Element): boolean {
  if (SKIP.has(el.localName)) return true;
  // Most elements have no `hidden` or `contenteditable`: one cheap check first.
  return el.hasAttributes() && (el.hasAttribute('hidden') || isEditable(el));
}

export interface BlockOptions {
  blockOf?: BlockOf;
  /** Called with each open shadow root met on the way (scanned as roots of their own). */
  onShadowRoot?: (root: ShadowRoot) => void;
}

/**
 * The text blocks under `root` (a document, element or shadow root), one at a time, so
 * a caller can stop between blocks and give the page its main thread back. Skipped
 * subtrees (scripts, form fields, editable islands, hidden) are never entered.
 */
export function* iterateBlocks(root: Node, opts: BlockOptions = {}): Generator<TextBlock & { owner: Element | null }> {
  const blockOf = opts.blockOf ?? blockClassifier(root);
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 5 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  let current: (TextBlock & { owner: Element | null }) | null = null;
  // Set when a block-level element (a <br> included) is met: the next text starts a block.
  let boundary = false;
  let n: Node | null = walker.nextNode();
  while (n !== null) {
    if (n.nodeType === 1) {
      const el = n as Element;
      if (BLOCK.has(el.localName)) boundary = true;
      if (isSkipped(el)) {
        // Skip the whole subtree: next sibling, or the next sibling of an ancestor.
        let next: Node | null = walker.nextSibling();
        while (next === null && walker.parentNode() !== null) next = walker.nextSibling();
        n = next;
        continue;
      }
      const shadow = el.shadowRoot;
      if (shadow && opts.onShadowRoot) opts.onShadowRoot(shadow);
      n = walker.nextNode();
      continue;
    }
    const text = n as Text;
    const parent = text.parentElement;
    // Text directly under a shadow root belongs to that root's own block.
    const block = parent !== null ? blockOf(parent) : text.parentNode === root ? (root as unknown as Element) : null;
    if (block !== null) {
      if (current === null || block !== current.owner || boundary) {
        boundary = false;
        if (current !== null && /\S/.test(current.text)) yield current;
        current = { text: '', nodes: [], starts: [], owner: block };
      }
      current.starts.push(current.text.length);
      current.nodes.push(text);
      current.text += text.data;
    }
    n = walker.nextNode();
  }
  if (current !== null && /\S/.test(current.text)) yield current;
}

/** All text blocks under `root`. */
export function collectBlocks(root: Node, opts: BlockOptions = {}): TextBlock[] {
  return [...iterateBlocks(root, opts)];
}

/** The (node, offset) of a block offset; `end` picks the earlier node at a node border. */
export function locate(block: TextBlock, offset: number, end = false): [Text, number] {
  const { starts, nodes } = block;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid]!;
    if (s < offset || (!end && s === offset)) lo = mid;
    else hi = mid - 1;
  }
  return [nodes[lo]!, offset - starts[lo]!];
}

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

/** A memoised classifier: each element is looked at once per walk. */
export function blockClassifier(root: Node): BlockOf {
  const memo = new Map<Element, Element | null>();
  const classify = (el: Element): Element | null => {
    const known = memo.get(el);
    if (known !== undefined) return known;
    const name = el.localName;
    let result: Element | null;
    if (SKIP.has(name) || el.hasAttribute('hidden') || isEditable(el)) result = null;
    else {
      const parent = el === root ? null : el.parentElement;
      const up = parent ? classify(parent) : el;
      result = up === null ? null : BLOCK.has(name) ? el : up;
    }
    memo.set(el, result);
    return result;
  };
  return classify;
}

function isEditable(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  return v !== null && v !== 'false';
}

function endsBlock(node: Node): boolean {
  const prev = node.previousSibling;
  return prev !== null && prev.nodeType === 1 && BLOCK.has((prev as Element).localName);
}

/** Collect the text blocks under `root` (a document, element or shadow root). */
export function collectBlocks(root: Node, blockOf: BlockOf = blockClassifier(root)): TextBlock[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  let currentBlock: Element | null = null;
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    const text = n as Text;
    const parent = text.parentElement;
    if (parent === null) continue;
    const block = blockOf(parent);
    if (block === null) continue;
    const data = text.data;
    if (current === null || block !== currentBlock || endsBlock(text)) {
      if (current !== null && /\S/.test(current.text)) blocks.push(current);
      current = { text: '', nodes: [], starts: [] };
      currentBlock = block;
    }
    current.starts.push(current.text.length);
    current.nodes.push(text);
    current.text += data;
  }
  if (current !== null && /\S/.test(current.text)) blocks.push(current);
  return blocks;
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

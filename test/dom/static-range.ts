/**
 * happy-dom has no StaticRange: a minimal one with the DOM standard's fields, installed on
 * globalThis so the scanner's tests take the path browsers take (decision 25).
 */
class TestStaticRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  constructor(init: StaticRangeInit) {
    // The standard refuses only doctypes and attributes as boundaries.
    for (const n of [init.startContainer, init.endContainer]) if (n.nodeType === 10 || n.nodeType === 2) throw new TypeError('InvalidNodeTypeError');
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }
  get collapsed(): boolean {
    return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
  }
}

(globalThis as { StaticRange?: unknown }).StaticRange ??= TestStaticRange;

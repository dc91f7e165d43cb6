/** Sentence bounds around an index: enough to tie a figure to a context word. */

/** How far to look either way: a sentence longer than this is cut (huge text nodes stay cheap). */
const WINDOW = 600;

/**
 * A character that ends a sentence: "。", "！", "？", a paragraph separator, ".", "!" or "?"
 * before whitespace or the end, or a line break that starts a blank line (a single line
 * break is only whitespace: HTML source wraps lines). Found by the RegExp engine, not by a
 * JavaScript loop over each character: that loop ran on every trade word of a page.
 */
const END = /[。！？\u2029]|[.!?](?=\s|$)|\n(?=[ \t\r]{0,38}\n)/g;

/** [start, end) of the sentence holding text[index]. */
export function sentenceAt(text: string, index: number): [number, number] {
  // Searched in the window and the 40 characters past it (the most an end looks ahead),
  // never in the whole text: a huge text node with a trade word in every line stays cheap.
  const lo = Math.max(0, index - WINDOW);
  const w = text.slice(lo, Math.min(text.length, index + WINDOW + 40));
  const at = index - lo;
  let start = 0;
  END.lastIndex = 0;
  let m = END.exec(w);
  for (; m !== null && m.index < at; m = END.exec(w)) start = m.index + 1;
  // m is now the first end at or after the index, if any.
  const end = m !== null && m.index < at + WINDOW ? m.index : Math.min(text.length, index + WINDOW) - lo;
  return [lo + start, Math.min(text.length, lo + end + 1)];
}

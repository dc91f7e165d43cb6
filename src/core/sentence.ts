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
  // Start: after the last end in [index - WINDOW, index).
  let start = Math.max(0, index - WINDOW);
  END.lastIndex = start;
  for (let m = END.exec(text); m !== null && m.index < index; m = END.exec(text)) start = m.index + 1;
  // End: the first end at or after index, within the window.
  END.lastIndex = index;
  const m = END.exec(text);
  const end = m !== null && m.index < index + WINDOW ? m.index : Math.min(text.length, index + WINDOW);
  return [start, Math.min(text.length, end + 1)];
}

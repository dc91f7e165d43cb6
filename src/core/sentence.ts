/** Sentence bounds around an index: enough to tie a figure to a context word. */

/** How far to look either way: a sentence longer than this is cut (huge text nodes stay cheap). */
const WINDOW = 600;

function endsSentence(text: string, i: number): boolean {
  const c = text[i]!;
  if (c === '。' || c === '！' || c === '？' || c === '\u2029') return true;
  // A single line break is only whitespace (HTML source wraps lines); a blank line ends a paragraph.
  if (c === '\n') return /^[ \t\r]*\n/.test(text.slice(i + 1, i + 40));
  if (c === '.' || c === '!' || c === '?') {
    const next = text[i + 1];
    return next === undefined || /\s/.test(next);
  }
  return false;
}

/** [start, end) of the sentence holding text[index]. */
export function sentenceAt(text: string, index: number): [number, number] {
  let start = index;
  const minStart = Math.max(0, index - WINDOW);
  while (start > minStart && !endsSentence(text, start - 1)) start--;
  let end = index;
  const maxEnd = Math.min(text.length, index + WINDOW);
  while (end < maxEnd && !endsSentence(text, end)) end++;
  return [start, Math.min(text.length, end + 1)];
}

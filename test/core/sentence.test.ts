import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceAt } from '../../src/core/sentence.ts';

/** The rule as first written: a loop over each character either way (the model). */
function model(text: string, index: number): [number, number] {
  const ends = (i: number) => {
    const c = text[i]!;
    if (c === '。' || c === '！' || c === '？' || c === '\u2029') return true;
    if (c === '\n') return /^[ \t\r]*\n/.test(text.slice(i + 1, i + 40));
    if (c === '.' || c === '!' || c === '?') return text[i + 1] === undefined || /\s/.test(text[i + 1]!);
    return false;
  };
  let start = index;
  while (start > Math.max(0, index - 600) && !ends(start - 1)) start--;
  let end = index;
  while (end < Math.min(text.length, index + 600) && !ends(end)) end++;
  return [start, Math.min(text.length, end + 1)];
}

describe('sentenceAt', () => {
  it.each([
    ['Trade fell. The firm spent $107 billion.', 'firm', 'The firm spent $107 billion.'],
    ['贸易增长。双方签署了协议。', '双方', '双方签署了协议。'],
    ['Version 1.2 of the deal! Trade rose', 'Trade', 'Trade rose'],
    ['one line\nwraps here.', 'wraps', 'one line\nwraps here.'],
    ['a paragraph\n  \nTrade rose', 'Trade', 'Trade rose'],
  ])('%s', (text, word, sentence) => {
    const [s, e] = sentenceAt(text, text.indexOf(word));
    expect(text.slice(s, e).trim()).toBe(sentence); // it starts right after the end before it
  });

  it('cuts a sentence longer than its window', () => {
    const text = `${'a '.repeat(1000)}Trade ${'b '.repeat(1000)}`;
    const [s, e] = sentenceAt(text, 2000);
    expect([s, e]).toEqual([1400, 2601]);
  });

  it('agrees with the character-by-character rule on any text', () => {
    const unit = fc.constantFrom('a', 'b', ' ', '.', '!', '?', '\n', '\t', '\r', '。', '！', '？', '\u2029', '1', '\u00a0');
    const text = fc.string({ unit, maxLength: 1500 });
    fc.assert(
      fc.property(text, fc.nat(), (t, k) => {
        const i = t.length === 0 ? 0 : k % t.length;
        expect(sentenceAt(t, i)).toEqual(model(t, i));
      }),
      { numRuns: 3000 },
    );
  });
});

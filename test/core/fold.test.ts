import { describe, expect, it } from 'vitest';
import { foldString, foldText, isCjk, isWordChar } from '../../src/core/fold.ts';

describe('fold', () => {
  it.each([
    ['Sergey  LAVROV', 'sergey lavrov'],
    ['Vladi\u00admir\u00a0Putin', 'vladimir putin'],
    ['Good-Neighborliness', 'good neighborliness'],
    ['Lavrov’s', "lavrov's"],
    ['Ｐｕｔｉｎ', 'putin'],
    ['Ĺàvróv', 'lavrov'],
    ['Ёлка', 'елка'],
    ['习近平', '习近平'],
    ['  x  ', 'x'],
  ])('%s -> %s', (input, out) => expect(foldText(input)).toBe(out));
  it('keeps one source index per folded unit (ligatures expand)', () => {
    expect(foldString('ﬁ'.charCodeAt(0))).toBe('fi');
    expect(foldString(0x200b)).toBe('');
  });
  it('knows which scripts need word boundaries', () => {
    expect(isWordChar('a')).toBe(true);
    expect(isWordChar('л')).toBe(true);
    expect(isWordChar('习')).toBe(false);
    expect(isCjk('习')).toBe(true);
    expect(isWordChar("'")).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { foldWithMap } from '../../src/core/fold.ts';
import { numberValue, readStreaks, storedTemplate, streakPiece } from '../../src/core/streak.ts';

const NUMBERS = new Map([['eleven', 11], ['onzieme', 11], ['одиннадцать', 11]]);

/** The streaks a template finds in `text`, as surface and value (read over the folded text, as the engine reads them). */
function read(template: string, text: string, words: string[] = []) {
  const { folded, src } = foldWithMap(text);
  return readStreaks(folded, storedTemplate(template, 0), words.map((w) => foldWithMap(w).folded), NUMBERS, 0, folded.length, 0, folded.length)
    .map((s) => ({ surface: text.slice(src[s.start], src[s.end - 1]! + 1), value: s.value }));
}

describe('streak templates', () => {
  it.each([
    ['{n} consecutive years', 'for 11 consecutive years', '11 consecutive years', 11],
    ['{n}th consecutive year', 'for the 11th consecutive year', '11th consecutive year', 11],
    ['{n} straight years', 'for eleven straight years', 'eleven straight years', 11],
    ['{n} tahun berturut-turut', 'selama 11 tahun berturut-turut', '11 tahun berturut-turut', 11],
    ['{n} лет подряд', 'уже 11 лет подряд', '11 лет подряд', 11],
    ['{n} лет подряд', 'уже одиннадцать лет подряд', 'одиннадцать лет подряд', 11],
    ['{n}e année consécutive', 'pour la 11e année consécutive', '11e année consécutive', 11],
    ['{n} année consécutive', 'pour la onzième année consécutive', 'onzième année consécutive', 11],
    ['连续{n}年', '连续11年', '连续11年', 11],
    ['连续{n}年', '连续十一年', '连续十一年', 11],
    ['連續{n}年', '連續12年', '連續12年', 12],
    ['{n}年連続', '11年連続で', '11年連続', 11],
    ['{n}년 연속', '11년 연속', '11년 연속', 11],
    ['{n} عاما على التوالي', 'منذ ١١ عاماً على التوالي', '١١ عاماً على التوالي', 11],
    ['{n} سال متوالی', 'برای ۱۱ سال متوالی', '۱۱ سال متوالی', 11],
    ['लगातार {n} साल', 'लगातार ११ साल से', 'लगातार ११ साल', 11],
    ['{n} ปีติดต่อกัน', 'เป็นเวลา 11 ปีติดต่อกัน', '11 ปีติดต่อกัน', 11],
  ])('%s in "%s"', (template, text, surface, value) => {
    expect(read(template, text, ['eleven', 'onzième', 'одиннадцать'])).toEqual([{ surface, value }]);
  });
  it('needs a number, and not a part of a longer one', () => {
    expect(read('{n} consecutive years', 'for many consecutive years')).toEqual([]);
    expect(read('连续{n}年', '连续多年')).toEqual([]);
    expect(read('{n} consecutive years', 'for 2011 consecutive years')).toEqual([]);
  });
  it('gives the automaton its longest word that starts at a word start', () => {
    expect(streakPiece('{n} consecutive years')).toBe('consecutive');
    expect(streakPiece('pour la {n}e année consécutive')).toBe('consecutive');
    expect(streakPiece('{n}e année')).toBe('annee');
    expect(streakPiece('连续{n}年')).toBe('连续');
    expect(() => streakPiece('{n}년째')).toThrow(/no literal words/);
  });
  it('reads digits of every script and Han numerals', () => {
    expect(numberValue('١١', NUMBERS)).toBe(11);
    expect(numberValue('۱۱', NUMBERS)).toBe(11);
    expect(numberValue('११', NUMBERS)).toBe(11);
    expect(numberValue('十一', NUMBERS)).toBe(11);
    expect(numberValue('二十', NUMBERS)).toBe(20);
    expect(numberValue('Eleven', NUMBERS)).toBe(11);
    expect(numberValue('many', NUMBERS)).toBeNaN();
  });
});

import { describe, expect, it } from 'vitest';
import { readStreak } from '../../src/core/streak.ts';

function at(text: string, phrase: string, after = false) {
  const i = text.indexOf(phrase);
  const s = readStreak(text, i, i + phrase.length, after);
  return s && { surface: text.slice(s.start, s.end), value: s.value };
}

describe('readStreak', () => {
  it.each([
    ['for 11 consecutive years', 'consecutive year', false, '11 consecutive years', 11],
    ['for the 11th consecutive year', 'consecutive year', false, '11th consecutive year', 11],
    ['for eleven straight years', 'straight year', false, 'eleven straight years', 11],
    ['selama 11 tahun berturut-turut', 'tahun berturut-turut', false, '11 tahun berturut-turut', 11],
    ['уже 11 лет подряд', 'лет подряд', false, '11 лет подряд', 11],
    ['连续11年', '连续', true, '连续11年', 11],
    ['连续十一年', '连续', true, '连续十一年', 11],
    ['連續12年', '連續', true, '連續12年', 12],
  ])('%s', (text, phrase, after, surface, value) => expect(at(text, phrase, after)).toEqual({ surface, value }));
  it('needs a number', () => {
    expect(at('for many consecutive years', 'consecutive year')).toBeNull();
    expect(at('连续多年', '连续', true)).toBeNull();
  });
});

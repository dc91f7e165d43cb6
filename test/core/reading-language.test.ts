import { describe, expect, it } from 'vitest';
import { bestMatch, offeredTranslation, readingLanguage } from '../../src/core/reading-language.ts';

const OURS = ['en', 'ru', 'zh-Hans'];

describe('readingLanguage (original: Indonesian)', () => {
  const cases: [string, readonly string[], string | null, readonly string[], string][] = [
    // [why, translations, remembered choice, browser languages, shown]
    ['a Russian browser reads our Russian', OURS, null, ['ru-RU', 'ru'], 'ru'],
    ['zh-CN is Simplified Chinese', OURS, null, ['zh-CN'], 'zh-Hans'],
    ['zh-TW is not Simplified: English instead', OURS, null, ['zh-TW'], 'en'],
    ['zh-TW then zh-CN: the second choice', OURS, null, ['zh-TW', 'zh-CN'], 'zh-Hans'],
    ['an Indonesian browser reads the original', OURS, null, ['id-ID'], 'id'],
    ['an Arabic browser: no Arabic, so English', OURS, null, ['ar', 'ar-EG'], 'en'],
    ['a German browser that also reads Russian', OURS, null, ['de-DE', 'de', 'ru'], 'ru'],
    ['the remembered original wins over the browser', OURS, 'id', ['ru-RU'], 'id'],
    ['a remembered English wins over a Russian browser', OURS, 'en', ['ru-RU'], 'en'],
    ['a remembered language the story lacks: the browser decides', OURS, 'fr', ['ru'], 'ru'],
    ['no English translation and no match: the original', ['ru'], null, ['fr'], 'id'],
    ['a broken tag is passed over', OURS, null, ['not a tag!', 'ru'], 'ru'],
    ['no browser languages at all: English', OURS, null, [], 'en'],
    ['en-GB reads en', OURS, null, ['en-GB'], 'en'],
  ];
  it.each(cases)('%s', (_why, translations, chosen, ui, shown) => {
    expect(readingLanguage('id', translations, chosen, ui)).toBe(shown);
  });
});

describe('offeredTranslation', () => {
  it.each([
    [['ru-RU'], 'ru'],
    [['id-ID'], 'en'], // an Indonesian reader reads the original; the switch offers English
    [['ar'], 'en'],
    [['zh-CN'], 'zh-Hans'],
  ])('%j → %s', (ui, want) => expect(offeredTranslation(OURS, ui)).toBe(want));
  it('is null without translations, and the first one without English', () => {
    expect(offeredTranslation([], ['ru'])).toBeNull();
    expect(offeredTranslation(['ru', 'zh-Hans'], ['ar'])).toBe('ru');
  });
});

describe('bestMatch', () => {
  it('keeps the scripts of Serbian apart', () => {
    expect(bestMatch(['sr-Cyrl', 'sr-Latn'], ['sr-Latn-RS'])).toBe('sr-Latn');
    expect(bestMatch(['sr-Cyrl', 'sr-Latn'], ['sr'])).toBe('sr-Cyrl');
  });
  it('pt-BR reads pt', () => {
    expect(bestMatch(['pt'], ['pt-BR'])).toBe('pt');
  });
});

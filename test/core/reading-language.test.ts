import { describe, expect, it } from 'vitest';
import { bestMatch, readingLanguage, type ArticleView } from '../../src/core/reading-language.ts';

const ALL = ['id', 'en', 'ru', 'zh-Hans'];

describe('readingLanguage', () => {
  const cases: [string, readonly string[], ArticleView, readonly string[], string][] = [
    // [why, available, view, browser languages, shown]
    ['a Russian browser reads our Russian', ALL, 'reader', ['ru-RU', 'ru'], 'ru'],
    ['zh-CN is Simplified Chinese', ALL, 'reader', ['zh-CN'], 'zh-Hans'],
    ['zh-TW is not Simplified: English instead', ALL, 'reader', ['zh-TW'], 'en'],
    ['zh-TW then zh-CN: the second choice', ALL, 'reader', ['zh-TW', 'zh-CN'], 'zh-Hans'],
    ['an Indonesian browser reads the original', ALL, 'reader', ['id-ID'], 'id'],
    ['an Arabic browser: no Arabic, so English', ALL, 'reader', ['ar', 'ar-EG'], 'en'],
    ['a German browser that also reads Russian', ALL, 'reader', ['de-DE', 'de', 'ru'], 'ru'],
    ['the remembered "original" wins over the browser', ALL, 'original', ['ru-RU'], 'id'],
    ['no English translation and no match: the original', ['id', 'ru'], 'reader', ['fr'], 'id'],
    ['a broken tag is passed over', ALL, 'reader', ['not a tag!', 'ru'], 'ru'],
    ['no browser languages at all: English', ALL, 'reader', [], 'en'],
    ['en-GB reads en', ALL, 'reader', ['en-GB'], 'en'],
  ];
  it.each(cases)('%s', (_why, available, view, ui, shown) => {
    expect(readingLanguage('id', available, view, ui)).toBe(shown);
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

/** Cards with more than one story: the second story is a test fixture (test/fixtures/articles), never shipped. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles, loadDataset } from '../../scripts/dataset.ts';
import { cardData, formatFigure } from '../../src/core/card.ts';
import { compileMatcher } from '../../src/core/compile.ts';
import { findMentions } from '../../src/core/engine.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/articles');
const { articles: shipped, languages } = loadDataset();
const both = [...shipped, ...loadArticles(FIXTURES)];

describe('a card when two stories speak of the entity', () => {
  it('shows the first story and lists the other, in the reader\'s language where we have it', () => {
    const c = cardData(both, 'person/sergey-lavrov', { chosen: null, ui: ['ru'] })!;
    expect([c.article, c.lang]).toEqual(['lavrov-china-2021', 'ru']);
    expect(c.alsoIn).toEqual([{ article: 'test-fixture-second-story', headline: 'TEST FIXTURE: Lavrov and Putin discuss a summer summit', lang: 'en', posted: '2021-06-02', paragraph: 1 }]);
  });
  it('lists nothing for an entity only one story speaks of', () => {
    expect(cardData(both, 'person/wang-yi', { chosen: null, ui: ['en'] })!.alsoIn).toEqual([]);
    expect(cardData(shipped, 'person/sergey-lavrov', { chosen: null, ui: ['en'] })!.alsoIn).toEqual([]);
  });
  it('one matcher for both: the second story\'s aliases merge into the first\'s entities', () => {
    const m = compileMatcher(both, languages);
    expect(Array.from({ length: m.entities.length }, (_, i) => m.entities.at(i)!.id).filter((id) => id === 'person/sergey-lavrov')).toHaveLength(1);
    const found = findMentions(m, 'Sergey Lavrov met Vladimir Putin.').map((h) => h.entity);
    expect(found).toEqual(['person/sergey-lavrov', 'person/vladimir-putin']);
  });
});

describe('a figure as a card headline', () => {
  const spec = { value: 107, unit: 'billion', currency: 'USD', year: 2020, qualifier: { en: 'over', ja: '{amount}超', ko: '{amount} 초과' } } as const;
  it('puts the qualifier before the amount, or where its {amount} stands', () => {
    expect(formatFigure(spec, 'en')).toBe('over US$107 billion');
    expect(formatFigure(spec, 'ja')).toBe(`US$${new Intl.NumberFormat('ja', { notation: 'compact', compactDisplay: 'long' }).format(107e9)}超`);
    expect(formatFigure(spec, 'ja')).toBe('US$1070億超');
    expect(formatFigure(spec, 'ko')).toBe('US$1070억 초과');
  });
});

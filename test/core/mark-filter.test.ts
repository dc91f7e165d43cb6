import { describe, expect, it } from 'vitest';
import { refusalsFor, shownMarks } from '../../src/core/mark-filter.ts';

const all = [
  { entity: 'person/sergey-lavrov', kind: 'person' as const, text: 'Sergey Lavrov' },
  { entity: 'person/wang-yi', kind: 'person' as const, text: 'Wang Yi' },
  { entity: 'person/sergey-lavrov', kind: 'person' as const, text: 'Lavrov' },
  { entity: 'treaty/2001', kind: 'treaty' as const, text: 'the 2001 treaty' },
  { entity: 'person/sergey-lavrov', kind: 'person' as const, text: 'LAVROV' },
];
const kinds = { person: true, treaty: true, figure: true };
const shown = (o: Partial<Parameters<typeof shownMarks>[2]>) => shownMarks(all, (m) => m.text, { kinds, firstOnly: false, refused: new Set(), ...o }).map((m) => m.text);

describe('which mentions are shown', () => {
  it('all of them by default, in order', () => expect(shown({})).toEqual(all.map((m) => m.text)));
  it('only the kinds the reader wants', () => expect(shown({ kinds: { ...kinds, person: false } })).toEqual(['the 2001 treaty']));
  it('only the first mention of each entity when asked', () => expect(shown({ firstOnly: true })).toEqual(['Sergey Lavrov', 'Wang Yi', 'the 2001 treaty']));
  it('leaves out a refused surface on its site, in any case, and no other surface or site', () => {
    const refusals = [
      { site: 'news.example', entity: 'person/sergey-lavrov', surface: 'Lavrov' },
      { site: 'other.example', entity: 'person/wang-yi', surface: 'Wang Yi' },
    ];
    expect(shown({ refused: refusalsFor(refusals, 'News.Example') })).toEqual(['Sergey Lavrov', 'Wang Yi', 'the 2001 treaty']);
    expect(shown({ refused: refusalsFor(refusals, 'news.example'), firstOnly: true })).toEqual(['Sergey Lavrov', 'Wang Yi', 'the 2001 treaty']);
    // A refused first mention leaves the next one of that entity as the first.
    expect(shown({ refused: refusalsFor([{ site: 'a.b', entity: 'person/sergey-lavrov', surface: 'Sergey Lavrov' }], 'a.b'), firstOnly: true })).toEqual(['Wang Yi', 'Lavrov', 'the 2001 treaty']);
  });
});

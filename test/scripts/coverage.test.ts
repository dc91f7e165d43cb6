import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverage, README, renderCoverage, withCoverage } from '../../scripts/coverage.ts';
import { loadDataset } from '../../scripts/dataset.ts';
import type { Article } from '../../src/core/dataset.ts';

const { articles, languages } = loadDataset();

describe('the coverage table', () => {
  const c = coverage(articles, languages);

  it('has a row for every language file and a column for every person', () => {
    expect(c.rows.map((r) => r.lang)).toEqual(languages.map((l) => l.lang));
    expect(c.people.map((p) => p.id)).toContain('person/sergey-lavrov');
    for (const r of c.rows) expect(r.people).toHaveLength(c.people.length);
  });

  it('counts the aliases of a language, by lang and by also', () => {
    const ar = c.rows.find((r) => r.lang === 'ar')!;
    const lavrov = c.people.findIndex((p) => p.id === 'person/sergey-lavrov');
    const want = articles.flatMap((a) => a.entities).find((e) => e.id === 'person/sergey-lavrov')!
      .aliases.filter((a) => a.lang === 'ar' || a.also?.includes('ar')).length;
    expect(want).toBeGreaterThan(0);
    expect(ar.people[lavrov]).toBe(want);
    expect(c.rows.find((r) => r.lang === 'id')!.people[lavrov]).toBeGreaterThan(0); // only through `also`
  });

  it('takes the word for a billion from CLDR', () => {
    expect(c.rows.find((r) => r.lang === 'fr')!.billion).toBe('milliards');
    expect(c.rows.find((r) => r.lang === 'ru')!.billion).toBe('миллиарда');
  });

  it('shows a gap as a dash, not as silence', () => {
    const bare: Article[] = articles.map((a) => ({ ...a, entities: a.entities.map((e) => ({ ...e, aliases: e.aliases.filter((x) => x.lang === 'en').map(({ also: _, ...x }) => x) })) }));
    const text = renderCoverage(coverage(bare, languages), 'text');
    const nl = text.split('\n').find((l) => l.startsWith('Dutch (nl)'))!;
    expect(nl.split(/\s{2,}/).slice(1, 8)).toEqual(['—', '—', '—', '—', '—', '—', '—']);
  });

  it('is in the README as the build prints it (npx tsx scripts/coverage.ts --readme rewrites it)', () => {
    const readme = fs.readFileSync(README, 'utf8');
    expect(withCoverage(readme, renderCoverage(c, 'markdown'))).toBe(readme);
    expect(() => withCoverage('no markers', '')).toThrow(/coverage/);
  });
});

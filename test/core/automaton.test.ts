import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildAutomaton, step, unpackOutputs } from '../../src/core/automaton.ts';

/** All (patternId, end) pairs the automaton reports. */
function run(patterns: string[], text: string): string[] {
  const a = buildAutomaton(patterns);
  const out: string[] = [];
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    s = step(a, s, text.charCodeAt(i));
    for (let t = a.out[s] !== -1 ? s : a.outLink[s]!; t !== -1; t = a.outLink[t]!) out.push(`${a.out[t]}@${i + 1}`);
  }
  return out.sort();
}

function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  patterns.forEach((p, id) => {
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push(`${id}@${i + p.length}`);
  });
  return out.sort();
}

describe('Aho–Corasick automaton', () => {
  it('finds overlapping and nested patterns', () => {
    expect(run(['he', 'she', 'his', 'hers'], 'ushers')).toEqual(naive(['he', 'she', 'his', 'hers'], 'ushers'));
  });
  it('agrees with a naive search on random inputs', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'c', '习'), minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', '习'), maxLength: 60 }),
        (patterns, text) => {
          expect(run(patterns, text)).toEqual(naive(patterns, text));
        }),
      { numRuns: 1000 },
    );
  });
  it('rebuilds outputs, pattern lengths and the alphabet from the output states, patterns numbered in state order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'щ', '习'), minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 10 }), (patterns) => {
        const order = Array.from(buildAutomaton(patterns).out).filter((id) => id !== -1);
        const sorted = order.map((id) => patterns[id]!);
        const a = buildAutomaton(sorted);
        const outStates = Array.from(a.out).flatMap((id, s) => (id === -1 ? [] : [s]));
        const u = unpackOutputs(a.edgeStart, a.edgeChar, outStates);
        expect([Array.from(u.out), u.patternLength, u.alphabet]).toEqual([Array.from(a.out), a.patternLength, a.alphabet]);
      }),
      { numRuns: 300 },
    );
  });
  it('rejects empty and duplicate patterns', () => {
    expect(() => buildAutomaton([''])).toThrow(/empty/);
    expect(() => buildAutomaton(['a', 'a'])).toThrow(/duplicate/);
  });
});

describe('the shipped matcher module', () => {
  it('computes on first use the failure and dictionary links the build computed', async () => {
    const { default: shipped } = await import('virtual:konteks/matcher');
    const { loadDataset } = await import('../../scripts/dataset.ts');
    const { compileMatcher } = await import('../../src/core/compile.ts');
    const { articles, languages } = loadDataset();
    const built = compileMatcher(articles, languages).automaton;
    expect(Array.from(shipped.automaton.edgeStart)).toEqual(Array.from(built.edgeStart));
    expect(Array.from(shipped.automaton.fail)).toEqual(Array.from(built.fail));
    expect(Array.from(shipped.automaton.outLink)).toEqual(Array.from(built.outLink));
    expect([Array.from(shipped.automaton.out), shipped.automaton.patternLength, shipped.automaton.alphabet]).toEqual([built.out, built.patternLength, built.alphabet]);
    expect(Object.getOwnPropertyDescriptor(shipped.automaton, 'fail')?.get).toBeUndefined(); // a plain value after first use
  });
});

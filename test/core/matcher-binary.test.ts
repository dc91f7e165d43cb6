import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import matcher from 'virtual:konteks/matcher';
import { findMentions, resolveDocument, scanText } from '../../src/core/engine.ts';
import { decodeMatcher, encodeMatcher } from '../../src/core/matcher-binary.ts';
import { buildAutomaton } from '../../src/core/automaton.ts';
import { prefilterOf } from '../../src/core/prefilter.ts';
import { TABLE } from './sentences.ts';

const binary = decodeMatcher(encodeMatcher(matcher));

describe('binary matcher', () => {
  it('finds what the JSON matcher finds on every table sentence (names, short forms, figures, traps)', () => {
    let found = 0;
    for (const [text] of TABLE) {
      const want = findMentions(matcher, text);
      expect(findMentions(binary, text), text).toEqual(want);
      found += want.length;
    }
    expect(found).toBeGreaterThan(30);
  });

  it('resolves short forms across a document as the JSON matcher does', () => {
    const doc = ['Wang Yi met Sergey Lavrov.', 'Later, Wang said the talks went well.', 'President Xi and Putin spoke.'];
    const blocks = (m: typeof matcher) => resolveDocument(m, doc.map((text) => ({ text, candidates: scanText(m, text) })));
    expect(blocks(binary)).toEqual(blocks(matcher));
    expect(blocks(binary)[1]!.map((x) => x.surface)).toEqual(['Wang']);
  });

  it('holds on random texts of names, figures and filler', () => {
    const words = ['Sergey', 'Lavrov', 'Лавров', 'Лаврова', 'Wang', 'Yi', 'Wenbin', 'Xi', 'Jinping', 'President', 'Putin', '王毅', '习近平', 'trade', '$107', 'billion',
      '11', 'consecutive', 'years', 'Treaty', 'of', 'Good-Neighborliness', 'and', 'Friendly', 'Cooperation', 'the', ' ', ', ', '. ', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (ws) => {
        const text = ws.join(' ');
        expect(findMentions(binary, text)).toEqual(findMentions(matcher, text));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the prefilter and the automaton as compiled', () => {
    expect(binary.prefilter).toEqual(matcher.prefilter);
    expect(prefilterOf(binary.prefilter)('Sergey Lavrov')).toBe(true);
    expect(Array.from(binary.automaton.fail)).toEqual(Array.from(matcher.automaton.fail));
    expect(binary.automaton.alphabet).toBe(matcher.automaton.alphabet);
    expect(binary.entities.length).toBe(matcher.entities.length);
    expect(binary.entities.at(0)).toEqual(matcher.entities.at(0));
    expect(binary.entities.at(matcher.entities.length)).toBeUndefined();
  });

  it('keeps an alphabet of code units, surrogate halves among them', () => {
    // "\ud840\udc00" (U+20000) sorts as two adjacent units that a string iterator would join.
    const automaton = buildAutomaton(['a\ud840\udc00b', 'xy']);
    expect(automaton.alphabet).toContain('\ud840\udc00');
    const decoded = decodeMatcher(encodeMatcher({ ...matcher, automaton, payloads: [[], []] }));
    expect(decoded.automaton.alphabet).toBe(automaton.alphabet);
  });

  it('reads payloads only when a hit needs them: a damaged one fails clearly on use, not on decoding', () => {
    const buf = encodeMatcher(matcher);
    const bytes = new Uint8Array(buf);
    // The first payload's JSON ("[{"f":…") is the first "[{" after the header and arrays.
    const text = new TextDecoder('latin1').decode(bytes);
    const at = text.indexOf('[{"f":');
    expect(at).toBeGreaterThan(0);
    bytes[at] = 0x7b; // "{{": no longer JSON
    const damaged = decodeMatcher(buf);
    expect(findMentions(damaged, 'Nothing to see here.')).toEqual([]);
    const texts = TABLE.map(([t]) => t);
    expect(() => texts.forEach((t) => findMentions(damaged, t))).toThrow(/^matcher: payload 0 is not JSON$/);
  });

  it('turns away a buffer that is not a compiled matcher with a clear error, and takes one from another realm', async () => {
    const good = encodeMatcher(matcher);
    expect(() => decodeMatcher(new ArrayBuffer(4))).toThrow(/matcher: not a compiled matcher/);
    expect(() => decodeMatcher(new Uint8Array(64).buffer)).toThrow(/bad magic number/);
    expect(() => decodeMatcher(good.slice(0, good.byteLength >> 1))).toThrow(/matcher: the buffer ends inside its/);
    expect(() => decodeMatcher(good.slice(0, good.byteLength - 8))).toThrow(/matcher: (the buffer ends inside its meta|unreadable meta)/);
    expect(() => decodeMatcher('KTK1' as unknown as ArrayBuffer)).toThrow(/matcher: not a compiled matcher/);
    // A buffer made in another realm decodes all the same.
    const { runInNewContext } = await import('node:vm');
    const foreign = runInNewContext('new ArrayBuffer(n)', { n: good.byteLength }) as ArrayBuffer;
    expect(foreign instanceof ArrayBuffer).toBe(false);
    new Uint8Array(foreign).set(new Uint8Array(good));
    expect(findMentions(decodeMatcher(foreign), 'Sergey Lavrov met Wang Yi.').map((x) => x.surface)).toEqual(['Sergey Lavrov', 'Wang Yi']);
  });
});

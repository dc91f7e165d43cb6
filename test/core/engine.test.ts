import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import matcher from 'virtual:konteks/matcher';
import { candidatesFrom, candidateSteps, findMentions, resolveDocument, scanText } from '../../src/core/engine.ts';
import { newPass, pass } from '../../src/core/pass.ts';
import { TABLE, type Expect } from './sentences.ts';


const m = matcher;
/** Per language: true mentions, false ones, missed ones. */
const tally = new Map<string, { tp: number; fp: number; fn: number; rows: number }>();

describe('mention engine: multilingual table', () => {
  it.each(TABLE)('%s', (text, expected, lang) => {
    const found = findMentions(m, text);
    for (const x of found) expect(text.slice(x.start, x.end)).toBe(x.surface);
    const got = found.map((x) => [x.entity, x.surface] as Expect);
    const want = [...expected];
    const t = tally.get(lang) ?? { tp: 0, fp: 0, fn: 0, rows: 0 };
    t.rows++;
    for (const g of got) {
      const i = want.findIndex((w) => w[0] === g[0] && w[1] === g[1]);
      if (i >= 0) {
        t.tp++;
        want.splice(i, 1);
      } else t.fp++;
    }
    t.fn += want.length;
    tally.set(lang, t);
    expect(got).toEqual(expected);
  });
  afterAll(() => {
    const f = (n: number) => n.toFixed(3);
    const all = { tp: 0, fp: 0, fn: 0, rows: 0 };
    const lines = [...tally].sort(([a], [b]) => (a < b ? -1 : 1)).map(([lang, t]) => {
      for (const k of ['tp', 'fp', 'fn', 'rows'] as const) all[k] += t[k];
      return `  ${lang.padEnd(8)} ${String(t.rows).padStart(3)} sentences  precision ${f(t.tp / Math.max(1, t.tp + t.fp))}  recall ${f(t.tp / Math.max(1, t.tp + t.fn))}  (${t.tp} found, ${t.fp} wrong, ${t.fn} missed)`;
    });
    console.log(`engine table: ${all.rows} sentences in ${tally.size} languages, precision ${f(all.tp / Math.max(1, all.tp + all.fp))}, recall ${f(all.tp / Math.max(1, all.tp + all.fn))}\n${lines.join('\n')}`);
  });
});

describe('mention engine: output shape and documents', () => {
  it('returns {entity, kind, surface, start, end} with UTF-16 offsets', () => {
    const text = '😀 Lavrov';
    expect(findMentions(m, text)).toEqual([{ entity: 'person/sergey-lavrov', kind: 'person', surface: 'Lavrov', start: 3, end: 9 }]);
  });
  it('applies the short-form rule across the blocks of one document, in either order', () => {
    const blocks = ['Wang spoke first.', 'Later, Wang Yi met Lavrov.'].map((text) => ({ text, candidates: scanText(m, text) }));
    const [first] = resolveDocument(m, blocks);
    expect(first).toEqual([{ entity: 'person/wang-yi', kind: 'person', surface: 'Wang', start: 0, end: 4 }]);
    const alone = resolveDocument(m, [blocks[0]!]);
    expect(alone[0]).toEqual([]);
  });
  it('is case-sensitive only for short forms', () => {
    expect(findMentions(m, 'LAVROV').map((x) => x.surface)).toEqual(['LAVROV']);
    expect(findMentions(m, 'President XI')).toEqual([]);
  });
  it('unlocks a short form right after a title, and only after a whole title word', () => {
    const xi = (text: string) => findMentions(m, text).map((x) => [x.entity, x.surface]);
    expect(xi('Foreign Minister Wang spoke.')).toEqual([['person/wang-yi', 'Wang']]);
    expect(xi('The Presi\u00addent  Xi spoke.')).toEqual([['person/xi-jinping', 'Xi']]); // soft hyphen, two spaces
    expect(xi('PRESIDENT Xi spoke.')).toEqual([['person/xi-jinping', 'Xi']]);
    expect(xi('Vicepresident Xi spoke.')).toEqual([]);
    expect(xi('President, Xi spoke.')).toEqual([]);
  });
  it('does not let a titled short form unlock bare ones', () => {
    expect(findMentions(m, 'President Xi arrived. Xi spoke.').map((x) => x.surface)).toEqual(['Xi']);
  });
  it('copes with empty, huge and odd input', () => {
    expect(findMentions(m, '')).toEqual([]);
    expect(findMentions(m, '\ud800\udc00\ud800 Lavrov \udfff')).toHaveLength(1);
    const big = 'x '.repeat(500_000) + 'Putin';
    expect(findMentions(m, big).map((x) => x.start)).toEqual([1_000_000]);
  });
  it('reads a long run of streak lines without sentence ends: one figure per line, no stack overflow', () => {
    // Each line's trade word has a window of its own and the windows overlap: the figures
    // were found tens of times over, and spread into push() as arguments (RangeError).
    const text = 'Russia trade for 11 consecutive years\n'.repeat(5000);
    const found = findMentions(m, text);
    expect(found).toHaveLength(5000);
    expect(new Set(found.map((x) => x.surface))).toEqual(new Set(['11 consecutive years']));
    expect(found[4999]!.start).toBe(4999 * 38 + 'Russia trade for '.length);
  });
  it('reads a long block\'s figure rules in steps, with the same answer as in one go', () => {
    const steps = (text: string) => {
      const st = newPass();
      pass(m, text, st);
      const it = candidateSteps(m, text, st.hits);
      let pauses = 0;
      for (let r = it.next(); ; r = it.next(), pauses++) if (r.done) return { pauses, found: r.value, whole: candidatesFrom(m, text, st.hits) };
    };
    // 5,000 trade words, nearly each a window of its own: a pause every 256 trade words and
    // windows read (38: the first lines share the window at the start of the text).
    const long = steps('Russia trade for 11 consecutive years\n'.repeat(5000));
    expect(long.found).toHaveLength(5000);
    expect(long.found).toEqual(long.whole);
    expect(long.pauses).toBeGreaterThanOrEqual(Math.floor(9900 / 256));
    expect(long.pauses).toBeLessThanOrEqual(Math.floor(10000 / 256));
    // A paragraph goes in one step.
    const short = steps('China has been Russia\u2019s largest trading partner for 11 consecutive years, and trade exceeded $107 billion.');
    expect(short.pauses).toBe(0);
    expect(short.found.length).toBe(2);
    expect(short.found).toEqual(short.whole);
  });
  it('reads figures within their sentence window, however long the text (no search runs to its end)', () => {
    // A trade word in every line and no sentence end: each one reads its sentence for money.
    // A search that ran on to the end of the text made this quadratic (41.6 s for 1.6 M
    // characters). Counted, not timed: the longest text any RegExp search is given.
    const text = 'trade grew again, up 7 per cent, and no full stop\n'.repeat(400) + 'Russia-China trade hit $107 billion.';
    const exec = RegExp.prototype.exec;
    let longest = 0;
    RegExp.prototype.exec = function (this: RegExp, input: string) {
      if (!this.sticky) longest = Math.max(longest, input.length); // sticky ones read one run at their index
      return exec.call(this, input);
    };
    let found: string[];
    try {
      found = findMentions(m, text).map((x) => x.surface);
    } finally {
      RegExp.prototype.exec = exec;
    }
    expect(found).toEqual(['$107 billion']);
    expect(text.length).toBeGreaterThan(20_000);
    expect(longest).toBeLessThanOrEqual(2 * 600 + 40); // the window either way and the look-ahead
  });
});

describe('mention engine: properties', () => {
  const pieces = fc.constantFrom(
    'Lavrov', 'Sergey', ' ', '\u00ad', '\u200b', '\u00a0', 'Putin', 'Ras', 'Wang Yi', 'Wang', 'Xi', '习近平', 'Лавров', 'а',
    '$107 billion', ' trade ', '.', '11 consecutive years', '😀', '\ud800', 'é', 'İ', 'ß', '\n', '-', '’s', 'x',
  );
  it('every mention points at its surface, within the text, in order, without overlap', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const found = findMentions(m, text);
        let last = 0;
        for (const x of found) {
          expect(x.start).toBeGreaterThanOrEqual(last);
          expect(x.end).toBeGreaterThan(x.start);
          expect(x.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(x.start, x.end)).toBe(x.surface);
          last = x.end;
        }
      }),
      { numRuns: 2000 },
    );
  });
  it('finds a name wherever it is put between separators', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const text = `${a} Vladimir Putin ${b}`;
        const at = a.length + 1;
        expect(findMentions(m, text).some((x) => x.start === at && x.entity === 'person/vladimir-putin')).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('offsets in every script: the mention points at its surface', () => {
  const LAV = 'person/sergey-lavrov';
  // [name as written, entity, what may stand before it glued (clitic), after it glued (ending: reported; particle: not)]
  const NAMES: { name: string; e: string; clitic?: string; ending?: string; particle?: string; marks: boolean }[] = [
    { name: 'Vladimir Putin', e: 'person/vladimir-putin', marks: true },
    { name: 'Ławrow', e: LAV, ending: 'a', marks: true },
    { name: 'Сергей Лавров', e: LAV, ending: 'ым', marks: true },
    { name: 'Σεργκέι Λαβρόφ', e: LAV, marks: true },
    { name: 'سيرغي لافروف', e: LAV, clitic: 'و', marks: false },
    { name: 'فلاديمير بوتين', e: 'person/vladimir-putin', clitic: 'ب', marks: false },
    { name: 'सर्गेई लावरोव', e: LAV, marks: false },
    { name: 'เซอร์เกย์ ลาฟรอฟ', e: LAV, marks: false },
    { name: '习近平', e: 'person/xi-jinping', marks: false },
    { name: 'ラブロフ', e: LAV, particle: 'は', marks: false },
    { name: '라브로프', e: LAV, particle: '는', marks: false },
  ];
  // Invisible characters pages leave inside names (joiners, soft hyphens, bidi marks and isolates).
  const INSIDE = ['\u200c', '\u200d', '\u00ad', '\u200b', '\u200e', '\u200f', '\u2066', '\u2069', '\u061c'];
  const BEFORE = ['', 'x ', '😀 ', '𠮷 ', '\u200f ', ' \u202b', 'é ', 'a\u0301 ', '👩‍👩‍👧 ', '“'];
  const AFTER = ['', ' ', '.', ' 😀', '\u200f', '\u202c ', '𠮷', '”', '\u061f'];

  it('for names in every script, with invisible characters inside, astral characters and bidi marks around', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.nat(), fc.constantFrom(...INSIDE), fc.boolean(), fc.constantFrom(...BEFORE), fc.constantFrom(...AFTER), fc.constantFrom('', 'clitic', 'ending', 'particle'), (n, at, mark, accent, pre, post, glue) => {
        const chars = [...n.name];
        const cut = 1 + (at % (chars.length - 1));
        let spelt = chars.slice(0, cut).join('') + mark + chars.slice(cut).join('');
        // A combining accent (a stress mark: Лаво́ров) on the first letter, which folding drops (Latin, Cyrillic, Greek).
        if (accent && n.marks) spelt = spelt.slice(0, 1) + '\u0301' + spelt.slice(1);
        const clitic = glue === 'clitic' ? n.clitic ?? '' : '';
        const ending = glue === 'ending' ? n.ending ?? '' : '';
        const particle = glue === 'particle' ? n.particle ?? '' : '';
        const text = pre + clitic + spelt + ending + particle + post;
        const found = findMentions(m, text).filter((x) => x.entity === n.e);
        expect(found, JSON.stringify(text)).toHaveLength(1);
        const [x] = found;
        expect(text.slice(x!.start, x!.end)).toBe(x!.surface);
        // The clitic and the particle stay outside; the ending is part of the name.
        expect(x!.start, JSON.stringify(text)).toBe(pre.length + clitic.length);
        expect(x!.end, JSON.stringify(text)).toBe(pre.length + clitic.length + spelt.length + ending.length);
      }),
      { numRuns: 3000 },
    );
  });
});

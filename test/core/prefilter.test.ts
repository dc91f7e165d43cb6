import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import matcher from 'virtual:konteks/matcher';
import { scanText } from '../../src/core/engine.ts';
import { foldString, isWordChar } from '../../src/core/fold.ts';
import { anchorAlternation, buildPrefilter, midWord, NODE_BUDGET, notInClass, passesAll, prefilterOf, SAFE, wideSource } from '../../src/core/prefilter.ts';
import { F_ALIAS, F_BOUND_END, F_BOUND_START } from '../../src/core/matcher.ts';
import { htmlBlocks } from '../../scripts/scan.ts';
import { loadDataset } from '../../scripts/dataset.ts';
import { TABLE } from './sentences.ts';
import { ALIAS_WORDS } from './alias-words.ts';
import { corpusForTests } from '../corpus-env.ts';

const may = prefilterOf(matcher.prefilter);

const SAFE_CHARS = [...new Set([...SAFE.matchAll(/(.)-(.)|./gsu)].flatMap((m) => {
  if (!m[1]) return [m[0]];
  const out: string[] = [];
  for (let c = m[1].charCodeAt(0); c <= m[2]!.charCodeAt(0); c++) out.push(String.fromCharCode(c));
  return out;
}))];

describe('prefilter', () => {
  it('treats as plain only characters that fold to one non-alphanumeric unit and are not word characters', () => {
    expect(SAFE_CHARS.length).toBeGreaterThan(20);
    for (const ch of SAFE_CHARS) {
      const f = foldString(ch.charCodeAt(0));
      expect(f.length, `U+${ch.charCodeAt(0).toString(16)}`).toBeGreaterThan(0);
      expect(f, `U+${ch.charCodeAt(0).toString(16)}`).not.toMatch(/[\p{L}\p{N}]/u);
      expect(isWordChar(ch)).toBe(false);
    }
  });
  it('lets through text with an alias and text that is not plain; turns plain text without one away', () => {
    expect(may('Sergey Lavrov arrived')).toBe(true);
    expect(may('He said “Xi” twice')).toBe(true);
    // Accents, "_", other scripts: each letter of an anchor stands for every character that folds to it.
    expect(may('Mérida')).toBe(false);
    expect(may('Mérida, Pútin')).toBe(true);
    expect(may('ＰＵＴＩＮ')).toBe(true);
    expect(may('snake_case')).toBe(false);
    expect(may('snake_Putin')).toBe(true); // "_" is no word character for the engine
    expect(may('Москва')).toBe(false);
    expect(may('Путина')).toBe(true); // a Russian case ending
    // Han and kana are letters of the wide tier: a Chinese or Japanese text passes only with an anchor.
    expect(may('北京')).toBe(false);
    expect(may('Café 北京，東京のニュース')).toBe(false);
    expect(may('外交部长王毅')).toBe(true);
    expect(may('普丁總統')).toBe(true);
    expect(may('中俄贸易额1070亿美元')).toBe(true); // a context word of the trade figure
    // Hangul, other scripts, fullwidth letters: the automaton decides.
    expect(may('서울')).toBe(true);
    // Characters that vanish or fold to several letters: the automaton decides.
    expect(may('Mé\u00adrida')).toBe(true);
    expect(may('\u01c7ubljana')).toBe(true); // "Ǉ" folds to "lj"
    expect(may('Fußball')).toBe(false); // "ß" folds to itself
    expect(may('Me\u0301rida')).toBe(true);
    expect(may('The weather was mild — as “usual”.')).toBe(false);
    expect(may('taxi, maxi, pixie')).toBe(false); // names are whole words
    // Symbols of page chrome are plain: no reason to match these in full.
    expect(may('\u25ba 2016 (136) \u00b7 \u00a9 2015 Company\u00ae \u2192 \u00a3 \u00d7 \ue051')).toBe(false);
  });
  it('writes "not plain" and "hard" as a small class and a look-behind that match the characters one negated class would, wherever they stand', () => {
    // The shipped sources, and the one class each stands for ([^small rest]).
    const forms = [matcher.prefilter.notPlain, matcher.prefilter.hard].map((source) => {
      const m = /^\[\^(.+?)\]\(\?<!\[(.+)\]\)$/.exec(source);
      expect(m, source.slice(0, 40)).not.toBeNull();
      return { split: new RegExp(source), one: new RegExp(`[^${m![1]}${m![2]}]`), rest: new RegExp(`^[${m![2]}]$`) };
    });
    expect(notInClass('a-z', '')).toBe('[^a-z]');
    for (const { split, one, rest } of forms) {
      let restSeen = 0;
      for (let c = 0; c < 0x10000; c++) {
        const ch = String.fromCharCode(c);
        if (rest.test(ch)) restSeen++;
        // Alone, after a character of the look-behind's class, and before one.
        for (const text of [ch, `\u2019${ch}`, `${ch}\u2019`, `a${ch}b`]) {
          if (split.test(text) !== one.test(text)) expect.fail(`U+${c.toString(16)} in ${JSON.stringify(text)}`);
        }
      }
      expect(restSeen).toBeGreaterThan(100);
    }
  });
  it('finds the characters that are not plain just the same when case is ignored (its first search is one RegExp with the anchors, which ignore case)', () => {
    const exact = new RegExp(matcher.prefilter.notPlain);
    const folded = new RegExp(matcher.prefilter.notPlain, 'i');
    let notPlain = 0;
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (exact.test(ch)) notPlain++;
      for (const text of [ch, `\u2019${ch}`, `a${ch}b`]) {
        if (exact.test(text) !== folded.test(text)) expect.fail(`U+${c.toString(16)} in ${JSON.stringify(text)}`);
      }
    }
    expect(notPlain).toBeGreaterThan(50000);
    // The one search stops at whichever comes first; each answer is the one its tier gives.
    expect(may('Putin, Mérida')).toBe(true);
    expect(may('Mérida, Putin')).toBe(true);
    expect(may('Mérida')).toBe(false);
    expect(may('snake_case, then Pútin')).toBe(true);
  });
  it('answers exactly as its sources do: plain text by the anchors, other text by the hard class and the wide anchors', () => {
    const notPlain = new RegExp(matcher.prefilter.notPlain);
    const anchors = new RegExp(matcher.prefilter.anchors, 'i');
    const hard = new RegExp(matcher.prefilter.hard);
    const wide = new RegExp(wideSource(matcher.prefilter), 'i');
    // ASCII around "_" (0x5F) and DEL, SAFE symbols, letters that are not plain, hard ones, anchors.
    const unit = fc.constantFrom('a', 'Z', ' ', '^', '_', '`', '\x7f', '\n', ...SAFE_CHARS.slice(0, 12), '\u00e9', '\u0416', '\u4e60', '\u738b\u6bc5', '\uc11c', '\uff0c', '\u00ad', '\u00df', 'putin', 'xi', 'p\u00fatin');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(may(text)).toBe(notPlain.test(text) ? hard.test(text) || wide.test(text) : anchors.test(text));
      }),
      { numRuns: 2000 },
    );
  });
  it('anchors an alias whose non-ASCII characters plain text holds on its words; a name in Han letters needs none', () => {
    const alias = [{ f: F_ALIAS, e: 0 }];
    const acme = prefilterOf(buildPrefilter(['\u00a9 acme'], [alias]));
    expect(acme('\u00a9 Acme')).toBe(true);
    expect(acme('\u00a9 2024')).toBe(false);
    const lavrov = prefilterOf(buildPrefilter(['\u8c22\u5c14\u76d6\u00b7\u62c9\u592b\u7f57\u592b', 'putin'], [alias, alias]));
    expect(lavrov('\u8c22\u5c14\u76d6\u00b7\u62c9\u592b\u7f57\u592b')).toBe(true);
    expect(lavrov('Caf\u00e9 \u00b7 Putin')).toBe(true);
    expect(lavrov('Caf\u00e9 \u00b7 Put')).toBe(false);
    expect(lavrov('Putin')).toBe(true);
  });
});


describe('prefilter soundness: it never turns away a text the engine finds a mention in', () => {
  it('holds on every table sentence, and in upper and lower case', () => {
    for (const [text] of TABLE) {
      for (const t of [text, text.toUpperCase(), text.toLowerCase()]) if (scanText(matcher, t).length > 0) expect(may(t), t).toBe(true);
    }
  });

  it('holds on random texts of aliases, variants, plain filler and separators', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALIAS_WORDS), { maxLength: 30 }), (ws) => {
        const t = ws.join('');
        if (scanText(matcher, t).length > 0) expect(may(t), t).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('holds when each letter of a name is written with any character that folds to it', () => {
    // Every BMP character that folds to one unit, by that unit ("p" -> "P", "ṗ", "ｐ", "ⓟ"…).
    const spellings = new Map<string, string[]>();
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const f = foldString(c);
      if (f.length === 1) spellings.set(f, [...(spellings.get(f) ?? []), String.fromCharCode(c)]);
    }
    const names = ['Sergey Lavrov', 'Vladimir Putin', 'Putin', 'Xi Jinping', 'President Xi', 'Wang Yi', 'Zhao Lijian', 'Li Yonghui', 'Лавров', 'Путину', '王毅', 'Treaty of Good-Neighborliness', 'trade rose to $107 billion'];
    const before = fc.constantFrom('', ' ', '_', 'é', 'x', '—', '(');
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.infiniteStream(fc.nat()), before, before, (name, picks, pre, post) => {
        const it = picks[Symbol.iterator]();
        const spelt = [...name].map((ch) => {
          const options = spellings.get(foldString(ch.charCodeAt(0))) ?? [ch];
          return options[it.next().value % options.length]!;
        }).join('');
        const t = pre + spelt + post;
        if (scanText(matcher, t).length > 0) expect(may(t), JSON.stringify(t)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('holds in every script the dataset writes: its names with their clitics, endings and particles, among words of that script', () => {
    const { articles, languages } = loadDataset();
    const byTag = new Map(languages.map((l) => [l.lang, l]));
    const scripts = new Map<string, string[]>();
    // The script of an alias: the first of these it holds (Han first: a Japanese name may mix in kana).
    const SCRIPTS = ['Han', 'Latin', 'Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Devanagari', 'Thai', 'Hangul', 'Katakana', 'Hiragana'].map((s) => [s, new RegExp(`\\p{Script=${s}}`, 'u')] as const);
    const script = (t: string) => SCRIPTS.find(([, re]) => re.test(t))?.[0] ?? 'other';
    for (const e of articles.flatMap((a) => a.entities)) {
      for (const al of e.aliases) {
        const l = byTag.get(al.lang)!;
        const list = scripts.get(script(al.text)) ?? [];
        list.push(al.text, ...l.prefixes.slice(0, 3), ...l.suffixes.slice(0, 3), ...l.particles.slice(0, 3), ...l.words.trade.slice(0, 2), ...l.words.russia.slice(0, 2));
        scripts.set(script(al.text), list);
      }
    }
    const separators = [' ', '', '\u200c', '\u200f', '،', '。', '、', '.', '\n', '\u00a0', '😀'];
    let found = 0;
    for (const [name, words] of scripts) {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...words, ...separators), { minLength: 1, maxLength: 12 }), (ws) => {
          const t = ws.join('');
          if (scanText(matcher, t).length === 0) return;
          found++;
          expect(may(t), `${name}: ${JSON.stringify(t)}`).toBe(true);
        }),
        { numRuns: 1500 },
      );
    }
    // Not vacuous: a good share of the texts hold a mention the engine finds.
    expect([...scripts.keys()]).toEqual(expect.arrayContaining(['Latin', 'Cyrillic', 'Greek', 'Arabic', 'Devanagari', 'Thai', 'Hangul', 'Katakana', 'Han']));
    expect(found).toBeGreaterThan(scripts.size * 150);
  });

  const corpus = corpusForTests('the prefilter on every block of the corpus');
  it.skipIf(!corpus)('holds on every block of the corpus, and turns most of them away', () => {
    let blocks = 0;
    let passed = 0;
    for (const f of fs.readdirSync(corpus!).filter((x) => x.endsWith('.html'))) {
      for (const text of htmlBlocks(fs.readFileSync(path.join(corpus!, f), 'utf8'))) {
        blocks++;
        const m = may(text);
        if (m) passed++;
        if (scanText(matcher, text).length > 0) expect(m, `${f}: ${text.slice(0, 80)}`).toBe(true);
      }
    }
    expect(blocks).toBeGreaterThan(10_000);
    expect(passed / blocks).toBeLessThan(0.5);
  }, 300_000);
});

describe('streak template words', () => {
  // Every figure needs a context word (trade) in its sentence, and those are anchors: the
  // template words ("year", "row", "연속") are not, or "\\byear" alone lets texts through.
  it('are no anchors: a streak phrase without a trade word is turned away; with one it passes and is found', () => {
    for (const text of ['The band toured for 11 years in a row and then split up.', 'Es regnete den elften Tag in Folge.', 'Die Mannschaft gewann 11 Jahre in Folge.']) {
      expect(may(text), text).toBe(false);
      expect(scanText(matcher, text)).toEqual([]);
    }
    const ours = "China has been Russia's largest trading partner for 11 years in a row.";
    expect(may(ours)).toBe(true);
    expect(scanText(matcher, ours).map((m) => ours.slice(m.start, m.end))).toEqual(['11 years in a row']);
  });
});

describe('prefilter size', () => {
  it('drops an anchor that starts with another one (it can only match where that one does)', () => {
    const bounded = [{ f: F_ALIAS | F_BOUND_START | F_BOUND_END }];
    expect(buildPrefilter(['wang', 'wang yi', 'wang wenbin'], [bounded, bounded, bounded]).anchors).toBe('\\bwang');
    expect(buildPrefilter(['wang yi', 'wang'], [bounded, bounded]).anchors).toBe('\\bwang');
  });

  it('anchors on a word that text rarely holds: never a piece of another word, never a common word', () => {
    const bounded = [{ f: F_ALIAS | F_BOUND_START | F_BOUND_END }];
    const anchor = (p: string) => buildPrefilter([p], [bounded]).anchors;
    expect(anchor('xi jinping')).toBe('\\bjinpin'); // not "jin", which "Beijing" holds
    expect(anchor('sergey lavrov')).toBe('\\bsergey');
    expect(anchor('years in a row')).toBe('\\brow');
    expect(anchor('good neighborliness treaty')).toBe('\\bneighb');
    // The first word without a boundary asked for: no \b before it.
    expect(buildPrefilter(['xi jinping'], [[{ f: F_ALIAS }]]).anchors).toBe('\\bjinpin');
    expect(buildPrefilter(['jinping xi'], [[{ f: F_ALIAS }]]).anchors).toBe('jinpin');
  });

  it('factors the anchors into one prefix tree that matches exactly where the flat list does', () => {
    const alternation = (list: string[]) => anchorAlternation(list.map((a) => a.match(/\\b|./g)!));
    expect(alternation(['\\bsergey', '\\bsergei', '\\bsino', '\\bxi\\b', 'jinpin'])).toBe('\\b(?:s(?:erge(?:y|i)|ino)|xi\\b)|jinpin');
    expect(alternation(['\\bwang'])).toBe('\\bwang');
    // Random lists of anchors over a small alphabet (so that they share prefixes), random texts.
    const anchor = fc.tuple(fc.boolean(), fc.stringMatching(/^[ab1]{1,4}$/), fc.boolean()).map(([b, w, e]) => (b ? '\\b' : '') + w + (e ? '\\b' : ''));
    fc.assert(
      fc.property(fc.uniqueArray(anchor, { minLength: 1, maxLength: 6 }), fc.array(fc.stringMatching(/^[abAB1 _.-]{0,8}$/), { minLength: 1, maxLength: 8 }), (list, texts) => {
        const flat = new RegExp(list.join('|'), 'i');
        const factored = new RegExp(alternation(list), 'i');
        for (const t of texts) expect(factored.test(t), `${list.join('|')} on ${JSON.stringify(t)}`).toBe(flat.test(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('sees a word cut between two nodes where a letter may lie on either side', () => {
    expect(midWord('Lavr', 'ov')).toBe(true);
    expect(midWord('Lavró', 'v')).toBe(true); // "Lavró" alone is not "maybe" any more
    expect(midWord('Лав', 'ров')).toBe(true);
    expect(midWord('Lavrov ', 'said')).toBe(false);
    expect(midWord('', 'rov')).toBe(false);
  });

  /** Every word of `length` letters drawn from `letters`, in order. */
  const wordsOf = (letters: string, length: number): string[] =>
    length === 0 ? [''] : wordsOf(letters, length - 1).flatMap((w) => [...letters].map((l) => w + l));
  const bounded = { f: F_ALIAS | F_BOUND_START | F_BOUND_END, e: 0 };

  it('steps aside (always maybe) for a dataset whose three-letter anchors alone are too many to compile', () => {
    const patterns = wordsOf('abcdefghijklmnopqrstuvwxyz', 3);
    const all = buildPrefilter(patterns, patterns.map(() => [bounded]));
    expect(passesAll(all)).toBe(true);
    expect(prefilterOf(all)('nothing to see here')).toBe(true);
    const few = prefilterOf(buildPrefilter(patterns.slice(0, 10), patterns.slice(0, 10).map(() => [bounded])));
    expect(few('nothing to see here')).toBe(false);
    expect(few('but aag is here')).toBe(true);
  });

  it('cuts the anchors of a dataset past its budgets, and the wide tier steps aside alone when even cut it is too big', () => {
    // 512 names: whole they make a plain tree of 2,633 nodes, cut to three letters 585.
    const patterns = wordsOf('abcdefgh', 3).map((w) => `${w}tor`);
    const source = buildPrefilter(patterns, patterns.map(() => [bounded]));
    expect(passesAll(source)).toBe(false);
    expect(source.anchors).not.toContain('tor');
    expect(source.anchors.replace(/[^a-z]/g, '').length).toBeLessThanOrEqual(NODE_BUDGET.plain);
    const may = prefilterOf(source);
    expect(may('nothing to see here')).toBe(false);
    expect(may('the hgator said')).toBe(true);
    expect(may('the HGAtor said')).toBe(true);
    // Too many even at three letters for the wide budget (585 > 400): text that is not plain is "maybe".
    expect(wideSource(source)).toBe('[\\s\\S]');
    expect(may('nothing to see hére')).toBe(true);
  });

  it('holds for a dataset past its budgets, with names written in any characters that fold to them', () => {
    // 3,000 names from syllables, accented and Cyrillic among them: both tiers get cut.
    const syllables = ['ka', 'lo', 'mé', 'ru', 'sen', 'ta', 'vo', 'zhi', 'an', 'bel', 'łu', 'dru', 'el', 'fa', 'gor', 'ли', 'ков', 'ана'];
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 48271) % 2147483647) % n);
    const word = () => Array.from({ length: 2 + rnd(3) }, () => syllables[rnd(syllables.length)]).join('');
    const names = [...new Set(Array.from({ length: 3000 }, () => `${word()} ${word()}`))];
    const folded = names.map((n) => [...n].map((ch) => foldString(ch.charCodeAt(0))).join(''));
    const source = buildPrefilter(folded, folded.map(() => [bounded]));
    const flat = buildPrefilter(folded.slice(0, 40), folded.slice(0, 40).map(() => [bounded]));
    expect(passesAll(source)).toBe(false);
    expect(source.wide).not.toBe('[\\s\\S]');
    // Cut: the first names' anchors, in full, are longer than the big tree's.
    expect(Math.max(...flat.wide.split(/[|()?:<>]+/).map((a) => [...a].length))).toBeGreaterThan(Math.max(...source.wide.split(/[|()?:<>]+/).map((a) => [...a].length)));
    const may = prefilterOf(source);
    expect(may('nothing to see here')).toBe(false);
    const spellings = new Map<string, string[]>();
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const f = foldString(c);
      if (f.length === 1) spellings.set(f, [...(spellings.get(f) ?? []), String.fromCharCode(c)]);
    }
    const around = fc.constantFrom('', ' ', '. ', 'the ', '—', '(', ' 2021');
    fc.assert(
      fc.property(fc.nat(names.length - 1), fc.infiniteStream(fc.nat()), fc.boolean(), around, around, (i, picks, plain, pre, post) => {
        const it = picks[Symbol.iterator]();
        const spelt = plain ? names[i]! : [...names[i]!].map((ch) => {
          const options = spellings.get(foldString(ch.charCodeAt(0))) ?? [ch];
          return options[it.next().value % options.length]!;
        }).join('');
        const text = (pre ? `${pre} ` : '') + spelt + (post ? ` ${post}` : '');
        expect(may(text), JSON.stringify(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

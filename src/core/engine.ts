/**
 * The mention engine: text in, mentions out, in one pass of an Aho–Corasick automaton
 * over folded characters, whatever the number of aliases. Offsets are UTF-16 indexes
 * into the text as given (folding never builds a second string).
 *
 * A page or file is one *document*: its blocks are scanned one by one (`scanText`),
 * then `resolveDocument` applies the document-wide short-form rule.
 */
import { foldString, foldText, foldWithMap, isIgnorable, isWordChar } from './fold.ts';
import { newPass, pass, resetPass, type Hit } from './pass.ts';
import {
  F_ALIAS, F_BARE, F_BOUND_END, F_BOUND_START, F_CLITIC, F_CONTEXT, F_CUE, F_INFLECT, F_SEGMENT, F_SHORT, F_STREAK,
  type CompiledMatcher, type Payload, type Rules,
} from './matcher.ts';
import { findMoney } from './money.ts';
import { sentenceAt } from './sentence.ts';
import { readStreaks, type Streak } from './streak.ts';
import type { Kind } from './dataset.ts';

export interface Mention {
  entity: string;
  kind: Kind;
  surface: string;
  start: number;
  end: number;
}

/** A candidate found in one block, before the document-wide rules. */
export interface Candidate {
  start: number;
  end: number;
  /** Entity index, or -1 for a bare short form whose person the document decides. */
  e: number;
  /** Short-form group, or -1. */
  g: number;
  /** A short form (bare or titled), which never unlocks other short forms. */
  short: boolean;
  /** A short form followed by another given name ("Wang Wenbin"): a different person. */
  blocker: boolean;
  /** A bare surname ("Lavrov"): nobody's where the document names a namesake (see `block`). */
  bare?: boolean;
  /** Found without its cue word: it counts only where the document names the story otherwise. */
  uncued?: boolean;
  /** Not a mention: a namesake ("Kirill Lavrov") whose presence blocks this entity's bare surname in the document. */
  block?: number;
}

function prevVisible(text: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && isIgnorable(text.charCodeAt(j))) j--;
  return j;
}
function nextVisible(text: string, i: number): number {
  let j = i;
  while (j < text.length && isIgnorable(text.charCodeAt(j))) j++;
  return j;
}
function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isWordChar(text[i]!);
}
function stripIgnorable(s: string): string {
  return s.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF\u180E]/g, '');
}

const APOSTROPHES = "'\u2019\u02BC";
/** Longest ending or particle read after a name, in code units. */
const ENDING_MAX = 6;

/** Folded word characters (and a leading apostrophe) from `j`, at most ENDING_MAX: the ending after a name. */
function endingAt(text: string, j: number): { folded: string; end: number } {
  let k = j;
  let folded = '';
  if (APOSTROPHES.includes(text[k] ?? '\0')) {
    folded = "'";
    k++;
  }
  while (k < text.length && k - j < ENDING_MAX && (isWordAt(text, k) || isIgnorable(text.charCodeAt(k)))) folded += foldString(text.charCodeAt(k++));
  // Invisible characters after the ending (a bidi mark) are not part of the mention.
  while (k > j && isIgnorable(text.charCodeAt(k - 1))) k--;
  return { folded, end: k };
}

/** End of the alias after boundary rules and endings, or -1 if this is not a mention. */
function acceptEnd(rules: Rules, text: string, end: number, p: Payload): number {
  if (!(p.f & F_BOUND_END)) return end;
  const j = nextVisible(text, end);
  const word = isWordAt(text, j);
  if (!word && !(p.f & F_INFLECT && APOSTROPHES.includes(text[j] ?? '\0'))) return end;
  if (p.f & F_INFLECT) {
    // An ending glued to the name is part of it (Лаврова, Ławrowa, Putyinnal, Putin'in); a particle is not (라브로프는).
    const { folded, end: k } = endingAt(text, j);
    if (!isWordAt(text, k)) {
      if (p.x !== undefined && rules.suffixes[p.x]!.includes(folded)) return k;
      if (p.y !== undefined && rules.particles[p.y]!.includes(folded)) return end;
    }
  }
  return word ? -1 : end;
}

/** Clitics before a name ("وب" in وبوتين): the word's letters before `start` are one of `set`. */
function cliticBefore(text: string, start: number, set: readonly string[]): boolean {
  let folded = '';
  let j = start - 1;
  for (; j >= 0; j--) {
    const c = text.charCodeAt(j);
    if (isIgnorable(c)) continue;
    if (!isWordChar(text[j]!)) break;
    folded = foldString(c) + folded;
    if (folded.length > 3) return false;
  }
  return set.includes(folded);
}

/** Word boundaries for scripts written without spaces, from the browser's (or Node's) ICU. */
const segmenters = new Map<string, Intl.Segmenter>();
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** How far either way the segmenter reads around a short Han name. */
const SEGMENT_WINDOW = 8;

/**
 * Do both ends of [start, end) fall on word boundaries? "国王毅然决定" splits as 国王 | 毅然 |
 * 决定: 王毅 starts inside 国王, no name. Only both ends are asked: names are not in the
 * segmenter's dictionary and split into characters (王 | 毅).
 */
export function segmentBounded(text: string, start: number, end: number): boolean {
  if (typeof Intl.Segmenter !== 'function') return true;
  const from = Math.max(0, start - SEGMENT_WINDOW);
  const to = Math.min(text.length, end + SEGMENT_WINDOW);
  // Segmented without invisible characters (joiners, bidi marks): ICU glues them to a neighbour, moving the boundary.
  let window = '';
  let s = -1;
  let e = -1;
  for (let i = from; i <= to; i++) {
    if (i === start) s = window.length;
    if (i === end) e = window.length;
    if (i < to && !isIgnorable(text.charCodeAt(i))) window += text[i];
  }
  const lang = KANA.test(window) ? 'ja' : 'zh';
  let seg = segmenters.get(lang);
  if (!seg) segmenters.set(lang, (seg = new Intl.Segmenter(lang, { granularity: 'word' })));
  // Two lookups, not a walk over the segments: a third of the time (10 against 28 µs in Node).
  const pieces = seg.segment(window);
  return (s === 0 || pieces.containing(s)?.index === s) && (e === window.length || pieces.containing(e)?.index === e);
}

/** Scripts whose articles and clitics are written onto the next word. */
const GLUED_SCRIPT = /[\u0590-\u06FF]/;

/** The last span hasWord folded: a sentence is asked for its cue, refusal and party words in turn. */
let lastSpan = { text: '', from: -1, to: -1, folded: '' };

/** Does one of `words` (folded) stand in [from, to) of `text` at a word's start (or after a clitic, or in a script without spaces)? */
function hasWord(text: string, from: number, to: number, words: readonly string[]): boolean {
  if (lastSpan.text !== text || lastSpan.from !== from || lastSpan.to !== to) lastSpan = { text, from, to, folded: foldText(text.slice(from, to)) };
  const { folded } = lastSpan;
  for (const word of words) {
    // A stem matches any word it starts; "nga$" only the whole word (Vietnamese "Nga", not "ngày").
    const whole = word.endsWith('$');
    const w = whole ? word.slice(0, -1) : word;
    for (let i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + 1)) {
      const before = folded[i - 1];
      const after = folded[i + w.length];
      if (whole && after !== undefined && isWordChar(after)) continue;
      if (before === undefined || !isWordChar(before) || !isWordChar(w[0]!) || GLUED_SCRIPT.test(before)) return true;
    }
  }
  return false;
}

/**
 * A namesake before a bare surname: an initial that is not one of ours ("K. Lavrov",
 * "К.Лавров"), or the given name of someone else ("Kirill Lavrov", "Кириллу Лаврову": the
 * name's stem, then an ending of at most three letters).
 */
function namesakeBefore(rules: Rules, text: string, start: number, e: number): boolean {
  let j = prevVisible(text, start);
  while (j >= 0 && /\s/.test(text[j]!)) j--;
  if (j < 0 || j === start - 1 && isWordChar(text[j]!)) return false;
  if (text[j] === '.') {
    const ini = text[j - 1];
    if (ini !== undefined && /\p{Lu}/u.test(ini) && !isWordAt(text, j - 2)) return !rules.initials[e]!.includes(foldString(ini.charCodeAt(0)));
    return false;
  }
  let k = j;
  while (k >= 0 && (isWordChar(text[k]!) || isIgnorable(text.charCodeAt(k)))) k--;
  const word = text.slice(k + 1, j + 1);
  // A given name is capitalised where the script has case; Arabic, Hebrew and the like have none.
  if (/^\p{Ll}/u.test(word)) return false;
  const folded = foldText(word);
  return rules.given.some((g) => folded.startsWith(g) && folded.length - g.length <= 3);
}

/** Does a title ("President") stand right before `start`? */
function titledBy(text: string, start: number, titles: [string, number][]): number {
  let j = prevVisible(text, start);
  if (j < 0 || !/\s/.test(text[j]!)) return -1;
  while (j >= 0 && /\s/.test(text[j]!)) j--;
  // Folded backwards from j (at most 41 characters), only as far as the longest title and
  // the unit before it need: this ran on every short-form hit and folded all 41.
  let need = 0;
  for (const [title] of titles) need = Math.max(need, title.length + 1);
  let folded = '';
  for (let i = j, stop = Math.max(0, j - 40); i >= stop && folded.length < need; i--) folded = foldString(text.charCodeAt(i)) + folded;
  for (const [title, e] of titles) {
    if (folded.endsWith(title)) {
      const ch = folded[folded.length - title.length - 1];
      if (ch === undefined || !isWordChar(ch)) return e;
    }
  }
  return -1;
}


/** One pass state reused by every synchronous scan: pages have thousands of small blocks. */
const shared = newPass();

export function scanText(m: CompiledMatcher, text: string): Candidate[] {
  resetPass(shared);
  pass(m, text, shared);
  return shared.hits.length === 0 ? [] : candidatesFrom(m, text, shared.hits);
}

/** Applies boundaries, endings, short-form and figure rules to one block's raw hits. */
export function candidatesFrom(m: CompiledMatcher, text: string, hits: Hit[]): Candidate[] {
  const steps = candidateSteps(m, text, hits);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/** Context words (or sentences) read between two pauses of `candidateSteps`. */
const FIGURE_STEP = 256;

/**
 * `candidatesFrom` in steps, for a long block matched in slices: it pauses (yields) every
 * FIGURE_STEP context words and sentences of figure rules. A text of trade lines with no
 * sentence end gives each context word a window of its own: 1.55 M characters of them
 * took 1.75 s in one go (Node).
 */
export function* candidateSteps(m: CompiledMatcher, text: string, hits: Hit[]): Generator<void, Candidate[]> {
  if (hits.length === 0) return [];
  const found: Candidate[] = [];
  const contexts: Hit[] = [];
  const streaks: Hit[] = [];
  for (const hit of hits) {
    const { payload: p } = hit;
    if (p.f & F_BOUND_START) {
      const prev = prevVisible(text, hit.start);
      // A word before the hit: not a mention, unless it is a clitic of the alias's language, or the hit
      // is a context word after a glued article or clitic in Hebrew and Arabic script (التجاري), as in hasWord.
      if (isWordAt(text, prev) && !(p.f & F_CLITIC && cliticBefore(text, hit.start, m.rules.prefixes[p.c!]!)) && !(p.f & F_CONTEXT && GLUED_SCRIPT.test(text[prev]!))) continue;
    }
    if (p.f & F_CONTEXT) {
      contexts.push(hit);
      continue;
    }
    if (p.f & F_STREAK) {
      streaks.push(hit);
      continue;
    }
    const end = acceptEnd(m.rules, text, hit.end, p);
    if (end < 0) continue;
    if (p.f & F_SEGMENT && !segmentBounded(text, hit.start, hit.end)) continue;
    if (p.f & F_ALIAS) {
      const c: Candidate = { start: hit.start, end, e: p.e!, g: -1, short: false, blocker: false };
      if (p.f & F_BARE) {
        c.bare = true;
        if (namesakeBefore(m.rules, text, hit.start, p.e!)) c.block = p.e!;
      }
      if (p.f & F_CUE) {
        const [s, e] = sentenceAt(text, hit.start);
        if (p.n !== undefined && hasWord(text, s, e, m.rules.words[p.n]!)) continue;
        if (p.q !== undefined && !hasWord(text, s, e, m.rules.words[p.q]!)) c.uncued = true;
      }
      found.push(c);
    } else if (p.f & F_SHORT) {
      // Short forms are case-sensitive: "Xi" is not "XI" (a numeral) nor "xi".
      if (stripIgnorable(text.slice(hit.start, end)) !== p.t) continue;
      const titled = titledBy(text, hit.start, p.ti!);
      found.push({ start: hit.start, end, e: titled, g: titled >= 0 ? -1 : p.g!, short: true, blocker: false });
    }
  }
  // Not push(...list): a hostile text's list can be longer than the stack allows arguments.
  if (contexts.length > 0) for (const c of yield* figureCandidates(m, text, contexts, streaks)) found.push(c);
  return selectLongest(found, text);
}

/** Figures: amounts and streaks in a sentence that also holds one of the rule's context words. */
function* figureCandidates(m: CompiledMatcher, text: string, contexts: Hit[], streaks: Hit[]): Generator<void, Candidate[]> {
  const out: Candidate[] = [];
  const sentences = new Map<number, [number, number, Set<number>]>();
  let n = 0;
  for (const c of contexts) {
    if (++n % FIGURE_STEP === 0) yield;
    const [s, e] = sentenceAt(text, c.start);
    const entry = sentences.get(s) ?? [s, e, new Set<number>()];
    for (const r of c.payload.r!) entry[2].add(r);
    sentences.set(s, entry);
  }
  // One candidate per figure and rule, each streak read once: a text without sentence ends
  // gives every context word a window of its own, and those windows overlap (a hostile page
  // of such lines made tens of copies of each, then overflowed the stack).
  const seen = new Set<string>();
  const add = (start: number, end: number, r: number, e: number) => {
    const key = `${start} ${end} ${r}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ start, end, e, g: -1, short: false, blocker: false });
  };
  const read = new Map<number, Streak[]>();
  const { rules: lang } = m;
  for (const [s, e, rules] of sentences.values()) {
    if (++n % FIGURE_STEP === 0) yield;
    let money: ReturnType<typeof findMoney> | undefined;
    for (const r of rules) {
      const rule = m.figureRules[r]!;
      // The rule's parties (Russia) in the sentence or the block: "Brazil's largest trading partner" is not ours.
      const parties = () => rule.pw === undefined
        || (rule.ps === 0 ? hasWord(text, s, e, lang.words[rule.pw]!) : hasWord(text, Math.max(0, s - BLOCK_REACH), Math.min(text.length, e + BLOCK_REACH), lang.words[rule.pw]!));
      if (rule.type === 'money') {
        money ??= findMoney(text, lang.money, s, e);
        let ok: boolean | undefined;
        for (const x of money) {
          if (x.currency === rule.currency && x.value >= rule.min && x.value <= rule.max && (ok ??= parties())) add(x.start, x.end, r, rule.e);
        }
      } else {
        // Hits come in the order of their ends: only those of this sentence are looked at.
        let ok: boolean | undefined;
        let f: ReturnType<typeof foldWithMap> | undefined;
        for (let i = firstEndingFrom(streaks, s); i < streaks.length && streaks[i]!.end <= e; i++) {
          const h = streaks[i]!;
          if (h.start < s) continue;
          let st = read.get(i);
          if (st === undefined) {
            // Templates are read over the folded sentence ("11-й", "عاماً", "Années"), then mapped back.
            f ??= foldWithMap(text, s, e);
            const at = lowerBound(f.src, h.start);
            const to = lowerBound(f.src, h.end);
            const template = lang.streaks.templates[h.payload.s!]!;
            st = readStreaks(f.folded, template, lang.streaks.words[template[2]]!, numbersOf(lang), 0, f.folded.length, at, Math.max(at + 1, to))
              .map((x) => ({ start: f!.src[x.start]!, end: f!.src[x.end - 1]! + 1, value: x.value }));
            read.set(i, st);
          }
          for (const x of st) if (x.value === rule.value && (ok ??= parties())) add(x.start, x.end, r, rule.e);
        }
      }
    }
  }
  return out;
}

/** How far around a figure's sentence a party of `scope: 'block'` may stand. */
const BLOCK_REACH = 2000;

const numberMaps = new WeakMap<Rules, Map<string, number>>();
function numbersOf(rules: Rules): Map<string, number> {
  let map = numberMaps.get(rules);
  if (!map) numberMaps.set(rules, (map = new Map(rules.streaks.numbers)));
  return map;
}

/** The first index of the ascending `list` whose value is `at` or more. */
function lowerBound(list: readonly number[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first of `hits` (in the order of their ends) that ends at or after `at`. */
function firstEndingFrom(hits: Hit[], at: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.end < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Leftmost-longest, non-overlapping; then mark short forms followed by another given name. */
function selectLongest(found: Candidate[], text: string): Candidate[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  let lastEnd = -1;
  for (const c of found) {
    if (c.start < lastEnd) continue;
    kept.push(c);
    lastEnd = c.end;
  }
  for (const c of kept) {
    if (c.g < 0) continue;
    // "Wang Wenbin": a bare surname followed by a capitalised name is someone else.
    if (/^[ \u00A0][\p{Lu}][\p{Ll}]/u.test(text.slice(c.end, c.end + 3))) c.blocker = true;
  }
  return kept;
}

export interface ScannedBlock {
  text: string;
  candidates: Candidate[];
}

/**
 * Applies the short-form rule across one document's blocks: a bare "Wang" names Wang Yi
 * only when the document names exactly one dataset person of that group in full and no
 * other person of that surname ("Wang Wenbin").
 */
export function resolveDocument(m: CompiledMatcher, blocks: readonly ScannedBlock[]): Mention[][] {
  const fullNamed = new Set<number>();
  const blocked = new Set<number>();
  /** Entities whose bare surname a namesake on the page blocks. */
  const namesakes = new Set<number>();
  /** Whether the document names the story by an alias that needs no cue (nor a namesake's absence). */
  let story = false;
  for (const block of blocks) {
    for (const c of block.candidates) {
      if (c.block !== undefined) namesakes.add(c.block);
      else if (c.blocker) blocked.add(c.g);
      else if (!c.short && !c.uncued && !c.bare && (m.entityGroup[c.e] ?? -1) >= 0) fullNamed.add(c.e);
    }
  }
  for (const block of blocks) {
    for (const c of block.candidates) if (c.e >= 0 && c.block === undefined && !c.uncued && !(c.bare && namesakes.has(c.e))) story = true;
  }
  // Only the groups a document's short forms name: a dataset may hold thousands.
  const chosen = new Map<number, number>();
  const choose = (g: number): number => {
    let e = chosen.get(g);
    if (e === undefined) {
      const named = blocked.has(g) ? [] : m.groups.at(g)!.entities.filter((x) => fullNamed.has(x));
      chosen.set(g, (e = named.length === 1 ? named[0]! : -1));
    }
    return e;
  };
  return blocks.map(({ text, candidates }) => {
    const mentions: Mention[] = [];
    for (const c of candidates) {
      if (c.block !== undefined || (c.bare && namesakes.has(c.e)) || (c.uncued && !story)) continue;
      const e = c.g >= 0 ? (c.blocker ? -1 : choose(c.g)) : c.e;
      if (e < 0) continue;
      const entity = m.entities.at(e)!;
      mentions.push({ entity: entity.id, kind: entity.kind, surface: text.slice(c.start, c.end), start: c.start, end: c.end });
    }
    return mentions;
  });
}

/** All mentions in one text taken as a whole document. */
export function findMentions(m: CompiledMatcher, text: string): Mention[] {
  return resolveDocument(m, [{ text, candidates: scanText(m, text) }])[0]!;
}

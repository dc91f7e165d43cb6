/**
 * The mention engine: text in, mentions out, in one pass of an Aho–Corasick automaton
 * over folded characters, whatever the number of aliases. Offsets are UTF-16 indexes
 * into the text as given (folding never builds a second string).
 *
 * A page or file is one *document*: its blocks are scanned one by one (`scanText`),
 * then `resolveDocument` applies the document-wide short-form rule.
 */
import { foldString, isIgnorable, isWordChar } from './fold.ts';
import { newPass, pass, resetPass, type Hit } from './pass.ts';
import {
  F_ALIAS, F_BOUND_END, F_BOUND_START, F_CONTEXT, F_INFLECT_RU, F_SHORT, F_STREAK,
  type CompiledMatcher, type Payload,
} from './matcher.ts';
import { findMoney } from './money.ts';
import { sentenceAt } from './sentence.ts';
import { readStreak } from './streak.ts';
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
}

/** Russian noun endings accepted after an inflectable alias (Лаврова, Путину, Лавровым). */
const RU_ENDINGS = new Set(['а', 'у', 'ом', 'ым', 'е', 'ой', 'ою', 'ы', 'ых', 'ыми', 'ым', 'и', 'ем', 'я', 'ю']);

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

/** End of the alias after boundary rules and endings, or -1 if this is not a mention. */
function acceptEnd(text: string, end: number, f: number): number {
  if (!(f & F_BOUND_END)) return end;
  const j = nextVisible(text, end);
  if (!isWordAt(text, j)) return end;
  if (f & F_INFLECT_RU) {
    let k = j;
    while (k < text.length && k - j < 4 && /[а-яё]/i.test(text[k]!)) k++;
    if (RU_ENDINGS.has(text.slice(j, k).toLowerCase()) && !isWordAt(text, k)) return k;
  }
  return -1;
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
    if (p.f & F_BOUND_START && isWordAt(text, prevVisible(text, hit.start))) continue;
    if (p.f & F_CONTEXT) {
      contexts.push(hit);
      continue;
    }
    if (p.f & F_STREAK) {
      streaks.push(hit);
      continue;
    }
    const end = acceptEnd(text, hit.end, p.f);
    if (end < 0) continue;
    if (p.f & F_ALIAS) {
      found.push({ start: hit.start, end, e: p.e!, g: -1, short: false, blocker: false });
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
  const read = new Map<number, ReturnType<typeof readStreak>>();
  for (const [s, e, rules] of sentences.values()) {
    if (++n % FIGURE_STEP === 0) yield;
    let money: ReturnType<typeof findMoney> | undefined;
    for (const r of rules) {
      const rule = m.figureRules[r]!;
      if (rule.type === 'money') {
        money ??= findMoney(text, s, e);
        for (const x of money) if (x.currency === rule.currency && x.value >= rule.min && x.value <= rule.max) add(x.start, x.end, r, rule.e);
      } else {
        // Hits come in the order of their ends: only those of this sentence are looked at.
        for (let i = firstEndingFrom(streaks, s); i < streaks.length && streaks[i]!.end <= e; i++) {
          const h = streaks[i]!;
          if (h.start < s) continue;
          let st = read.get(i);
          if (st === undefined) read.set(i, (st = readStreak(text, h.start, h.end, h.payload.p === 1)));
          if (st && st.value === rule.value) add(st.start, st.end, r, rule.e);
        }
      }
    }
  }
  return out;
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
  for (const block of blocks) {
    for (const c of block.candidates) {
      if (c.blocker) blocked.add(c.g);
      else if (!c.short && (m.entityGroup[c.e] ?? -1) >= 0) fullNamed.add(c.e);
    }
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

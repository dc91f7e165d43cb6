/**
 * Native RegExps that tell, for one block of text, whether an alias may lie in it. Exact
 * in one direction: when they say no, no alias is there, so the automaton (a JavaScript
 * loop over every character) can skip the block; the browser's regular-expression
 * engine reads text several times faster.
 *
 * Why it is exact: a text that is "plain" (ASCII, or one of the SAFE characters below)
 * folds character by character, and only ASCII letters and digits fold to ASCII letters
 * and digits. So a piece of one word of an alias (its *anchor*) appears verbatim (case
 * aside) in any plain text that holds the alias. Anything not plain (accents, Cyrillic,
 * CJK, soft hyphens, ligatures) makes the test say "maybe". Anchors never span a space,
 * so a block's text nodes can be tested one by one: an anchor can only be cut by a node
 * border that falls between two letters or digits (see `midWord`).
 */
import { foldString } from './fold.ts';
import { F_BOUND_END, F_BOUND_START, type Payload } from './matcher.ts';

/**
 * Non-ASCII characters common in English pages that fold to non-alphanumeric units and
 * are not word characters (spaces, dashes, quotes, bullets, ©, £, ·, ×, arrows, shapes,
 * symbols, dingbats, icon-font private-use characters): they end an anchor exactly as
 * ASCII punctuation does. A test checks each one against the folding table. On the
 * corpus, a block with one of the symbols as its only non-ASCII character was common
 * ("►" 148 blocks, "©" 58), and each such block had to be matched in full.
 */
export const SAFE =
  '\u00A0-\u00A9\u00AB\u00AC\u00AE-\u00B1\u00B4\u00B6-\u00B8\u00BB\u00BF\u00D7\u00F7\u2002-\u200A\u2010-\u2015\u2018-\u2022\u2026\u202F' +
  '\u2039\u203A\u205F\u20AC\u2190-\u21FF\u25A0-\u25FF\u2600-\u26FF\u2700-\u2767\u2794-\u27BF\u3000\uE000-\uF8FF\uFFFC';

/**
 * True when every non-ASCII unit of a folded pattern is one a SAFE character folds to
 * ("·" in a name): it can lie in plain text, with no ASCII anchor to find it by. A pattern
 * with one other non-ASCII unit (a letter: "谢尔盖·拉夫罗夫") only lies in text that is not plain.
 */
function onlySafeFolds(pattern: string): boolean {
  const folds = safeFolds();
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c >= 0x80 && !folds.has(c)) return false;
  }
  return true;
}

/** Every non-ASCII unit some SAFE character folds to (build time: computed once). */
let safeFoldSet: Set<number> | null = null;
function safeFolds(): Set<number> {
  if (safeFoldSet) return safeFoldSet;
  const safe = new RegExp(`[${SAFE}]`);
  safeFoldSet = new Set();
  for (let c = 0x80; c < 0x10000; c++) if (safe.test(String.fromCharCode(c))) for (const u of foldString(c)) safeFoldSet.add(u.charCodeAt(0));
  return safeFoldSet;
}

/** Plain text: ASCII without "_" (so that \\b is our word boundary), and SAFE. */
const NOT_PLAIN = `[^\\x00-\\x5E\\x60-\\x7F${SAFE}]`;

/**
 * The case-insensitive anchor for one folded pattern, or null when the pattern cannot
 * occur in plain text. `\\b` is exact here: plain text has no "_", and its only word
 * characters are ASCII letters and digits, as for the engine.
 */
function anchorOf(pattern: string, payloads: readonly Payload[]): string | null {
  // A non-ASCII folded character only comes from a character that is not plain, unless a
  // SAFE one folds to it: then no anchor is exact, and the prefilter steps aside.
  if (/[^\x00-\x7F]/.test(pattern)) return onlySafeFolds(pattern) ? ALWAYS : null;
  const runs = pattern.match(/[a-z0-9]+/g);
  if (!runs) return ALWAYS; // all punctuation: no anchor, always maybe (no such alias today)
  const before = payloads.every((p) => p.f & F_BOUND_START) ? '\\b' : '';
  // The whole alias is one run: match it with its boundaries.
  if (runs.length === 1 && runs[0] === pattern) return before + pattern + (payloads.every((p) => p.f & F_BOUND_END) ? '\\b' : '');
  // Within one word (never across a space), so that a block's text nodes can be tested
  // one by one: the start of its first word when that is long and bounded ("\\bsergey"),
  // else of its longest word ("\\bjinpin" for "Xi Jinping", not a piece that "Beijing"
  // holds). Common words are passed over ("\\brow" for "years in a row", not "year"). A
  // word after the first has a boundary before it in any text that holds the alias: plain
  // text folds character by character, and only letters and digits fold to letters and digits.
  if (before && pattern.startsWith(runs[0]!) && runs[0]!.length >= 4 && !COMMON.has(runs[0]!)) return before + runs[0]!.slice(0, 6);
  let best = 0;
  for (let i = 1; i < runs.length; i++) {
    const rare = !COMMON.has(runs[i]!);
    const bestRare = !COMMON.has(runs[best]!);
    if ((rare && !bestRare) || (rare === bestRare && runs[i]!.length > runs[best]!.length)) best = i;
  }
  const run = runs[best]!;
  return (best > 0 || (before && pattern.startsWith(run)) ? '\\b' : '') + run.slice(0, 6);
}

/**
 * Words so frequent in running text that an anchor on them lets through many blocks for
 * nothing ("\\byear" passed 235 of the corpus's 20,792 blocks, "\\bgood" 162).
 */
const COMMON = new Set(['a', 'an', 'the', 'of', 'in', 'and', 'good', 'new', 'year', 'years', 'tahun', 'jahre', 'jahren']);

/** More anchors than this and the prefilter is not worth running. */
export const MAX_ANCHORS = 400;
const ALWAYS = '[\\s\\S]';

export interface PrefilterSource {
  /** A character that is not plain: the automaton must decide. */
  notPlain: string;
  /** Case-insensitive: an alias's anchor. */
  anchors: string;
}

/**
 * The prefilter's sources for folded patterns and their payloads (build time). Patterns
 * with non-ASCII letters need no anchor: `notPlain` covers them.
 */
export function buildPrefilter(patterns: readonly string[], payloads: readonly Payload[][]): PrefilterSource {
  const anchors = new Set<string>();
  patterns.forEach((p, i) => {
    const a = anchorOf(p, payloads[i]!);
    if (a !== null) anchors.add(a);
  });
  // A RegExp of thousands of alternatives is slow to build and to run, and lets nearly
  // every text through anyway: past MAX_ANCHORS the prefilter steps aside (always "maybe").
  if (anchors.size > MAX_ANCHORS || anchors.has(ALWAYS)) return { notPlain: NOT_PLAIN, anchors: ALWAYS };
  // An anchor that starts with another ("\bwang\b" after "\bwang") can only match where that one does.
  const kept = [...anchors].filter((a) => ![...anchors].some((b) => b !== a && a.startsWith(b)));
  return { notPlain: NOT_PLAIN, anchors: anchorAlternation(kept) || '(?!)' };
}

/**
 * The anchors as one factored alternation: "\\b(?:s(?:erge(?:y|i)|ino)|wang)" rather than
 * "\\bsergey|\\bsergei|\\bsino|\\bwang". The RegExp engines try each alternative at
 * every position of the text; factored, one \\b check turns away most positions (inside a
 * word) and one letter picks the branch. Measured per text node in the page, the anchors'
 * test cost 3.3 walks in Chromium and 2.3 in Firefox as a flat list, 2.3 and 1.7 factored.
 * It matches where the flat list matches (a test checks it): only "is there a match" is
 * asked, and that does not depend on the order of the alternatives.
 */
export function anchorAlternation(anchors: readonly string[]): string {
  const bounded = anchors.filter((a) => a.startsWith('\\b')).map((a) => tokens(a.slice(2)));
  const free = anchors.filter((a) => !a.startsWith('\\b')).map(tokens);
  const parts: string[] = [];
  if (bounded.length > 0) parts.push('\\b' + group(trie(bounded)));
  if (free.length > 0) parts.push(...trie(free));
  return parts.join('|');
}

/** An anchor's tokens: its letters and digits, and a final "\\b". */
function tokens(anchor: string): string[] {
  return anchor.match(/\\b|./g) ?? [];
}

function group(branches: string[]): string {
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

/** Token lists as a prefix tree, one branch per first token. */
function trie(lists: readonly string[][]): string[] {
  const byFirst = new Map<string, string[][]>();
  for (const l of lists) {
    const rests = byFirst.get(l[0]!) ?? [];
    rests.push(l.slice(1));
    byFirst.set(l[0]!, rests);
  }
  return [...byFirst].map(([first, rests]) =>
    // A list that ends here matches wherever its longer siblings do: it alone is kept.
    rests.some((r) => r.length === 0) ? first : first + group(trie(rests)),
  );
}

/** True when a node border between `before` and `after` falls inside a word (an anchor may be cut there). */
export function midWord(before: string, after: string): boolean {
  return before.length > 0 && after.length > 0 && isAlnum(before.charCodeAt(before.length - 1)) && isAlnum(after.charCodeAt(0));
}
function isAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * Plain ASCII through and through: most texts are, and this one positive class says so
 * faster than `notPlain`'s class with its non-ASCII ranges (in Firefox, that class alone
 * cost 3.1 times a bare walk per text node, this one 1.4).
 */
const ASCII = /^[\x00-\x5E\x60-\x7F]*$/;

const compiled = new WeakMap<PrefilterSource, (text: string) => boolean>();

/** True when the prefilter stepped aside (it says "maybe" to every text). */
export function passesAll(source: PrefilterSource): boolean {
  return source.anchors === ALWAYS;
}

/** The runtime test (compiled once per matcher): false means no alias lies in `text`. */
export function prefilterOf(source: PrefilterSource): (text: string) => boolean {
  let test = compiled.get(source);
  if (!test && source.anchors === ALWAYS) test = () => true;
  if (!test) {
    const notPlain = new RegExp(source.notPlain);
    const anchors = new RegExp(source.anchors, 'i');
    test = (text) => (!ASCII.test(text) && notPlain.test(text)) || anchors.test(text);
    compiled.set(source, test);
  }
  return test;
}

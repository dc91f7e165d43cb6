/**
 * Native RegExps that tell, for one text, whether an alias may lie in it. Exact in one
 * direction: when they say no, no alias is there, so the automaton (a JavaScript loop over
 * every character) can skip the block; the browser's regular-expression engine reads text
 * several times faster.
 *
 * Why it is exact: folding works per character, so a piece of one word of an alias (its
 * *anchor*) lies in any text that holds the alias, written with characters that fold to
 * the anchor's letters one for one. Tiers, cheapest first (decision 14):
 * - plain text (ASCII, or one of the SAFE characters below; most texts): only ASCII letters
 *   and digits fold to ASCII letters and digits, so the anchor appears verbatim, case aside;
 * - other text (accents, "_", Cyrillic): `hard` characters, which vanish or fold to several
 *   units with a letter among them (soft hyphens, combining marks, "Ǉ", "½"), and those of
 *   scripts the classes leave out (Han, kana, Hangul, fullwidth forms), say "maybe";
 *   else `wide` decides, which writes each letter of an anchor as the class of every
 *   character that folds to it ("é" for "e", "Л" for "л").
 * Anchors never span a space, so a block's text nodes can be tested one by one: an anchor
 * can only be cut by a node border that falls between two letters (see `midWord`).
 */
import { foldString } from './fold.ts';
import { F_BOUND_END, F_BOUND_START, F_INFLECT } from './payload-flags.ts';

/** What the prefilter reads of a payload: its flags. */
interface Flagged {
  f: number;
}

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
 * A character that is neither plain ASCII (without "_", so that \\b is our word boundary)
 * nor SAFE. Written as a small class and a look-behind (`notInClass`), not as one class.
 */
const NOT_PLAIN = notInClass('\\x00-\\x5E\\x60-\\x7F', SAFE);

/**
 * A class "neither `small` nor `rest`" in a form the RegExp engines search fast: a
 * character not in `small` (a few ASCII ranges), then a look-behind at it for `rest` (many
 * non-ASCII ranges). As one negated class of all the ranges, V8 and SpiderMonkey spent
 * about 20 ns on each character of a text that holds none (Chromium 156, Firefox 153, on
 * the corpus's texts with a non-ASCII character): 350 to 860 µs per page on pages in
 * English with curly quotes, in French or in Czech. Split, 5 to 14 times less. Same
 * characters either way (a test checks it).
 */
export function notInClass(small: string, rest: string): string {
  return rest === '' ? `[^${small}]` : `[^${small}](?<![${rest}])`;
}

/** An anchor: a piece of one word of an alias, and whether a word boundary comes before or after it. */
interface Piece {
  text: string;
  before: boolean;
  after: boolean;
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;

/** The anchor of one folded pattern, or null when it has no letter or digit (no such alias today). */
function pieceOf(pattern: string, payloads: readonly Flagged[]): Piece | null {
  const runs = pattern.match(WORD_RUN);
  if (!runs) return null;
  const before = payloads.every((p) => p.f & F_BOUND_START);
  // The whole alias is one run: match it with its boundaries (none after it where Russian
  // case endings may follow).
  if (runs.length === 1 && runs[0] === pattern) return { text: pattern, before, after: payloads.every((p) => p.f & F_BOUND_END && !(p.f & F_INFLECT)) };
  // Within one word (never across a space), so that a block's text nodes can be tested
  // one by one: the start of its first word when that is long and bounded ("\\bsergey"),
  // else of its longest word ("\\bjinpin" for "Xi Jinping", not a piece that "Beijing"
  // holds). Common words are passed over ("\\brow" for "years in a row", not "year"). A
  // word after the first has a boundary before it in any text that holds the alias: text
  // folds character by character, and only letters and digits fold to letters and digits.
  if (before && pattern.startsWith(runs[0]!) && runs[0]!.length >= 4 && !COMMON.has(runs[0]!)) return { text: runs[0]!.slice(0, 6), before: true, after: false };
  let best = 0;
  for (let i = 1; i < runs.length; i++) {
    const rare = !COMMON.has(runs[i]!);
    const bestRare = !COMMON.has(runs[best]!);
    if ((rare && !bestRare) || (rare === bestRare && runs[i]!.length > runs[best]!.length)) best = i;
  }
  const run = runs[best]!;
  return { text: run.slice(0, 6), before: best > 0 || (before && pattern.startsWith(run)), after: false };
}

/**
 * An anchor as tokens, with its boundaries written as the tier needs them.
 * - Plain text (`PLAIN`): the case-insensitive letters and `\\b`, which is exact there: plain
 *   text has no "_", and its only word characters are ASCII letters and digits, as for the
 *   engine. Only for a pattern whose letters are all ASCII: only text that is not plain
 *   holds the others.
 * - Any text (`WIDE`): each letter stands for the class of every character that folds to it
 *   (see `wideSource`), boundaries for look-arounds on ASCII letters and digits ("<", ">").
 *   Those are weaker than the engine's boundaries ("é" or "_" before a name passes), never
 *   stronger: exact one way.
 */
const tokensWith = (open: string, close: string) => (piece: Piece): string[] =>
  [...(piece.before ? [open] : []), ...piece.text, ...(piece.after ? [close] : [])];
const PLAIN = tokensWith('\\b', '\\b');
const WIDE = tokensWith('<', '>');

/**
 * Where `hard` looks closely: Latin, Greek, Cyrillic, Armenian, punctuation and symbols,
 * CJK punctuation, kana and Han, fullwidth and halfwidth forms, UTF-16 surrogates (emoji),
 * private use. Any other character counts as hard (Hangul, other scripts): a coarser class
 * and no anchors in those scripts keep the content script small.
 */
const CLOSE: readonly [number, number][] = [[0x80, 0x58f], [0x1e00, 0x1fff], [0x2000, 0x2bff], [0x3000, 0x30ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xd800, 0xf8ff], [0xff00, 0xffef]];
/**
 * Within CLOSE, the letters that get into `wide`'s classes; others that fold to a letter
 * ("ⓔ", "ℯ", fullwidth "Ｐ") count as hard. Han and kana are here: Chinese and Japanese
 * pages were "maybe" in every block with a Han character before, and the automaton read
 * them all; their aliases (王毅, 普京) are anchors of the wide tier like any other.
 */
const LETTERS: readonly [number, number][] = [[0x80, 0x24f], [0x370, 0x52f], [0x1e00, 0x1fff], [0x3000, 0x30ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff]];
const within = (c: number, list: readonly [number, number][]) => list.some(([a, b]) => c >= a && c <= b);

/** Build time: characters by what they fold to (computed once). */
interface FoldClasses {
  /** Folded letter or digit -> every character that folds to it alone (one per case pair: the RegExp ignores case). */
  members: Map<string, number[]>;
  /** A class of every character that vanishes or folds to several units one of which is a letter or digit (and, coarsely, of scripts past CLOSE). */
  hard: string;
}
let foldClasses: FoldClasses | null = null;
function foldTable(): FoldClasses {
  if (foldClasses) return foldClasses;
  const members = new Map<string, number[]>();
  const soft: number[] = [];
  const letter = /[\p{L}\p{N}]/u;
  const seen = new Set<string>();
  for (let c = 0; c < 0x10000; c++) {
    const f = foldString(c);
    const isLetter = letter.test(f);
    const hard = f.length === 0 || (isLetter && (f.length > 1 || (c >= 0x80 && !within(c, LETTERS))));
    // Lone surrogates fold to themselves and are no letters: they never lie in an anchor.
    if (!hard && within(c, CLOSE)) soft.push(c);
    if (hard || !isLetter) continue;
    // One of each pair that only case tells apart: the "i" flag finds the other.
    const key = f + canonical(c);
    if (seen.has(key)) continue;
    seen.add(key);
    const list = members.get(f) ?? [];
    list.push(c);
    members.set(f, list);
  }
  foldClasses = { members, hard: notInClass('\\x00-\\x7F', ranges(soft)) };
  return foldClasses;
}

/** What a RegExp with the "i" flag (no "u") compares a character by. */
function canonical(c: number): string {
  const ch = String.fromCharCode(c);
  const up = ch.toUpperCase();
  return up.length !== 1 || (c >= 0x80 && up.charCodeAt(0) < 0x80) ? ch : up;
}

const LOOK_BEHIND = '(?<![A-Za-z0-9])';
const LOOK_AHEAD = '(?![A-Za-z0-9])';

/** The wide anchors' RegExp source (flag "i") from its compact form: each letter becomes its class, "<" and ">" look-arounds. */
export function wideSource(source: PrefilterSource): string {
  return source.wide.replace(/[<>]|[^()?:|]/g, (t) => (t === '<' ? LOOK_BEHIND : t === '>' ? LOOK_AHEAD : (source.classes[t] ?? t)));
}

/** Sorted code units as a RegExp class body of ranges. */
function ranges(units: readonly number[]): string {
  let out = '';
  for (let i = 0; i < units.length; ) {
    let j = i;
    while (j + 1 < units.length && units[j + 1] === units[j]! + 1) j++;
    out += escapeUnit(units[i]!) + (j > i + 1 ? '-' : '') + (j > i ? escapeUnit(units[j]!) : '');
    i = j + 1;
  }
  return out;
}

function escapeUnit(c: number): string {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return String.fromCharCode(c);
  return c < 0x100 ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
}

/**
 * Words so frequent in running text that an anchor on them lets through many blocks for
 * nothing ("\\byear" passed 235 of the corpus's 20,792 blocks, "\\bgood" 162).
 */
const COMMON = new Set(['a', 'an', 'the', 'of', 'in', 'and', 'good', 'new', 'year', 'years', 'tahun', 'jahre', 'jahren']);

/**
 * What each tier's RegExp may cost to compile, in nodes of its prefix tree (one per
 * letter, class or boundary). Compiling, not running, is what grows with the dataset: in
 * V8, random six-letter anchors in a tree ran over text about as fast at 10,000 as at 50,
 * but compiling and the first 500 tests took 1 ms at 50 and 0.26 s at 10,000 (1 s with a
 * vowel's class for each letter). The 100,000-alias bench dataset fits the plain budget
 * whole (1.5–2.4 ms) and the wide one cut to three letters (1.6–2.2 ms; 5–7 ms whole). The
 * real dataset's trees are far below. Past a budget, anchors get shorter (decision 15).
 */
export const NODE_BUDGET = { plain: 1000, wide: 400 } as const;
/** Anchors shorter than this let nearly every text through: the tier steps aside instead. */
const MIN_ANCHOR = 3;
const ALWAYS = '[\\s\\S]';
const NEVER = '(?!)';

export interface PrefilterSource {
  /** A character that is not plain: the automaton must decide. */
  notPlain: string;
  /** Case-insensitive: an alias's anchor in plain text. */
  anchors: string;
  /** A character that vanishes or folds to several letters: the automaton must decide. */
  hard: string;
  /** An alias's anchor in any text, compact (see `wideSource`). */
  wide: string;
  /** A letter of `wide` -> the class of the characters that fold to it. */
  classes: Record<string, string>;
}

/** Every text is "maybe": no anchor, or too many to compile even cut short. */
const steppedAside = (): PrefilterSource => ({ notPlain: NOT_PLAIN, anchors: ALWAYS, hard: ALWAYS, wide: ALWAYS, classes: {} });

/** The prefilter's sources for folded patterns and their payloads (build time). */
export function buildPrefilter(patterns: readonly string[], payloads: readonly Flagged[][]): PrefilterSource {
  const pieces: Piece[] = [];
  const ascii: boolean[] = [];
  for (let i = 0; i < patterns.length; i++) {
    const piece = pieceOf(patterns[i]!, payloads[i]!);
    // All punctuation: no anchor, always maybe.
    if (piece === null) return steppedAside();
    pieces.push(piece);
    ascii.push(!/[^\x00-\x7F]/.test(patterns[i]!.match(WORD_RUN)!.join('')));
  }
  const { members, hard } = foldTable();
  const plain = fit(pieces.filter((_, i) => ascii[i]), PLAIN, NODE_BUDGET.plain);
  // Past its budget, the plain tier steps aside and so does the whole prefilter.
  if (plain === null) return steppedAside();
  const anchors = anchorAlternation(plain) || NEVER;
  // A letter no soft character folds to ("王") only lies in text with a hard character: no wide anchor needed.
  const wide = fit(pieces.filter((p) => [...p.text].every((u) => members.has(u))), WIDE, NODE_BUDGET.wide);
  // Past its budget, text that is not plain is "maybe" whole: `hard` need not scan it first.
  if (wide === null) return { notPlain: NOT_PLAIN, anchors, hard: ALWAYS, wide: ALWAYS, classes: {} };
  const classes: Record<string, string> = {};
  for (const tokens of wide) {
    for (const u of tokens) {
      const list = members.get(u);
      // A letter alone does where the "i" flag finds all its characters ("л" for "Л").
      if (list && !(list.length === 1 && canonical(list[0]!) === canonical(u.charCodeAt(0)))) classes[u] = `[${ranges(list)}]`;
    }
  }
  return { notPlain: NOT_PLAIN, anchors, hard, wide: anchorAlternation(wide) || NEVER, classes };
}

/**
 * The anchors as token lists whose prefix tree fits the budget: as long as they are, else
 * cut to the longest length that fits (a prefix of an anchor lies wherever the anchor
 * does; the boundary after it goes), else null (shorter than MIN_ANCHOR).
 */
function fit(pieces: readonly Piece[], tokensOf: (p: Piece) => string[], budget: number): string[][] | null {
  const letters = pieces.map((p) => [...p.text]);
  const cutTo = (length: number): string[][] => {
    const lists = new Map<string, string[]>();
    for (const [i, p] of pieces.entries()) {
      const cut = letters[i]!.length > length ? { text: letters[i]!.slice(0, length).join(''), before: p.before, after: false } : p;
      const tokens = tokensOf(cut);
      lists.set(tokens.join('\0'), tokens);
    }
    return [...lists.values()];
  };
  const longest = letters.reduce((n, l) => Math.max(n, l.length), 0);
  const whole = cutTo(longest);
  if (trieNodes(whole) <= budget) return whole;
  // Cutting never adds a node: search the longest length that fits.
  let best: string[][] | null = null;
  for (let lo = MIN_ANCHOR, hi = longest - 1; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    const lists = cutTo(mid);
    if (trieNodes(lists) <= budget) {
      best = lists;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
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
export function anchorAlternation(anchors: readonly (readonly string[])[]): string {
  return trie(anchors).join('|');
}

function group(branches: string[]): string {
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

/** Token lists by their first token, each with the rests that follow it. */
function byFirst(lists: readonly (readonly string[])[]): Map<string, (readonly string[])[]> {
  const out = new Map<string, (readonly string[])[]>();
  for (const l of lists) {
    const rests = out.get(l[0]!) ?? [];
    rests.push(l.slice(1));
    out.set(l[0]!, rests);
  }
  return out;
}

/** Nodes of the lists' prefix tree, as `trie` writes it (what compiling its RegExp costs). */
function trieNodes(lists: readonly (readonly string[])[]): number {
  let n = 0;
  for (const rests of byFirst(lists).values()) n += 1 + (rests.some((r) => r.length === 0) ? 0 : trieNodes(rests));
  return n;
}

/** Token lists as a prefix tree, one branch per first token. */
function trie(lists: readonly (readonly string[])[]): string[] {
  return [...byFirst(lists)].map(([first, rests]) =>
    // A list that ends here matches wherever its longer siblings do: it alone is kept.
    rests.some((r) => r.length === 0) ? first : first + group(trie(rests)),
  );
}

/** True when a node border between `before` and `after` falls inside a word (an anchor may be cut there). */
export function midWord(before: string, after: string): boolean {
  return before.length > 0 && after.length > 0 && isAlnum(before.charCodeAt(before.length - 1)) && isAlnum(after.charCodeAt(0));
}
/** Longest word run the window of a cut border looks at; past it the border is "maybe". */
const RUN_MAX = 64;

/**
 * At a border inside a word (`midWord`): the word run that ends `before`, in which an
 * anchor the border cuts begins. When all of `before` is in it, the run goes on into the
 * text before: `carried`, this function's answer at that border ('' when it was no cut).
 * Null when the run is longer than RUN_MAX (or was): the border is then "maybe".
 */
export function runBefore(carried: string | null, before: string): string | null {
  let i = before.length;
  while (i > 0 && isAlnum(before.charCodeAt(i - 1))) if (before.length - --i > RUN_MAX) return null;
  if (i > 0) return before.slice(i);
  return carried === null || carried.length + before.length > RUN_MAX ? null : carried + before;
}

/**
 * The text around a cut border that holds every anchor the border cuts: `run` (from
 * `runBefore`), then `after` up to the end of its first word run and one character more
 * (for the boundary after an anchor). Anchors lie within one word run: the prefilter's
 * answer on this window is exact one way for the border, as on a node. Null when `run` is
 * or `after`'s run is longer than RUN_MAX.
 */
export function cutWindow(run: string | null, after: string): string | null {
  if (run === null) return null;
  let j = 0;
  while (j < after.length && isAlnum(after.charCodeAt(j))) if (++j > RUN_MAX) return null;
  return run + after.slice(0, j + 1);
}

/** An ASCII letter or digit, or any unit past ASCII (it may fold to a letter: "é", "Л"). */
function isAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0x80;
}

const compiled = new WeakMap<PrefilterSource, (text: string) => boolean>();

/** True when the prefilter stepped aside (it says "maybe" to every text). */
export function passesAll(source: PrefilterSource): boolean {
  return source.anchors === ALWAYS;
}

/** The runtime test (compiled once per matcher): false means no alias lies in `text`. */
export function prefilterOf(source: PrefilterSource): (text: string) => boolean {
  let test = compiled.get(source);
  if (!test && passesAll(source)) test = () => true;
  if (!test) {
    // One search for the first anchor or character that is not plain, whichever comes
    // first: most texts hold neither, and one native call is all they cost. The last
    // character of the match tells which: an anchor ends in an ASCII letter or digit.
    const first = new RegExp(`${source.anchors}|${source.notPlain}`, 'gi');
    const hard = new RegExp(source.hard);
    const wide = new RegExp(wideSource(source), 'i');
    test = (text) => {
      first.lastIndex = 0;
      if (!first.test(text)) return false;
      const c = text.charCodeAt(first.lastIndex - 1);
      return (c < 0x80 && c !== 0x5f) || hard.test(text) || wide.test(text);
    };
    compiled.set(source, test);
  }
  return test;
}

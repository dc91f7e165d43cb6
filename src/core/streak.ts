/**
 * Streak phrases ("11 consecutive years", "onzième année consécutive", "11 лет подряд",
 * "连续11年", "11年連続", "11년 연속") from the language files' templates. At build time each
 * template gives the automaton one piece of literal words (`streakPiece`) and a RegExp
 * source (`streakSource`); at run time a piece's hit runs its template's RegExp over the
 * sentence, and the number it holds is read as digits of any script, a Han numeral or a
 * number word.
 */
import { foldText, isWordChar } from './fold.ts';

/** Where the number is: Han numerals up to 99, then digits of any script (1-3 of them). */
const HAN = '[一二两兩三四五六七八九十]{1,3}';
const DIGITS = '(?<!\\p{N})\\p{Nd}{1,3}(?!\\p{N})';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A template as the matcher stores it: its folded text before and after {n}, and its language's number words (an index into `numberWords`). */
export type StoredTemplate = [before: string, after: string, words: number];

/** Build time: a template's stored form (folded: case, accents, vowel marks, tatweel, dashes and spaces as for names). */
export function storedTemplate(template: string, words: number): StoredTemplate {
  const [a, b] = foldText(template).split('{n}') as [string, string];
  return [a, b, words];
}

/**
 * The RegExp source (flag "u") of a stored template, read over folded text; group 1 is the
 * number. A space beside the number may be missing ("11ปีติดต่อกัน", "连续 11 年"). Made at
 * run time, once per template a page's hit needs.
 */
export function streakSource([a, b]: StoredTemplate, words: readonly string[]): string {
  const sorted = [...words].sort((x, y) => y.length - x.length).map(escape);
  const word = sorted.length > 0 ? `|(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}])` : '';
  const before = escape(a).replace(/ $/, ' ?');
  const after = escape(b).replace(/^ /, ' ?');
  return `${before}(${DIGITS}|${HAN}${word})${after}`;
}

/**
 * Build time: the word of a template the automaton looks for, folded: its longest literal
 * word that starts at a word's start (a word glued to the number, "e" in "{n}e année",
 * starts inside a word, where the automaton never starts a bounded pattern). Templates that
 * share the word share one pattern ("consecutive"): the hit only says where to look.
 */
export function streakPiece(template: string): string {
  const [a, b] = foldText(template).split('{n}') as [string, string];
  const words = [...a.split(' '), ...(b !== '' && isWordChar(b[0]!) ? b.split(' ').slice(1) : b.split(' '))].filter((w) => w !== '');
  const best = words.sort((x, y) => y.length - x.length)[0];
  if (!best) throw new Error(`streak template "${template}": no literal words around {n}`);
  return best;
}

const HAN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A Han numeral up to 99 (十一, 二十, 九), or NaN. */
function hanValue(s: string): number {
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? (HAN_DIGITS[s] ?? NaN) : NaN;
  const tens = ten === 0 ? 1 : (HAN_DIGITS[s.slice(0, ten)] ?? NaN);
  const rest = s.slice(ten + 1);
  return tens * 10 + (rest === '' ? 0 : (HAN_DIGITS[rest] ?? NaN));
}

/** The value of a streak's number: digits of any script, a Han numeral or a word of `numbers` (folded). */
export function numberValue(raw: string, numbers: ReadonlyMap<string, number>): number {
  if (/^\p{Nd}+$/u.test(raw)) {
    let v = 0;
    for (const ch of raw) {
      const c = ch.charCodeAt(0);
      let d = 0;
      while (d < 9 && /\p{Nd}/u.test(String.fromCharCode(c - d - 1))) d++;
      v = v * 10 + d;
    }
    return v;
  }
  const han = hanValue(raw);
  if (!Number.isNaN(han)) return han;
  return numbers.get(foldText(raw)) ?? NaN;
}

export interface Streak {
  start: number;
  end: number;
  value: number;
}

const compiled = new WeakMap<StoredTemplate, RegExp>();

/** Streaks of one template within [from, to) of folded `text` that overlap [hitStart, hitEnd). */
export function readStreaks(text: string, template: StoredTemplate, words: readonly string[], numbers: ReadonlyMap<string, number>, from: number, to: number, hitStart: number, hitEnd: number): Streak[] {
  const window = text.slice(from, to);
  // The template's words must all be there before its RegExp is made: templates share the
  // automaton's word ("consecutive": a dozen of them), and the first run of each Unicode
  // RegExp took about 1 ms (a page's first streak sentence took 11.6 ms in Node).
  const [a, b] = template;
  if (!window.includes(a.trim()) || !window.includes(b.trim())) return [];
  let re = compiled.get(template);
  if (!re) compiled.set(template, (re = new RegExp(streakSource(template, words), 'gu')));
  const out: Streak[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(window); m !== null; m = re.exec(window)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
    if (end <= hitStart || start >= hitEnd) continue;
    const value = numberValue(m[1]!, numbers);
    if (!Number.isNaN(value)) out.push({ start, end, value });
  }
  return out;
}

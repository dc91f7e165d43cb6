/**
 * Money amounts as real pages write them, in any language the table knows: "$107 billion",
 * "US$107.76 billion", "107,8 milliards de dollars", "107,76 млрд долларов", "1077.7亿美元",
 * "١٠٧٫٧٦ مليار دولار", "1078億ドル". The words come from a table generated from CLDR at
 * build time (money-table.ts); amounts are parsed to a value, never matched as strings.
 * Pure: text in, amounts (value in units of the currency) out.
 */
import { foldString, isIgnorable, isWordChar } from './fold.ts';
import type { MoneyTable } from './matcher.ts';

export interface Money {
  start: number;
  end: number;
  value: number;
  /** ISO 4217 code, or 'XXX' for a dollar that is not the US one (HK$, A$, ...). */
  currency: string;
}

/** Digit value of a decimal digit of any script (\p{Nd} comes in runs of ten from zero), or -1. */
const digitCache = new Map<number, number>();
const ND = /\p{Nd}/u;
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c < 0x80) return -1;
  let v = digitCache.get(c);
  if (v === undefined) {
    v = -1;
    if (ND.test(String.fromCharCode(c))) {
      v = 0;
      while (v < 9 && ND.test(String.fromCharCode(c - v - 1))) v++;
    }
    digitCache.set(c, v);
  }
  return v;
}

/** Separators inside a number: decimal marks and group marks of every locale (٫ ٬ are Arabic's). */
const SEPARATORS = new Set(['.', ',', '\u066B', '\u066C', '\u00A0', '\u202F', '\u2009', ' ', "'", '\u2019']);
const SPACE_SEPARATORS = new Set(['\u00A0', '\u202F', '\u2009', ' ']);

/**
 * Parses a number's digits (ASCII, already mapped) and separators. Both kinds: the last one
 * is the decimal mark ("1,077.7", "1.077,7"). One kind, repeated, or a space: groups. One
 * '.' or ',' with exactly three digits after it groups thousands ("1,077", "107.760"),
 * else it is the decimal mark ("107,76", "1077.7"). ٫ is always decimal, ٬ always a group.
 */
export function parseNumber(raw: string): number {
  if (raw.includes('\u066B')) return Number(raw.replace('\u066B', '.').replace(/[^\d.]/g, ''));
  const s = raw.replace(/\u066C/g, ',');
  const digits = (x: string) => x.replace(/\D/g, '');
  const marks = s.replace(/[^.,]/g, '');
  if (marks === '') return Number(digits(s)); // spaces or apostrophes only: groups
  const last = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  const decimal = () => Number(`${digits(s.slice(0, last))}.${digits(s.slice(last + 1))}`);
  // Both marks, or a mark after space groups ("1 077,7"): the last mark is the decimal one.
  if (new Set(marks).size > 1 || /[^\d.,]/.test(s)) return decimal();
  if (marks.length > 1) return Number(digits(s)); // "107.000.000.000"
  return s.length - last - 1 === 3 ? Number(digits(s)) : decimal();
}

/** Reads the number at `i`: its end and its raw text with every digit as ASCII; null if no digit is there. */
function readNumber(text: string, i: number): { end: number; raw: string } | null {
  let raw = '';
  let j = i;
  for (;;) {
    const d = digitValue(text.charCodeAt(j));
    if (d >= 0) {
      raw += d;
      j++;
      continue;
    }
    const ch = text[j];
    // A separator counts only between digits; a space only before a group of three ("107 000").
    if (ch !== undefined && SEPARATORS.has(ch) && raw !== '' && digitValue(text.charCodeAt(j + 1)) >= 0) {
      if (SPACE_SEPARATORS.has(ch) && !(isGroup(text, j + 1) && /^\d{1,3}$/.test(raw.split(/\D/).pop()!))) break;
      raw += ch;
      j++;
      continue;
    }
    break;
  }
  return raw === '' ? null : { end: j, raw };
}

/** Exactly three digits at `i`, then no digit. */
function isGroup(text: string, i: number): boolean {
  for (let k = 0; k < 3; k++) if (digitValue(text.charCodeAt(i + k)) < 0) return false;
  return digitValue(text.charCodeAt(i + 3)) < 0;
}

/**
 * Text from `i` folded, with each folded unit's source end: enough to compare table words
 * (folded at build time) with what the page wrote ("Milliarden", "ДОЛЛАРОВ", "ＵＳＤ").
 */
function foldedAhead(text: string, i: number, n: number): { folded: string; ends: number[] } {
  let folded = '';
  const ends: number[] = [];
  for (let j = i; j < text.length && folded.length < n; j++) {
    const f = foldString(text.charCodeAt(j));
    for (let k = 0; k < f.length; k++) {
      folded += f[k];
      ends.push(j + 1);
    }
  }
  return { folded, ends };
}

/** The longest table word that starts `folded` (and ends a word where it ends in a letter): its folded length and value. */
function longestAt<V>(folded: string, list: readonly [string, V][], gluedTo?: readonly [string, string][]): [number, V] | null {
  for (const [word, value] of list) {
    if (!folded.startsWith(word)) continue;
    const next = folded[word.length];
    // A word that ends in a letter needs a word's end after it, or (a scale) a currency word glued to it: "1078억달러".
    if (next !== undefined && endsWord(word) && isWordChar(next) && !(gluedTo && longestAt(folded.slice(word.length), gluedTo))) continue;
    return [word.length, value];
  }
  return null;
}

/** Does a table word need a word's end after it? Not in Korean, whose particles follow glued ("달러를"). */
function endsWord(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return isWordChar(word[word.length - 1]!) && !(last >= 0xac00 && last <= 0xd7a3);
}

/** How many folded units of spaces start `folded` (at most one space: folding already joined them). */
const spaceAt = (folded: string, k: number): number => (folded[k] === ' ' ? 1 : 0);

/** Every money amount that starts with a number inside [from, to) of `text`. */
export function findMoney(text: string, table: MoneyTable, from = 0, to = text.length): Money[] {
  const found: Money[] = [];
  for (let i = from; i < to; i++) {
    if (digitValue(text.charCodeAt(i)) < 0) continue;
    const num = readNumber(text, i);
    if (!num) continue;
    const money = readMoneyAt(text, table, i, num);
    if (money) found.push(money);
    i = Math.max(i, (money ? money.end : num.end) - 1);
  }
  return found;
}

function readMoneyAt(text: string, table: MoneyTable, numStart: number, num: { end: number; raw: string }): Money | null {
  // A currency sign or code before the number, with at most one space: "US$", "$ ", "USD".
  let currency: string | null = null;
  let start = numStart;
  let j = numStart;
  if (j > 0 && /[ \u00A0\u202F]/.test(text[j - 1]!)) j--;
  // Longest first: "US$" before "$".
  for (let back = Math.min(6, j); back >= 1; back--) {
    const piece = text.slice(j - back, j);
    let folded = '';
    for (let k = 0; k < piece.length; k++) folded += foldString(piece.charCodeAt(k));
    const hit = table.before.find(([w]) => w === folded);
    if (!hit) continue;
    const charBefore = text[j - back - 1];
    // "HK$", "A$", "NT$": a letter glued to the sign names another dollar.
    if (charBefore !== undefined && isWordChar(charBefore)) {
      if (hit[0].endsWith('$')) {
        currency = 'XXX';
        start = j - back;
        while (start > 0 && isWordChar(text[start - 1]!)) start--;
        break;
      }
      continue;
    }
    currency = hit[1];
    start = j - back;
    break;
  }
  // A number glued to a word before it is part of that word ("A380", "COVID-19"), unless a sign or code is what touches it.
  if (start === numStart && numStart > 0 && isWordChar(text[numStart - 1]!) && !isIgnorable(text.charCodeAt(numStart - 1))) return null;
  let value = parseNumber(num.raw);
  if (!Number.isFinite(value)) return null;
  // After the number: a scale word, a connector, a currency word or sign, with single spaces between.
  const { folded, ends } = foldedAhead(text, num.end, 48);
  let k = spaceAt(folded, 0);
  let end = num.end;
  let scale = longestAt(folded.slice(k), table.scales, table.after);
  // "37 DE miliarde": a connector may stand between a number and its scale too (Romanian, from 20 on).
  for (let i = 0; !scale && i < table.connectors.length; i++) {
    const conn = table.connectors[i]!;
    if (conn.endsWith("'") || !folded.startsWith(conn + ' ', k)) continue;
    const at = k + conn.length + 1;
    const m = longestAt(folded.slice(at), table.scales, table.after);
    if (m) {
      scale = m;
      k = at;
    }
  }
  if (scale) {
    value *= 10 ** scale[1];
    k += scale[0];
    end = ends[k - 1]!;
  }
  let c = k + spaceAt(folded, k);
  let cur = longestAt(folded.slice(c), table.after);
  if (!cur) {
    // "milliards DE dollars", "mil millones de dólares", "miliardi di dollari": a connector counts only before a currency.
    for (const conn of table.connectors) {
      if (!folded.startsWith(conn, c)) continue;
      const at = c + conn.length;
      const next = at + (conn.endsWith("'") ? 0 : spaceAt(folded, at));
      if (!conn.endsWith("'") && next === at) continue;
      const m = longestAt(folded.slice(next), table.after);
      if (m) {
        cur = m;
        c = next;
        break;
      }
    }
  }
  if (cur && (currency === null || currency === cur[1])) {
    currency = cur[1];
    end = ends[c + cur[0] - 1]!;
  }
  if (currency === null) return null;
  return { start, end, value, currency };
}

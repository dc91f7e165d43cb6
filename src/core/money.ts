/**
 * Money amounts as real pages write them: "$107 billion", "US$107.76 billion",
 * "USD 107.8bn", "107 miliar dolar AS", "107,76 млрд долларов", "1077.7亿美元".
 * Pure: text in, amounts (value in units of the currency) out.
 */
import { isWordChar } from './fold.ts';

export interface Money {
  start: number;
  end: number;
  value: number;
  /** ISO 4217 code, or 'XXX' for a currency we do not know (HK$, A$, ...). */
  currency: string;
}

const MAGNITUDES: [RegExp, number][] = [
  [/^(?:trillions?|tn|triliun|трлн\.?|триллион(?:а|ов)?|万亿|萬億)/iu, 1e12],
  [/^(?:billions?|bn|b|miliar|milyar|млрд\.?|миллиард(?:а|ов)?|十亿|十億)/iu, 1e9],
  [/^(?:millions?|mn|mln|m|juta|млн\.?|миллион(?:а|ов)?|百万|百萬)/iu, 1e6],
  [/^(?:thousand|k|ribu|тыс\.?|千)/iu, 1e3],
  [/^(?:亿|億)/u, 1e8],
  [/^(?:万|萬)/u, 1e4],
];

const SUFFIX_CURRENCIES: [RegExp, string][] = [
  [/^(?:u\.?s\.? dollars?|us dollars?|american dollars?|dolar (?:as|amerika(?: serikat)?)|долл(?:ар(?:ов|а|ы)?|\.) сша|美元|美金)/iu, 'USD'],
  [/^(?:dollars?|dolar|usd|долл(?:ар(?:ов|а|ы)?|\.)?)/iu, 'USD'],
  [/^(?:yuan|renminbi|rmb|cny|юаней|юаня|元|人民币|人民幣)/iu, 'CNY'],
  [/^(?:roubles?|rubles?|rubel|rub|рубл(?:ей|я|ь)|卢布|盧布)/iu, 'RUB'],
  [/^(?:euros?|eur|евро|欧元|歐元|€)/iu, 'EUR'],
  [/^(?:rupiah|idr)/iu, 'IDR'],
];

/** Currency codes written before a number (case matters). */
const CODES = 'USD|EUR|RUB|RMB|CNY|IDR|Rp';
/** A piece of every prefix currency below. */
const ANY_PREFIX = new RegExp(`[$€₽¥]|${CODES}`);
/** A code right before a number that touches it ("USD107"): not part of a word. */
const CODE_BEFORE = new RegExp(`(?:${CODES})$`);
/** A piece of every suffix currency above (within 40 characters of the number when one follows it, magnitude and spaces included). */
const ANY_SUFFIX = /dollar|dolar|долл|美|usd|yuan|renminbi|rmb|cny|юан|元|人民|roubl|rub|рубл|卢布|盧布|eur|евро|€|rupiah|idr/iu;

const PREFIX_CURRENCIES: [RegExp, string][] = [
  [/(?:US ?\$|U\.S\. ?\$|USD ?)$/u, 'USD'],
  [/(?:\p{L}+\$)$/u, 'XXX'], // HK$, A$, NT$, C$: not US dollars
  [/\$ ?$/u, 'USD'],
  [/(?:€ ?|EUR ?)$/u, 'EUR'],
  [/(?:₽ ?|RUB ?)$/u, 'RUB'],
  [/(?:¥ ?|RMB ?|CNY ?)$/u, 'CNY'],
  [/(?:Rp\.? ?|IDR ?)$/u, 'IDR'],
];

const NUMBER = /\d+(?:[.,\u00A0\u202F\u2009']\d+)*/y;
/** Letters of space-separated scripts: "A380" is not an amount, "达1077.7亿" is. */
const LETTER = { test: (ch: string): boolean => isWordChar(ch) };

/** Parses "107", "107.76", "107,76", "1,077", "107.000.000.000", "107 000" (thin/nb space). */
export function parseNumber(raw: string): number {
  const seps = raw.replace(/\d/g, '');
  if (seps === '') return Number(raw);
  const groups = raw.split(/[.,\u00A0\u202F\u2009']/);
  const last = raw.search(/[.,][^.,]*$/);
  const distinct = new Set(seps).size;
  if (distinct > 1 && last >= 0) {
    // Both kinds: the last one is the decimal mark ("1,077.7" or "1.077,7").
    return Number(raw.slice(0, last).replace(/\D/g, '') + '.' + raw.slice(last + 1).replace(/\D/g, ''));
  }
  const sep = seps[0]!;
  if (seps.length > 1 || sep === '\u00A0' || sep === '\u202F' || sep === '\u2009' || sep === "'") {
    return Number(groups.join('')); // repeated separators group thousands
  }
  // One '.' or ',': thousands when exactly three digits follow a comma, decimal otherwise.
  const tail = groups[1]!;
  if (sep === ',' && tail.length === 3) return Number(groups.join(''));
  return Number(groups[0] + '.' + tail);
}

/** Digits, found by the RegExp engine: sentences are read for money wherever a trade word stands, and a JavaScript loop over every character ran cold on a page's first scan. */
const DIGIT = /\d/g;
const NUMBER_RUN = /[\d.,]*/y;
const DIGIT_RUN = /\d*/y;

/** Every money amount that starts with a number inside [from, to) of `text`. */
export function findMoney(text: string, from = 0, to = text.length): Money[] {
  const found: Money[] = [];
  // Digits are searched for in [from, to) only (a view, not a copy): past it the search
  // could run to the end of a huge text on every call.
  const within = text.slice(from, to);
  DIGIT.lastIndex = 0;
  for (let d = DIGIT.exec(within); d !== null; d = DIGIT.exec(within)) {
    const i = from + d.index;
    // Part of a word ("A380", "COVID-19"), unless a currency code touches it.
    const inWord = i > 0 && LETTER.test(text[i - 1]!) && !CODE_BEFORE.test(text.slice(Math.max(0, i - 3), i));
    const money = inWord ? null : readMoneyAt(text, i);
    if (money) {
      found.push(money);
      DIGIT.lastIndex = money.end - from;
      continue;
    }
    // Skip the rest of the number (of the word's run of digits and separators).
    const run = inWord ? NUMBER_RUN : DIGIT_RUN;
    run.lastIndex = i;
    run.exec(text);
    DIGIT.lastIndex = run.lastIndex - from;
  }
  return found;
}

function readMoneyAt(text: string, numStart: number): Money | null {
  NUMBER.lastIndex = numStart;
  const m = NUMBER.exec(text);
  if (!m) return null;
  let raw = m[0];
  // A trailing separator group that is really punctuation ("107, and") is not part of the number.
  if (/[,.]\d{1,2}$/.test(raw) === false && /[,.]$/.test(raw)) raw = raw.slice(0, -1);
  let end = numStart + raw.length;
  const before = text.slice(Math.max(0, numStart - 6), numStart);
  let rest = text.slice(end, end + 40);
  // No currency sign or code before the number and no currency word after it: most numbers
  // near a trade word ("in 2020", "11 consecutive years") end here, before a RegExp per
  // currency and magnitude.
  if (!ANY_PREFIX.test(before) && !ANY_SUFFIX.test(rest)) return null;
  let value = parseNumber(raw);
  if (!Number.isFinite(value)) return null;
  let start = numStart;

  let currency: string | null = null;
  for (const [re, code] of PREFIX_CURRENCIES) {
    const p = re.exec(before);
    if (p) {
      const prefixStart = numStart - p[0].length;
      const charBefore = text[prefixStart - 1];
      if (code !== 'XXX' && charBefore !== undefined && LETTER.test(charBefore)) continue;
      currency = code;
      start = prefixStart;
      break;
    }
  }

  const space = /^[ \u00A0\u202F\u2009]?/.exec(rest)![0].length;
  for (const [re, factor] of MAGNITUDES) {
    const mm = re.exec(rest.slice(space));
    if (!mm) continue;
    const after = rest[space + mm[0].length];
    // Latin magnitudes must end a word ("107 billion", "107bn", not "107 bananas"); Han ones need not.
    if (/^[a-zа-я]/iu.test(mm[0]) && !/\.$/.test(mm[0]) && after !== undefined && LETTER.test(after)) continue;
    value *= factor;
    end += space + mm[0].length;
    rest = text.slice(end, end + 40);
    break;
  }
  const space2 = /^[ \u00A0\u202F\u2009]?/.exec(rest)![0].length;
  for (const [re, code] of SUFFIX_CURRENCIES) {
    const sm = re.exec(rest.slice(space2));
    if (!sm) continue;
    const after = rest[space2 + sm[0].length];
    if (/[\p{L}]$/u.test(sm[0]) && /^[a-zа-я]/iu.test(sm[0]) && after !== undefined && LETTER.test(after)) continue;
    if (currency === null || currency === code) {
      currency = code;
      end += space2 + sm[0].length;
    }
    break;
  }
  if (currency === null) return null;
  return { start, end, value, currency };
}

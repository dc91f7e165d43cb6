/**
 * Build time: the money parser's table from CLDR through Intl (Node ships full ICU), plus
 * the few words CLDR lacks from the language files. Scale words come from compact
 * notation, sampled once per plural form (миллиард / миллиарда / миллиардов); currency
 * names and signs from currency formatting and display names. Never shipped as code:
 * the compiled matcher carries the table (see MoneyTable).
 */
import { foldText, isWordChar } from './fold.ts';
import type { LanguageData } from './languages.ts';
import type { MoneyTable } from './matcher.ts';

/**
 * Currencies whose names the parser knows: only the US dollar, the figure's currency. An
 * amount in any other currency reads as no amount at all, which refuses it as surely and
 * keeps the content script small (the names of six currencies in 30 languages: 2.6 KB gzip).
 */
export const CURRENCIES = ['USD'] as const;

/** Numbers that meet every plural category of the languages here, times each power of ten. */
const SAMPLES = [1, 2, 3, 5, 11, 21, 22, 25, 101, 1.5, 0.5];
const POWERS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** The value of a formatted number's integer and fraction parts, any digit system. */
function partsValue(parts: Intl.NumberFormatPart[]): number {
  let s = '';
  for (const p of parts) {
    if (p.type === 'integer') s += toAsciiDigits(p.value);
    else if (p.type === 'fraction') s += '.' + toAsciiDigits(p.value);
  }
  return Number(s);
}

function toAsciiDigits(s: string): string {
  return s.replace(/\p{Nd}/gu, (d) => {
    const c = d.codePointAt(0)!;
    let k = 0;
    while (k < 9 && /\p{Nd}/u.test(String.fromCodePoint(c - k - 1))) k++;
    return String(k);
  });
}

/** English's words, which win a conflict (below): most pages that write "billion" or "M" write English. */
const locks = new WeakMap<object, Set<string>>();

/**
 * Adds word -> value to a map; a word that two languages give two values is dropped
 * (Indonesian "M" is 10^9, Spanish "M" 10^6), unless English gives it one: then English's
 * wins (German and French "billion" is 10^12, English's 10^9).
 */
function addUnique<V>(map: Map<string, V | null>, word: string, value: V, english: boolean): void {
  const key = foldText(word);
  if (key === '' || !/[\p{L}\p{S}]/u.test(key)) return;
  let locked = locks.get(map);
  if (!locked) locks.set(map, (locked = new Set()));
  if (english) locked.add(key);
  const prev = map.get(key);
  if (prev === undefined || (english && prev !== value)) map.set(key, value);
  else if (prev !== null && prev !== value && !locked.has(key)) map.set(key, null);
}

const longestFirst = <V>(map: Map<string, V | null>): [string, V][] =>
  [...map].filter((e): e is [string, V] => e[1] !== null).sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));

export function buildMoneyTable(languages: readonly LanguageData[]): MoneyTable {
  const scales = new Map<string, number | null>();
  const after = new Map<string, string | null>();
  const before = new Map<string, string | null>();
  const connectors = new Set<string>();
  // English first: its words win conflicts (see addUnique).
  const ordered = [...languages].sort((a, b) => Number(b.lang === 'en') - Number(a.lang === 'en'));
  for (const l of ordered) {
    const tag = l.lang;
    const en = tag === 'en';
    for (const display of ['long', 'short'] as const) {
      const nf = new Intl.NumberFormat(tag, { notation: 'compact', compactDisplay: display });
      for (const e of POWERS) {
        for (const n of SAMPLES) {
          const x = n * 10 ** e;
          const parts = nf.formatToParts(x);
          const word = parts.filter((p) => p.type === 'compact').map((p) => p.value).join('');
          const shown = partsValue(parts);
          if (!word || !(shown > 0)) continue;
          const power = Math.round(Math.log10(x / shown));
          // Rounded samples ("1.1 खरब" for 1.05e11) still give the scale's power of ten.
          if (power > 0 && Math.abs(x / shown / 10 ** power - 1) < 0.1) addUnique(scales, word, power, en);
        }
      }
    }
    for (const [word, power] of Object.entries(l.money.scales)) addUnique(scales, word, power, en);
    for (const code of CURRENCIES) {
      addUnique(after, new Intl.DisplayNames(tag, { type: 'currency' }).of(code) ?? '', code, en);
      for (const display of ['name', 'symbol', 'narrowSymbol', 'code'] as const) {
        for (const n of SAMPLES) {
          const parts = new Intl.NumberFormat(tag, { style: 'currency', currency: code, currencyDisplay: display }).formatToParts(n);
          const at = parts.findIndex((p) => p.type === 'currency');
          if (at < 0) continue;
          const sign = parts[at]!.value;
          const first = parts.findIndex((p) => p.type === 'integer');
          // Signs go where pages put them: before or after, whatever this locale's default.
          if (display !== 'name') {
            // "¥" is the yen and the yuan alike; "$" alone is the US dollar (pages write HK$, A$ for the others).
            if (sign === '¥' || sign === '￥') continue;
            addUnique(before, sign, code, en);
            addUnique(after, sign, code, en);
          } else if (at > first) addUnique(after, sign, code, en);
        }
      }
    }
    for (const word of l.money.usd) addUnique(after, word, 'USD', en);
    for (const c of l.money.connectors) connectors.add(foldText(c));
  }
  return { scales: longestFirst(scales), after: longestFirst(after), before: longestFirst(before), connectors: [...connectors].sort() };
}

/** Does a table word need a boundary after it (it ends in a letter of a spaced script)? */
export function endsInWord(word: string): boolean {
  return word.length > 0 && isWordChar(word[word.length - 1]!);
}

/**
 * Streak phrases ("11 consecutive years", "11 tahun berturut-turut", "11 лет подряд",
 * "连续11年") and the number that goes with them.
 */

/** Phrases whose number stands before them. Folded forms (see fold.ts). */
export const STREAK_PHRASES_AFTER_NUMBER = [
  'consecutive years', 'consecutive year', 'straight years', 'straight year', 'years in a row', 'year in a row',
  'years running', 'tahun berturut turut', 'tahun berturut',
  'лет подряд', 'года подряд', 'год подряд', 'лет кряду', 'jahre in folge', 'jahren in folge',
];
/** Phrases whose number follows them (Chinese: 连续11年). */
export const STREAK_PHRASES_BEFORE_NUMBER = ['连续', '連續', '连续第', '連續第'];

const WORD_NUMBERS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, sepuluh: 10, sebelas: 11,
  десять: 10, одиннадцать: 11, двенадцать: 12,
};
const HAN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Reads a Han numeral of up to 99 (十一, 二十, 九) at `i`. */
function readHanNumber(text: string, i: number): { value: number; end: number } | null {
  let j = i;
  let value = 0;
  const d1 = HAN_DIGITS[text[j] ?? ''];
  if (d1 !== undefined) j++;
  if (text[j] === '十') {
    j++;
    value = (d1 ?? 1) * 10;
    const d2 = HAN_DIGITS[text[j] ?? ''];
    if (d2 !== undefined) {
      value += d2;
      j++;
    }
  } else if (d1 !== undefined) value = d1;
  return j > i ? { value, end: j } : null;
}

export interface Streak {
  start: number;
  end: number;
  value: number;
}

/**
 * The streak whose phrase spans [phraseStart, phraseEnd) in `text`, with the number
 * before it (`numberAfter` false) or after it. Null when no number stands there.
 */
export function readStreak(text: string, phraseStart: number, phraseEnd: number, numberAfter: boolean): Streak | null {
  if (numberAfter) {
    let j = phraseEnd;
    while (text[j] === ' ') j++;
    let value: number;
    const digits = /^\d{1,3}/.exec(text.slice(j, j + 3));
    if (digits) {
      value = Number(digits[0]);
      j += digits[0].length;
    } else {
      const han = readHanNumber(text, j);
      if (!han) return null;
      value = han.value;
      j = han.end;
    }
    while (text[j] === ' ') j++;
    if (text[j] !== '年') return null;
    return { start: phraseStart, end: j + 1, value };
  }
  // Number before the phrase: "11 consecutive", "11th consecutive", "11-й год подряд", "eleven straight".
  const before = text.slice(Math.max(0, phraseStart - 24), phraseStart);
  const m = /(?:^|[^\p{L}\p{N}])(\d{1,3}|\p{L}+)(?:st|nd|rd|th|-?й|-?го|-?м)?[\s\u00A0-]*$/u.exec(before);
  if (!m) return null;
  const token = m[1]!;
  let value: number | undefined;
  if (/^\d+$/.test(token)) value = Number(token);
  else {
    value = WORD_NUMBERS[token.toLowerCase()];
  }
  if (value === undefined) return null;
  const tokenStart = phraseStart - before.length + m.index + m[0].indexOf(token);
  let end = phraseEnd;
  // "consecutive year" also covers "consecutive years".
  if (/^[sS]/.test(text[end] ?? '') && !/[\p{L}]/u.test(text[end + 1] ?? '')) end++;
  return { start: tokenStart, end, value };
}

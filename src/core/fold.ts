/**
 * Character folding for matching: one UTF-16 code unit in, zero or more folded
 * code units out. Folding is per code unit so every folded character maps back to
 * exactly one source index: offsets stay true without building a second string.
 *
 * - case folding (toLowerCase), NFKD compatibility folding with combining marks
 *   dropped (diacritics, fullwidth forms, ligatures),
 * - every whitespace (NBSP, thin spaces, line breaks) and every dash/hyphen becomes
 *   a space ("Good-Neighborliness" == "Good Neighborliness"),
 * - curly quotes become ASCII quotes,
 * - soft hyphen and zero-width characters vanish ("Vladi\u00ADmir" == "Vladimir").
 */

export const SPACE = 0x20;

/** Returned for characters that vanish when folded. */
const IGNORE = '';

const cache = new Map<number, string>();

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u058A\u05BE\u1806\u2E3A\u2E3B-]/;
const SPACES = /\s/;
const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"',
  '\u05F3': "'", '\u05F4': '"', // Hebrew geresh and gershayim: pages write ג׳ and ג' alike
};

/**
 * Letters that pages of one script write for one another (Lucene's Arabic and Persian
 * normalisers fold the same): alef maksura and Persian yeh as yeh, Persian kaf as kaf.
 * Persian names keep their own entries (پوتین is not بوتين): only these shapes meet.
 */
const SAME_LETTER: Record<string, string> = { '\u0649': '\u064A', '\u06CC': '\u064A', '\u06A9': '\u0643' };

/**
 * Marks dropped when folding: diacritics over Latin, Greek and Cyrillic (inherited marks),
 * and Arabic and Hebrew vowel points. The vowel signs of Indic and Thai scripts are letters
 * of the word, not accents: without them पुतिन (Putin) would fold to पतन (a fall).
 */
const DROPPED_MARK = /[\p{Script=Inherited}\p{Script=Arabic}\p{Script=Hebrew}]/u;
const MARK = /\p{M}/u;

/** Characters that are invisible inside words on real pages. */
export function isIgnorable(code: number): boolean {
  return (
    code === 0x00ad || // soft hyphen
    (code >= 0x200b && code <= 0x200f) || // zero-width space / non-joiner / joiner, left-to-right and right-to-left marks
    code === 0x061c || // Arabic letter mark
    (code >= 0x202a && code <= 0x202e) || // bidi embeddings and overrides: pages put them in and around RTL names
    (code >= 0x2066 && code <= 0x2069) || // bidi isolates
    code === 0x2060 || // word joiner
    code === 0xfeff || // zero-width no-break space (BOM)
    code === 0x180e // Mongolian vowel separator (historically zero-width)
  );
}

function computeFold(code: number): string {
  if (isIgnorable(code)) return IGNORE;
  // Lone surrogates are kept as they are: no dataset alias contains them, so they
  // simply break a match, which is what an emoji between two words should do.
  if (code >= 0xd800 && code <= 0xdfff) return String.fromCharCode(code);
  const ch = String.fromCharCode(code);
  if (SPACES.test(ch) || DASHES.test(ch)) return ' ';
  const quote = QUOTES[ch];
  if (quote !== undefined) return quote;
  const same = SAME_LETTER[ch];
  if (same !== undefined) return same;
  if (code === 0x0640) return IGNORE; // Arabic tatweel: a stretch of the line, not a letter
  // Hangul syllables stay whole: NFKD would spell each one as two or three jamo.
  if (code >= 0xac00 && code <= 0xd7a3) return ch;
  if (MARK.test(ch)) return DROPPED_MARK.test(ch) ? IGNORE : ch;
  let decomposed = '';
  for (const c of ch.normalize('NFKD')) if (!MARK.test(c) || !DROPPED_MARK.test(c)) decomposed += c;
  decomposed = decomposed.toLowerCase();
  // NFKD may turn a character into spaces or dashes (e.g. U+2003 is handled above,
  // but compatibility forms such as U+FE4D are not): fold those too.
  let out = '';
  for (const c of decomposed) {
    if (SPACES.test(c) || DASHES.test(c)) out += ' ';
    else out += QUOTES[c] ?? c;
  }
  return out;
}

/** ASCII fast path: the bulk of most pages. */
const ASCII = new Int32Array(128);
for (let i = 0; i < 128; i++) {
  if (i >= 0x41 && i <= 0x5a) ASCII[i] = i + 32;
  else if (i === 0x2d || i === 0x09 || i === 0x0a || i === 0x0b || i === 0x0c || i === 0x0d) ASCII[i] = SPACE;
  else ASCII[i] = i;
}

/** The folded form of one code unit, possibly empty or several units long. */
export function foldString(code: number): string {
  if (code < 128) return String.fromCharCode(ASCII[code]!);
  let s = cache.get(code);
  if (s === undefined) {
    s = computeFold(code);
    cache.set(code, s);
  }
  return s;
}

/**
 * Fold a whole string the way the matcher sees text: per code unit, with runs of
 * spaces collapsed to one and no leading/trailing space. Used to compile aliases.
 */
export function foldText(text: string): string {
  let out = '';
  let lastSpace = true;
  for (let i = 0; i < text.length; i++) {
    const f = foldString(text.charCodeAt(i));
    for (let j = 0; j < f.length; j++) {
      const c = f.charCodeAt(j);
      if (c === SPACE) {
        if (lastSpace) continue;
        lastSpace = true;
      } else lastSpace = false;
      out += f[j];
    }
  }
  return lastSpace && out.endsWith(' ') ? out.slice(0, -1) : out;
}

const WORD = /[\p{L}\p{N}\p{M}]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** True for letters and digits of scripts that separate words with spaces. */
export function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  // ASCII without the Unicode RegExps: boundary checks and money parsing call this for
  // nearly every hit, and on a page's first scan those calls ran cold (wikipedia-2: 6 ms).
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return WORD.test(ch) && !CJK.test(ch);
}

/** True for scripts written without spaces between words (no word boundaries). */
export function isCjk(ch: string): boolean {
  return CJK.test(ch);
}

/**
 * `text[from, to)` folded as `foldText` folds it (spaces collapsed), with the source index
 * each folded unit comes from: phrases read by RegExps over folded text map back exactly.
 */
export function foldWithMap(text: string, from = 0, to = text.length): { folded: string; src: number[] } {
  let folded = '';
  const src: number[] = [];
  let lastSpace = true;
  for (let i = from; i < to; i++) {
    const f = foldString(text.charCodeAt(i));
    for (let j = 0; j < f.length; j++) {
      if (f.charCodeAt(j) === SPACE) {
        if (lastSpace) continue;
        lastSpace = true;
      } else lastSpace = false;
      folded += f[j];
      src.push(i);
    }
  }
  return { folded, src };
}

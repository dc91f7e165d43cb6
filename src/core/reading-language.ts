/**
 * Which language a reader sees the story in. Pure: the browser's languages and the
 * remembered switch come in as arguments.
 */
import type { Lang } from './dataset.ts';

/** The reader's remembered switch: their own language where we have it, or the original. */
export type ArticleView = 'reader' | 'original';

interface Parts {
  language: string;
  script: string;
}

function parts(tag: string): Parts | null {
  try {
    // maximize() adds the likely script: zh-CN → zh-Hans-CN, zh-TW → zh-Hant-TW, ru → ru-Cyrl-RU.
    const l = new Intl.Locale(tag).maximize();
    return { language: l.language, script: l.script ?? '' };
  } catch {
    return null;
  }
}

/**
 * The first of `available` that one of the reader's languages asks for, in the reader's
 * order: same language and script ("zh-CN" reads "zh-Hans", never "zh-Hant"; "pt-BR" reads
 * "pt"). Null when none fits.
 */
export function bestMatch(available: readonly Lang[], wanted: readonly string[]): Lang | null {
  const have = available.map((tag) => ({ tag, p: parts(tag) }));
  for (const w of wanted) {
    const want = parts(w);
    if (!want) continue;
    const hit = have.find(({ p }) => p !== null && p.language === want.language && p.script === want.script);
    if (hit) return hit.tag;
  }
  return null;
}

/**
 * The language to show: the original when the reader chose it; else the reader's own
 * language when we have the story in it, else English, else the original.
 */
export function readingLanguage(original: Lang, available: readonly Lang[], view: ArticleView, uiLanguages: readonly string[]): Lang {
  if (view === 'original') return original;
  return bestMatch(available, uiLanguages) ?? bestMatch(available, ['en']) ?? original;
}

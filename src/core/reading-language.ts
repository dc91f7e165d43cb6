/**
 * Which language a reader sees the story in. Pure: the browser's languages and the
 * remembered choice come in as arguments.
 */
import type { Lang } from './dataset.ts';

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
 * The language to show: the reader's remembered choice when the story has it; else the
 * reader's own language (the original or one of our translations), else English, else the
 * original.
 */
export function readingLanguage(original: Lang, translations: readonly Lang[], chosen: Lang | null, uiLanguages: readonly string[]): Lang {
  const all = [original, ...translations];
  if (chosen !== null && all.includes(chosen)) return chosen;
  return bestMatch(all, uiLanguages) ?? (translations.includes('en') ? 'en' : original);
}

/**
 * The translation the switch offers beside the original: the reader's language, else
 * English, else the first we have; null when the story has no translation.
 */
export function offeredTranslation(translations: readonly Lang[], uiLanguages: readonly string[]): Lang | null {
  return bestMatch(translations, uiLanguages) ?? (translations.includes('en') ? 'en' : translations[0] ?? null);
}

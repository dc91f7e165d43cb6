/** The dataset model: what an article file under assets/articles/ holds. */

export type Kind = 'person' | 'treaty' | 'figure';
export const KINDS: readonly Kind[] = ['person', 'treaty', 'figure'];

/** A BCP-47 language tag in canonical form ("id", "en", "zh-Hans"): the original's or a translation's. */
export type Lang = string;

/** A well-formed language tag ("ru", "zh-Hans", "pt-BR"): a cheap syntactic check for untrusted input. */
export function isLangTag(x: unknown): x is Lang {
  return typeof x === 'string' && x.length <= 35 && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(x);
}

/** Text in the original's language and in each translation's (the build checks both are there). */
export type Localized = Readonly<Record<Lang, string>>;

export interface AliasSpec {
  /** The alias as written; folded (case, diacritics, spacing) at compile time. */
  text: string;
  /** BCP-47 tag of the language that writes it so: its endings and clitics apply. */
  lang: string;
  /**
   * Other languages whose pages were seen writing it the same ("Wang Yi" in pt, es, tr): for
   * the coverage table; only `lang`'s endings and clitics apply.
   */
  also?: string[];
  /**
   * An ambiguous short form (a bare surname such as "Wang"): it only counts in a
   * document that names exactly one dataset person with it in full, or right after
   * one of `titles` ("President Xi"). Matched case-sensitively ("XI" is a numeral).
   */
  short?: boolean;
  /** Titles that make a short form unambiguous when they stand right before it. */
  titles?: string[];
  /** Accept the endings of the alias's language after it (Лаврова, Ławrowa, 푸틴은). */
  inflect?: boolean;
  /**
   * A bare surname that is ours alone ("Lavrov"), unless the page names someone else of
   * that surname ("Kirill Lavrov", "К. Лавров"): then it is nobody there.
   */
  surname?: boolean;
  /**
   * Words of which one must stand in the same sentence (왕이 is also "the king" + a
   * particle: 외교부장). "#russia" stands for every language's words for Russia. Without
   * one, the alias still counts where the page names the story otherwise (any entity by
   * an alias that needs no cue).
   */
  cues?: string[];
  /** Words that refuse the alias in their sentence ("#others": "the China–Kazakhstan Treaty of Good-Neighbourliness"). */
  refuse?: string[];
}

export interface SentenceRef {
  /** Index into the article's paragraphs (and its translations' paragraphs). */
  paragraph: number;
  text: Localized;
}

export interface FigureSpec {
  value: number;
  unit: string;
  currency: string | null;
  year: number;
  /** "over", by language: said before the value. */
  qualifier?: Localized;
}

/** Words ("#trade" for every language's trade words) of which one must stand near a figure. */
export interface Parties {
  words: string[];
  /** Where: the figure's sentence, or its block (paragraph). */
  scope: 'sentence' | 'block';
}

/** `context`: words (or "#concept"s) of which one must stand in the figure's sentence. */
export type FigureMatch =
  | { type: 'money'; currency: string; min: number; max: number; context: string[]; parties?: Parties }
  | { type: 'streak'; value: number; unit: 'year'; context: string[]; parties?: Parties };

export interface Entity {
  id: string;
  kind: Kind;
  name: Localized;
  role: Localized;
  sentences: SentenceRef[];
  aliases: AliasSpec[];
  year?: number;
  figure?: FigureSpec;
  match?: FigureMatch;
}

export interface Translation {
  by: string;
  note: string;
  headline: string;
  paragraphs: string[];
}

export interface Article {
  id: string;
  /** The original's language. */
  language: Lang;
  headline: string;
  source: string;
  /** ISO date (YYYY-MM-DD) the article was posted. */
  posted: string;
  paragraphs: string[];
  /** Our translations, by language; each has every paragraph. */
  translations: Readonly<Record<Lang, Translation>>;
  entities: Entity[];
}

/** The languages an article can be read in: the original first, then our translations. */
export function articleLanguages(article: Article): Lang[] {
  return [article.language, ...Object.keys(article.translations).filter((l) => l !== article.language)];
}

/** The article text in a language: the original, our translation, or the original when we have none. */
export function articleText(article: Article, lang: Lang): { headline: string; paragraphs: string[]; lang: Lang } {
  const t = lang === article.language ? undefined : article.translations[lang];
  if (!t) return { headline: article.headline, paragraphs: article.paragraphs, lang: article.language };
  return { headline: t.headline, paragraphs: t.paragraphs, lang };
}

/** A localized text in `lang`, else in the original's language. */
export function inLang(text: Localized, lang: Lang, article: Article): string {
  return text[lang] ?? text[article.language]!;
}

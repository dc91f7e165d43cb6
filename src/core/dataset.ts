/** The dataset model: what an article file under assets/articles/ holds. */

export type Kind = 'person' | 'treaty' | 'figure';
export const KINDS: readonly Kind[] = ['person', 'treaty', 'figure'];

/** Languages Konteks can show article text in: the original and our translations. */
export type Lang = 'id' | 'en';

export interface Localized {
  id: string;
  en: string;
}

export interface AliasSpec {
  /** The alias as written; folded (case, diacritics, spacing) at compile time. */
  text: string;
  /**
   * An ambiguous short form (a bare surname such as "Wang"): it only counts in a
   * document that names exactly one dataset person with it in full, or right after
   * one of `titles` ("President Xi"). Matched case-sensitively ("XI" is a numeral).
   */
  short?: boolean;
  /** Titles that make a short form unambiguous when they stand right before it. */
  titles?: string[];
  /** Accept grammatical case endings of this language after the alias (Лаврова). */
  inflect?: 'ru';
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
  qualifier?: string;
}

export type FigureMatch =
  | { type: 'money'; currency: string; min: number; max: number; context: string[] }
  | { type: 'streak'; value: number; unit: 'year'; context: string[] };

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
  language: 'id';
  headline: string;
  source: string;
  /** ISO date (YYYY-MM-DD) the article was posted. */
  posted: string;
  paragraphs: string[];
  translations: { en: Translation };
  entities: Entity[];
}

/** The article text in a language: the original, or our translation. */
export function articleText(article: Article, lang: Lang): { headline: string; paragraphs: string[] } {
  if (lang === article.language) return { headline: article.headline, paragraphs: article.paragraphs };
  const t = article.translations[lang as 'en'];
  return { headline: t.headline, paragraphs: t.paragraphs };
}

/** What a hover card shows about an entity, built from the dataset. Pure. */
import type { Article, FigureSpec, Kind, Lang } from './dataset.ts';
import { articleText, inLang } from './dataset.ts';

export interface CardData {
  entity: string;
  kind: Kind;
  name: string;
  role: string;
  /** The article's sentence about the entity, in `lang`. */
  sentence: string;
  paragraph: number;
  article: string;
  headline: string;
  /** ISO date the article was posted. */
  posted: string;
  source: string;
  lang: Lang;
  /** True when the text is our translation, not the original. */
  translated: boolean;
  figure?: FigureSpec;
  year?: number;
}

/** The card for an entity, from the first article that speaks of it; null if unknown. */
export function cardData(articles: readonly Article[], entity: string, lang: Lang): CardData | null {
  for (const a of articles) {
    const e = a.entities.find((x) => x.id === entity);
    if (!e) continue;
    const s = e.sentences[0]!;
    const text = articleText(a, lang);
    const card: CardData = {
      entity: e.id,
      kind: e.kind,
      name: inLang(e.name, text.lang, a),
      role: inLang(e.role, text.lang, a),
      sentence: inLang(s.text, text.lang, a),
      paragraph: s.paragraph,
      article: a.id,
      headline: text.headline,
      posted: a.posted,
      source: a.source,
      lang: text.lang,
      translated: text.lang !== a.language,
    };
    if (e.figure) card.figure = e.figure;
    if (e.year !== undefined) card.year = e.year;
    return card;
  }
  return null;
}

/** "US$107 billion", "11 years": a figure as a card headline. */
export function formatFigure(f: FigureSpec, lang: Lang): string {
  const qualifier = f.qualifier === 'over' ? (lang === 'id' ? 'lebih dari ' : 'over ') : '';
  const unitWords: Record<string, Record<Lang, string>> = {
    billion: { en: 'billion', id: 'miliar' },
    years: { en: 'years', id: 'tahun' },
  };
  const unit = unitWords[f.unit]?.[lang] ?? f.unit;
  const value = f.value.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB');
  if (f.currency === 'USD') return `${qualifier}US$${value} ${unit}`;
  if (f.currency) return `${qualifier}${value} ${unit} ${f.currency}`;
  return `${qualifier}${value} ${unit}`;
}

/** "19 March 2021" / "19 Maret 2021". */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(y, m - 1, d)));
}

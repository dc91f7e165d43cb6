/** What a hover card shows about an entity, built from the dataset. Pure. */
import type { Article, Entity, FigureSpec, Kind, Lang } from './dataset.ts';
import { articleText, inLang } from './dataset.ts';
import { bestMatch, offeredTranslation, readingLanguage } from './reading-language.ts';

export interface CardData {
  entity: string;
  kind: Kind;
  name: string;
  /** The name's language: the page's, where the dataset has the name as that language writes it. */
  nameLang: Lang;
  role: string;
  /** The article's sentence about the entity, in `lang`. */
  sentence: string;
  paragraph: number;
  article: string;
  headline: string;
  /** ISO date the article was posted. */
  posted: string;
  source: string;
  /** The language of the role, sentence and headline. */
  lang: Lang;
  /** The original's language. */
  original: Lang;
  /** True when the text is our translation, not the original. */
  translated: boolean;
  /** The language one switch away (the original under a translation, our translation under the original), if any. */
  alternate: Lang | null;
  figure?: FigureSpec;
  year?: number;
  /** The other stories that speak of the entity, each in the reader's language where we have it. */
  alsoIn: StoryRef[];
}

/** A story a card points to: "Read full story" opens it at `paragraph`. */
export interface StoryRef {
  article: string;
  headline: string;
  lang: Lang;
  posted: string;
  paragraph: number;
}

/** What the card is asked in: the remembered choice, the browser's languages, the page's `lang`. */
export interface CardLanguages {
  chosen: Lang | null;
  ui: readonly string[];
  page?: string | null;
}

/** The entity's full name as the page's language writes it, from its aliases (not a bare or short form). */
function pageName(e: Entity, page: string | null | undefined): { text: string; lang: Lang } | null {
  if (!page || e.kind !== 'person') return null;
  const full = e.aliases.filter((a) => !a.short && !a.surname);
  const lang = bestMatch([...new Set(full.map((a) => a.lang))], [page]);
  const alias = lang === null ? undefined : full.find((a) => a.lang === lang);
  return alias ? { text: alias.text, lang: alias.lang } : null;
}

/** An article's text in the language the reader reads it in. */
const shownText = (a: Article, langs: CardLanguages) => articleText(a, readingLanguage(a.language, Object.keys(a.translations), langs.chosen, langs.ui));

/** The card for an entity, from the first article that speaks of it, the others listed; null if unknown. */
export function cardData(articles: readonly Article[], entity: string, langs: CardLanguages): CardData | null {
  const speaking = articles.flatMap((a) => {
    const e = a.entities.find((x) => x.id === entity);
    return e ? [{ a, e }] : [];
  });
  const [first, ...others] = speaking;
  if (!first) return null;
  const { a, e } = first;
  const s = e.sentences[0]!;
  const text = shownText(a, langs);
  const named = pageName(e, langs.page) ?? { text: inLang(e.name, text.lang, a), lang: e.name[text.lang] ? text.lang : a.language };
  const card: CardData = {
    entity: e.id,
    kind: e.kind,
    name: named.text,
    nameLang: named.lang,
    role: inLang(e.role, text.lang, a),
    sentence: inLang(s.text, text.lang, a),
    paragraph: s.paragraph,
    article: a.id,
    headline: text.headline,
    posted: a.posted,
    source: a.source,
    lang: text.lang,
    original: a.language,
    translated: text.lang !== a.language,
    alternate: text.lang !== a.language ? a.language : offeredTranslation(Object.keys(a.translations), langs.ui),
    alsoIn: others.map((o) => {
      const t = shownText(o.a, langs);
      return { article: o.a.id, headline: t.headline, lang: t.lang, posted: o.a.posted, paragraph: o.e.sentences[0]!.paragraph };
    }),
  };
  if (e.figure) card.figure = e.figure;
  if (e.year !== undefined) card.year = e.year;
  return card;
}

/** "over US$107 billion", "11 years", "超过 US$1070亿": a figure as a card headline, its numbers and units from Intl. */
export function formatFigure(f: FigureSpec, lang: Lang): string {
  const q = f.qualifier?.[lang];
  let value: string;
  try {
    if (f.unit === 'billion') value = new Intl.NumberFormat(lang, { notation: 'compact', compactDisplay: 'long' }).format(f.value * 1e9);
    else if (f.unit === 'years') value = new Intl.NumberFormat(lang, { style: 'unit', unit: 'year', unitDisplay: 'long' }).format(f.value);
    else value = `${f.value.toLocaleString(lang)} ${f.unit}`;
  } catch {
    value = `${f.value} ${f.unit}`;
  }
  const amount = f.currency === 'USD' ? `US$${value}` : f.currency ? `${value} ${f.currency}` : value;
  // A qualifier goes before the amount, or where its {amount} stands (Japanese "{amount}超").
  return q ? (q.includes('{amount}') ? q.replace('{amount}', amount) : `${q} ${amount}`) : amount;
}

/** "19 March 2021", "19 Maret 2021", "2021年3月19日": in the text's language. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const options = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
  try {
    // en-GB, not en-US: the day first, as the article's world writes it.
    return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, options).format(date);
  } catch {
    return iso;
  }
}

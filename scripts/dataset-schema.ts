/**
 * The article file format, checked at build and test time (never shipped: the content
 * script only gets the compiled matcher). Adding an article = adding a file that passes.
 */
import * as v from 'valibot';

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const entityId = v.pipe(v.string(), v.regex(/^(person|treaty|figure)\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must look like "person/sergey-lavrov"'));

/** A BCP-47 tag, written as Intl writes it ("zh-Hans", "sr-Cyrl", "pt"). */
export const langTag = v.pipe(
  v.string(),
  v.check((tag) => {
    try {
      return Intl.getCanonicalLocales(tag)[0] === tag;
    } catch {
      return false;
    }
  }, 'must be a BCP-47 language tag in canonical form ("ru", "zh-Hans", "sr-Cyrl")'),
);

/** Text by language; which languages it must hold is checked against the article (scripts/dataset.ts). */
const localized = v.pipe(v.record(langTag, text), v.check((r) => Object.keys(r).length > 0, 'needs at least one language'));

/** "#trade": every language's words for a concept. */
const word = v.pipe(text, v.check((w) => !w.startsWith('#') || ['#trade', '#russia', '#china', '#others'].includes(w), 'a concept must be #trade, #russia, #china or #others'));

const alias = v.strictObject({
  text: v.pipe(text, v.maxLength(200, 'is longer than 200 characters')),
  lang: langTag,
  also: v.optional(v.pipe(v.array(langTag), v.minLength(1, 'needs at least one language'))),
  short: v.optional(v.boolean()),
  titles: v.optional(v.array(text)),
  inflect: v.optional(v.boolean()),
  surname: v.optional(v.boolean()),
  cues: v.optional(v.pipe(v.array(word), v.minLength(1, 'needs at least one cue word'))),
  refuse: v.optional(v.pipe(v.array(word), v.minLength(1, 'needs at least one word'))),
});

const parties = v.strictObject({
  words: v.pipe(v.array(word), v.minLength(1, 'needs at least one word')),
  scope: v.picklist(['sentence', 'block']),
});

const sentence = v.strictObject({
  paragraph: v.pipe(v.number(), v.integer('must be an integer'), v.minValue(0, 'must be 0 or more')),
  text: localized,
});

const figure = v.strictObject({
  value: v.pipe(v.number(), v.finite()),
  unit: text,
  currency: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code'))),
  year: v.pipe(v.number(), v.integer()),
  qualifier: v.optional(localized),
});

const match = v.variant('type', [
  v.strictObject({
    type: v.literal('money'),
    currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code')),
    min: v.pipe(v.number(), v.finite()),
    max: v.pipe(v.number(), v.finite()),
    context: v.pipe(v.array(word), v.minLength(1, 'needs at least one context word')),
    parties: v.optional(parties),
  }),
  v.strictObject({
    type: v.literal('streak'),
    value: v.pipe(v.number(), v.integer()),
    unit: v.literal('year'),
    context: v.pipe(v.array(word), v.minLength(1, 'needs at least one context word')),
    parties: v.optional(parties),
  }),
]);

const entity = v.strictObject({
  id: entityId,
  kind: v.picklist(['person', 'treaty', 'figure']),
  name: localized,
  role: localized,
  year: v.optional(v.pipe(v.number(), v.integer())),
  figure: v.optional(figure),
  match: v.optional(match),
  sentences: v.pipe(v.array(sentence), v.minLength(1, 'needs at least one sentence from the article')),
  aliases: v.array(alias),
});

export const ArticleSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by "-"')),
  language: langTag,
  headline: text,
  source: text,
  posted: v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD')),
  paragraphs: v.pipe(v.array(text), v.minLength(1, 'needs at least one paragraph')),
  translations: v.record(langTag, v.strictObject({
    by: text,
    note: text,
    headline: text,
    paragraphs: v.array(text),
  })),
  entities: v.pipe(v.array(entity), v.minLength(1, 'needs at least one entity')),
});

export type ArticleInput = v.InferOutput<typeof ArticleSchema>;

const words = v.array(v.pipe(text, v.maxLength(60, 'is longer than 60 characters')));

/** A language file, assets/languages/<lang>.json (see src/core/languages.ts). */
export const LanguageSchema = v.strictObject({
  lang: langTag,
  name: text,
  suffixes: words,
  stemFinals: words,
  particles: words,
  prefixes: words,
  namesakeGiven: words,
  words: v.strictObject({ trade: words, russia: words, china: words, others: words }),
  streak: v.strictObject({
    templates: v.array(v.pipe(text, v.check((t) => t.split('{n}').length === 2, 'must hold {n} exactly once'))),
    numbers: v.record(text, v.pipe(v.number(), v.integer(), v.minValue(0))),
  }),
  money: v.strictObject({
    usd: words,
    connectors: words,
    scales: v.record(text, v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(15))),
  }),
});

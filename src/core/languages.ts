/**
 * What Konteks knows of a language, as data (assets/languages/<tag>.json): endings and
 * clitics around names, given names of namesakes, the words that tie a figure to the story,
 * streak phrases, and the money words CLDR lacks. Names themselves live in the articles.
 */
export interface StreakData {
  /** "{n} consecutive years", "连续{n}年": {n} stands for the number (digits or a word). */
  templates: string[];
  /** Number words next to those phrases, cardinal and ordinal ("eleven", "eleventh"). */
  numbers: Record<string, number>;
}

export interface MoneyWords {
  /** Words for the US dollar that pages write after an amount and CLDR lacks ("dollars", "ドル"). */
  usd: string[];
  /** Words between a scale word and the currency ("milliards DE dollars"). */
  connectors: string[];
  /** Scale words CLDR lacks, with their power of ten ("bn": 9, "แสนล้าน": 11). */
  scales: Record<string, number>;
}

export interface LanguageData {
  /** BCP-47 tag. */
  lang: string;
  /** English name of the language, for the coverage table. */
  name: string;
  /** Endings glued after a name that inflects (Лаврова, Ławrowa, Putyinnal, Putin'in, 푸틴은). */
  suffixes: string[];
  /** Final letters an ending replaces (Лицзянь, Лицзяня; Юнхуэй, Юнхуэя): the alias is also matched without them. */
  stemFinals: string[];
  /** Particles glued after a name (라브로프는, 푸틴과): accepted there, not reported as part of it. */
  particles: string[];
  /** Clitics glued before a name (Arabic و ف ب ل ك and their pairs), reported without them. */
  prefixes: string[];
  /** Given names of other people who share our people's surnames (Кирилл, Pyotr). */
  namesakeGiven: string[];
  /** Stems (a boundary before, none after) of the story's words: trade, Russia, China; a final "$" asks for the whole word ("nga$"). */
  /** `others`: the other parties of sibling treaties (Kazakhstan, 中哈, the Soviet Union, North Korea). */
  words: { trade: string[]; russia: string[]; china: string[]; others: string[] };
  streak: StreakData;
  money: MoneyWords;
}

export type Concept = keyof LanguageData['words'];
export const CONCEPTS: readonly Concept[] = ['trade', 'russia', 'china', 'others'];

/** The compiled matcher: what the build emits for the content script and the scan command. */
import type { Automaton } from './automaton.ts';
import type { PrefilterSource } from './prefilter.ts';
import type { Kind } from './dataset.ts';
import type { StoredTemplate } from './streak.ts';

export * from './payload-flags.ts';

export interface Payload {
  f: number;
  /** Entity index (aliases). */
  e?: number;
  /** Short-form group index. */
  g?: number;
  /** The alias as written, for case-sensitive short forms. */
  t?: string;
  /** Titles (folded) that unlock a short form, each with the entity it names. */
  ti?: [string, number][];
  /** Figure rule indexes a context word serves. */
  r?: number[];
  /** Streak template (rules.streaks.templates) the phrase is part of. */
  s?: number;
  /** Ending set (rules.suffixes) that may follow the alias. */
  x?: number;
  /** Particle set (rules.particles) that may follow the alias, not reported with it. */
  y?: number;
  /** Clitic set (rules.prefixes) that may stand before the alias. */
  c?: number;
  /** Word set (rules.words) of which one must stand in the alias's sentence (its cues). */
  q?: number;
  /** Word set (rules.words) of which none may stand in the alias's sentence. */
  n?: number;
}

/** A figure's rule; `pw`: a word set (rules.words) of which one must stand in its sentence (`ps` 0) or block (`ps` 1). */
export type FigureRule =
  | { e: number; type: 'money'; currency: string; min: number; max: number; pw?: number; ps?: 0 | 1 }
  | { e: number; type: 'streak'; value: number; pw?: number; ps?: 0 | 1 };

/** What the money parser reads, generated from CLDR at build time (see money-table.ts). */
export interface MoneyTable {
  /** Folded scale word -> power of ten ("milliards" 9, "亿" 8), longest first. */
  scales: [string, number][];
  /** Folded currency word or sign after an amount -> ISO code ("dollars", "долларов сша", "美元"), longest first. */
  after: [string, string][];
  /** Folded currency sign or code before an amount -> ISO code ("us$", "$", "usd"), longest first. */
  before: [string, string][];
  /** Folded words between a scale and a currency ("de", "di"). */
  connectors: string[];
}

/** Rules of languages and figures that the engine reads after a hit (folded words). */
export interface Rules {
  suffixes: string[][];
  particles: string[][];
  prefixes: string[][];
  /** Given names of namesakes, sorted. */
  given: string[];
  /** Per entity: the first letters of its own given names (folded), for "K. Lavrov". */
  initials: string[];
  /** Folded letters that begin an alias that clitics may precede: the pass may start there inside a word. */
  openStart: string;
  /** Word sets: aliases' cues and figure rules' parties (Russia). */
  words: string[][];
  /** Streak templates (folded, see streak.ts), each language's number words (folded), and their values. */
  streaks: { templates: StoredTemplate[]; words: string[][]; numbers: [string, number][] };
  money: MoneyTable;
}

export interface EntityRef {
  id: string;
  kind: Kind;
}
/** A short-form group: its key (folded surname) and the entities it may name. */
export interface ShortGroup {
  key: string;
  entities: number[];
}

/** What the engine reads of a list: an array, or a list read lazily from a binary matcher. */
export interface List<T> {
  readonly length: number;
  at(i: number): T | undefined;
}

export interface CompiledMatcher {
  version: 1;
  automaton: Automaton;
  /** RegExp sources: no match means no alias lies wholly inside a text (see prefilter.ts). */
  prefilter: PrefilterSource;
  /** Longest pattern, in folded code units. */
  maxLength: number;
  /** Payloads per automaton pattern id. */
  payloads: List<Payload[]>;
  entities: List<EntityRef>;
  /** Short-form group keys (folded surname) and, per group, the entities it may name. */
  groups: List<ShortGroup>;
  /** Group of each entity's short form, or -1. */
  entityGroup: ArrayLike<number>;
  figureRules: FigureRule[];
  rules: Rules;
}

/** The compiled matcher: what the build emits for the content script and the scan command. */
import type { Automaton } from './automaton.ts';
import type { PrefilterSource } from './prefilter.ts';
import type { Kind } from './dataset.ts';

/** Payload flags. */
export const F_ALIAS = 1; // an entity alias
export const F_SHORT = 2; // an ambiguous short form (payload.g is its group)
export const F_CONTEXT = 4; // a context word for figure rules (payload.r lists rule indexes)
export const F_STREAK = 8; // a streak phrase (payload.p: 0 = number before, 1 = number after)
export const F_BOUND_START = 16; // needs a word boundary before it
export const F_BOUND_END = 32; // needs a word boundary after it
export const F_INFLECT_RU = 64; // Russian case endings may follow

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
  /** Streak phrase position of the number: 0 before the phrase, 1 after it. */
  p?: 0 | 1;
}

export type FigureRule =
  | { e: number; type: 'money'; currency: string; min: number; max: number }
  | { e: number; type: 'streak'; value: number };

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
}

/**
 * Dataset -> compiled matcher. Runs at build time (vite plugin, scan command, tests);
 * the content script only ever imports the result.
 */
import { buildAutomaton } from './automaton.ts';
import { buildPrefilter } from './prefilter.ts';
import type { Article, Entity, Kind } from './dataset.ts';
import { foldText, isWordChar } from './fold.ts';
import {
  F_ALIAS, F_BOUND_END, F_BOUND_START, F_CONTEXT, F_INFLECT_RU, F_SHORT, F_STREAK,
  type CompiledMatcher, type FigureRule, type Payload,
} from './matcher.ts';
import { STREAK_PHRASES_AFTER_NUMBER, STREAK_PHRASES_BEFORE_NUMBER } from './streak.ts';

/** Longest pattern the matcher accepts (folded code units); the engine keeps this much history. */
export const MAX_PATTERN_LENGTH = 255;

function boundaryFlags(folded: string): number {
  let f = 0;
  if (isWordChar(folded[0]!)) f |= F_BOUND_START;
  if (isWordChar(folded[folded.length - 1]!)) f |= F_BOUND_END;
  return f;
}

/** Entities of every article, merged by id (a later article may add aliases). */
export function mergeEntities(articles: readonly Article[]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const article of articles) {
    for (const e of article.entities) {
      const prev = byId.get(e.id);
      if (!prev) byId.set(e.id, { ...e, aliases: [...e.aliases] });
      else if (prev.kind !== e.kind) throw new Error(`entity ${e.id} is a ${prev.kind} in one article and a ${e.kind} in another`);
      else prev.aliases.push(...e.aliases);
    }
  }
  return [...byId.values()];
}

export function compileMatcher(articles: readonly Article[]): CompiledMatcher {
  const entities = mergeEntities(articles);
  const patterns: string[] = [];
  const payloads: Payload[][] = [];
  const index = new Map<string, number>();
  /** Registers a pattern and returns the payload as stored (flags added). */
  const add = (text: string, payload: Payload, what: string): Payload => {
    const folded = foldText(text);
    if (folded.length === 0) throw new Error(`${what}: "${text}" is empty once folded`);
    if (folded.length > MAX_PATTERN_LENGTH) throw new Error(`${what}: "${text}" is longer than ${MAX_PATTERN_LENGTH}`);
    let id = index.get(folded);
    if (id === undefined) {
      id = patterns.length;
      patterns.push(folded);
      payloads.push([]);
      index.set(folded, id);
    }
    const stored = { ...payload, f: payload.f | boundaryFlags(folded) };
    payloads[id]!.push(stored);
    return stored;
  };

  const groups: { key: string; entities: number[] }[] = [];
  const entityGroup: number[] = entities.map(() => -1);
  const shortPayload = new Map<number, Payload>();
  const figureRules: FigureRule[] = [];
  const contextRules = new Map<string, number[]>();

  entities.forEach((entity, e) => {
    for (const alias of entity.aliases) {
      if (!alias.short) {
        add(alias.text, { f: F_ALIAS | (alias.inflect === 'ru' ? F_INFLECT_RU : 0), e }, entity.id);
        continue;
      }
      const key = foldText(alias.text);
      let g = groups.findIndex((x) => x.key === key);
      if (g < 0) {
        g = groups.length;
        groups.push({ key, entities: [] });
      }
      groups[g]!.entities.push(e);
      entityGroup[e] = g;
      // One payload per group: which person a bare "Wang" names is decided per document.
      let payload = shortPayload.get(g);
      if (!payload) {
        payload = add(alias.text, { f: F_SHORT, g, t: alias.text, ti: [] }, entity.id);
        shortPayload.set(g, payload);
      }
      for (const title of alias.titles ?? []) payload.ti!.push([foldText(title), e]);
    }
    const m = entity.match;
    if (m) {
      const r = figureRules.length;
      figureRules.push(m.type === 'money'
        ? { e, type: 'money', currency: m.currency, min: m.min, max: m.max }
        : { e, type: 'streak', value: m.value });
      for (const word of m.context) {
        const key = foldText(word);
        const list = contextRules.get(key) ?? [];
        list.push(r);
        contextRules.set(key, list);
      }
    }
  });

  for (const [word, r] of contextRules) {
    // Context words are stems ("trade" covers "trading"): a boundary before, none after.
    add(word, { f: F_CONTEXT, r }, 'context word').f &= ~F_BOUND_END;
  }
  if (figureRules.some((r) => r.type === 'streak')) {
    // Phrases end without a boundary check: "year" also starts "years", "年" needs none.
    for (const phrase of STREAK_PHRASES_AFTER_NUMBER) add(phrase, { f: F_STREAK, p: 0 }, 'streak phrase').f &= ~F_BOUND_END;
    for (const phrase of STREAK_PHRASES_BEFORE_NUMBER) add(phrase, { f: F_STREAK, p: 1 }, 'streak phrase');
  }

  return {
    version: 1,
    automaton: buildAutomaton(patterns),
    prefilter: buildPrefilter(patterns, payloads),
    maxLength: patterns.reduce((n, p) => Math.max(n, p.length), 1),
    payloads,
    entities: entities.map((x) => ({ id: x.id, kind: x.kind as Kind })),
    groups,
    entityGroup,
    figureRules,
  };
}

/**
 * Dataset -> compiled matcher. Runs at build time (vite plugin, scan command, tests);
 * the content script only ever imports the result.
 */
import { buildAutomaton } from './automaton.ts';
import { buildPrefilter } from './prefilter.ts';
import type { Article, Entity, Kind } from './dataset.ts';
import { foldText, isWordChar } from './fold.ts';
import { CONCEPTS, type Concept, type LanguageData } from './languages.ts';
import {
  F_ALIAS, F_BARE, F_BOUND_END, F_BOUND_START, F_CLITIC, F_CONTEXT, F_CUE, F_INFLECT, F_SEGMENT, F_SHORT, F_STREAK,
  type CompiledMatcher, type FigureRule, type Payload, type Rules,
} from './matcher.ts';
import { buildMoneyTable } from './money-table.ts';
import { storedTemplate, streakPiece, type StoredTemplate } from './streak.ts';

/** Longest pattern the matcher accepts (folded code units); the engine keeps this much history. */
export const MAX_PATTERN_LENGTH = 255;

/** Han names this short are checked against word boundaries (国王毅然: 王毅 is no name there). */
const SEGMENT_MAX = 3;

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

/** Lists of folded words, each stored once; returns a list's index. */
class WordSets {
  readonly lists: string[][] = [];
  private readonly index = new Map<string, number>();
  add(words: readonly string[]): number {
    const list = [...new Set(words.map(foldText).filter((w) => w !== ''))].sort();
    const key = list.join('\n');
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.lists.length;
      this.lists.push(list);
      this.index.set(key, i);
    }
    return i;
  }
}

/** Words with "#concept"s expanded to every language's words for it. */
function expand(words: readonly string[], languages: readonly LanguageData[]): string[] {
  return words.flatMap((w) => (w.startsWith('#') && CONCEPTS.includes(w.slice(1) as Concept) ? languages.flatMap((l) => l.words[w.slice(1) as Concept]) : [w]));
}

const HAN_ONLY = /^\p{Script=Han}+$/u;

export function compileMatcher(articles: readonly Article[], languages: readonly LanguageData[] = []): CompiledMatcher {
  const entities = mergeEntities(articles);
  const byTag = new Map(languages.map((l) => [l.lang, l]));
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

  const suffixes = new WordSets();
  const particles = new WordSets();
  const prefixes = new WordSets();
  // Cue sets and the figures' party sets are one list: "#russia" is stored once for both.
  const words = new WordSets();
  const cues = words;
  const openStart = new Set<string>();
  const initials: string[] = entities.map(() => '');
  /** Flags and sets of an alias from its language: endings, clitics, cues, Han boundaries. */
  const extras = (entity: Entity, alias: Entity['aliases'][number]): Payload => {
    const l = byTag.get(alias.lang);
    const out: Payload = { f: 0 };
    const folded = foldText(alias.text);
    const inflect = alias.inflect ?? (entity.kind === 'person' && !alias.short && (l?.suffixes.length ?? 0) > 0);
    if (inflect && l && l.suffixes.length > 0) {
      out.f |= F_INFLECT;
      out.x = suffixes.add(l.suffixes);
    }
    if (l && l.particles.length > 0 && !alias.short) {
      out.f |= F_INFLECT;
      out.y = particles.add(l.particles);
    }
    if (l && l.prefixes.length > 0 && isWordChar(folded[0]!)) {
      out.f |= F_CLITIC;
      out.c = prefixes.add(l.prefixes);
      openStart.add(folded[0]!);
    }
    if (alias.cues) {
      out.f |= F_CUE;
      out.q = cues.add(expand(alias.cues, languages));
    }
    if (alias.refuse) {
      out.f |= F_CUE;
      out.n = cues.add(expand(alias.refuse, languages));
    }
    if (alias.surname) out.f |= F_BARE;
    if (HAN_ONLY.test(folded) && folded.length <= SEGMENT_MAX) out.f |= F_SEGMENT;
    return out;
  };

  const groups: { key: string; entities: number[] }[] = [];
  const entityGroup: number[] = entities.map(() => -1);
  const shortPayload = new Map<number, Payload>();
  const figureRules: FigureRule[] = [];
  const contextRules = new Map<string, number[]>();

  entities.forEach((entity, e) => {
    const own = new Set<string>();
    for (const alias of entity.aliases) {
      const x = extras(entity, alias);
      // The first letters of its own given names: "S. Lavrov" is ours, "K. Lavrov" is not.
      const words = alias.text.split(/\s+/);
      if (entity.kind === 'person' && !alias.short && !alias.surname && words.length > 1) own.add(foldText(words[0]!)[0] ?? '');
      if (!alias.short) {
        add(alias.text, { ...x, f: F_ALIAS | x.f, e }, entity.id);
        // Лицзянь -> Лицзяня: the ending replaces the final soft sign, so the stem is an alias too.
        const finals = byTag.get(alias.lang)?.stemFinals ?? [];
        if (x.x !== undefined && finals.includes(alias.text.slice(-1).toLowerCase())) add(alias.text.slice(0, -1), { ...x, f: F_ALIAS | x.f, e }, entity.id);
        continue;
      }
      const key = foldText(alias.text);
      let g = groups.findIndex((y) => y.key === key);
      if (g < 0) {
        g = groups.length;
        groups.push({ key, entities: [] });
      }
      groups[g]!.entities.push(e);
      entityGroup[e] = g;
      // One payload per group: which person a bare "Wang" names is decided per document.
      let payload = shortPayload.get(g);
      if (!payload) {
        payload = add(alias.text, { ...x, f: F_SHORT | x.f, g, t: alias.text, ti: [] }, entity.id);
        shortPayload.set(g, payload);
      }
      for (const title of alias.titles ?? []) payload.ti!.push([foldText(title), e]);
    }
    initials[e] = [...own].sort().join('');
    const m = entity.match;
    if (m) {
      const r = figureRules.length;
      const party = m.parties ? { pw: words.add(expand(m.parties.words, languages)), ps: m.parties.scope === 'sentence' ? 0 as const : 1 as const } : {};
      figureRules.push(m.type === 'money'
        ? { e, type: 'money', currency: m.currency, min: m.min, max: m.max, ...party }
        : { e, type: 'streak', value: m.value, ...party });
      for (const word of expand(m.context, languages)) {
        const key = foldText(word);
        const list = contextRules.get(key) ?? [];
        if (!list.includes(r)) list.push(r);
        contextRules.set(key, list);
      }
    }
  });

  for (const [word, r] of contextRules) {
    // Context words are stems ("trade" covers "trading"): a boundary before, none after.
    add(word, { f: F_CONTEXT, r }, 'context word').f &= ~F_BOUND_END;
  }
  const templates: StoredTemplate[] = [];
  const numberWords: string[][] = [];
  const numbers = new Map<string, number>();
  if (figureRules.some((r) => r.type === 'streak')) {
    for (const l of languages) {
      const w = numberWords.length;
      numberWords.push([...new Set(Object.keys(l.streak.numbers).map(foldText))]);
      for (const [word, v] of Object.entries(l.streak.numbers)) numbers.set(foldText(word), v);
      for (const template of l.streak.templates) {
        const s = templates.length;
        templates.push(storedTemplate(template, w));
        // The piece only says where to look: its template's RegExp reads the whole phrase.
        add(streakPiece(template), { f: F_STREAK, s }, `streak template of ${l.lang}`).f &= ~F_BOUND_END;
      }
    }
  }

  const given = [...new Set(languages.flatMap((l) => l.namesakeGiven.map(foldText)))].sort();
  const rules: Rules = {
    suffixes: suffixes.lists,
    particles: particles.lists,
    prefixes: prefixes.lists,
    given,
    initials,
    openStart: [...openStart].sort().join(''),
    words: words.lists,
    streaks: { templates, words: numberWords, numbers: [...numbers] },
    money: buildMoneyTable(languages),
  };

  // Patterns renumbered in the order of the states they end at, so the shipped module can
  // say which states have an output and nothing else (decision 28).
  const order = Array.from(buildAutomaton(patterns).out).filter((id) => id !== -1);
  const sorted = order.map((id) => patterns[id]!);
  const sortedPayloads = order.map((id) => payloads[id]!);
  // A streak template's word ("year", "row", "연속") only says where to read in a sentence that
  // holds a context word, and every figure needs one: the context words are anchors, so the
  // template words need not be (alone they let through texts by the hundred: "\\byear").
  const anchored = sortedPayloads.map((list) => !list.every((p) => p.f & F_STREAK));
  return {
    version: 1,
    automaton: buildAutomaton(sorted),
    prefilter: buildPrefilter(sorted.filter((_, i) => anchored[i]), sortedPayloads.filter((_, i) => anchored[i])),
    maxLength: patterns.reduce((n, p) => Math.max(n, p.length), 1),
    payloads: sortedPayloads,
    entities: entities.map((x) => ({ id: x.id, kind: x.kind as Kind })),
    groups,
    entityGroup,
    figureRules,
    rules,
  };
}

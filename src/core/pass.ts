/**
 * The automaton pass: runs the Aho–Corasick automaton over UTF-16 text, folding each
 * code unit on the fly, and records raw hits (pattern occurrences) with their source
 * offsets. Rules (boundaries, short forms, figures) are applied later by the engine.
 * Pure: no DOM, no browser API.
 */
import { step } from './automaton.ts';
import { foldString, isIgnorable, isWordChar, SPACE } from './fold.ts';
import type { CompiledMatcher, Payload } from './matcher.ts';

/** A pattern occurrence: [start, end) in the text, and what it stands for. */
export interface Hit {
  start: number;
  end: number;
  payload: Payload;
}

const RING = 256; // >= MAX_PATTERN_LENGTH + 1

/** The automaton pass's state, so one text can be scanned in several slices. */
export interface PassState {
  state: number;
  /** Folded characters emitted so far. */
  k: number;
  lastSpace: boolean;
  /** Source index of the last RING folded characters. */
  ring: Int32Array;
  hits: Hit[];
  /** Next source index to read. */
  at: number;
  /** Whether the last visible character read so far is a word character. */
  wordBefore: boolean;
  /** Added to every recorded offset: where this text starts in its block. */
  base: number;
}

export function newPass(): PassState {
  return { state: 0, k: 0, lastSpace: true, ring: new Int32Array(RING), hits: [], at: 0, wordBefore: false, base: 0 };
}

/** Starts a new block with `st` (keeps its buffers). */
export function resetPass(st: PassState): void {
  st.state = 0;
  st.k = 0;
  st.lastSpace = true;
  st.at = 0;
  st.wordBefore = false;
  st.base = 0;
  st.hits = [];
}

/**
 * What a pass needs besides the compiled arrays, built lazily per automaton, with a size
 * bounded whatever the dataset (no start-up work that grows with it):
 * - `cls`: the class of every UTF-16 code unit once folded (its alphabet index, or 0 when
 *   no alias contains it), learnt the first time the unit is met, so a page pays one
 *   fold per distinct character, not per character;
 * - `dense`: a lazily filled transition table (state x class) for the first states, which
 *   are the shallow ones (breadth-first numbering): one array read per character where
 *   the pass spends nearly all of its time; deeper states fall back to `step`.
 * Each dense entry is `next * 2 + (next has an output ? 1 : 0)`, -1 while unknown.
 */
interface Runtime {
  cls: Uint8Array | Uint16Array;
  /** Class -> folded code unit (class 0 is "not in any alias"). */
  classChar: Int32Array;
  classes: number;
  /** Class of the folded space, or -1 when no alias contains a space. */
  space: number;
  rows: number;
  dense: Int32Array;
  unknown: number;
  ignorable: number;
  multi: number;
  /** Per class: 1 when aliases starting with it need a word boundary before them. */
  bounded: Uint8Array;
  /** Per code unit: 1 word character, 0 not, 2 not known yet. */
  word: Uint8Array;
}

/** Dense transition entries kept per automaton (128 KB). */
const DENSE_ENTRIES = 1 << 15;

const runtimes = new WeakMap<object, Runtime>();
function runtimeOf(a: CompiledMatcher['automaton'], open: string): Runtime {
  let rt = runtimes.get(a);
  if (rt) return rt;
  const classes = a.alphabet.length + 1;
  const wide = classes > 250;
  const cls = wide ? new Uint16Array(65536) : new Uint8Array(65536);
  const unknown = wide ? 0xffff : 0xff;
  cls.fill(unknown);
  const classChar = new Int32Array(classes);
  for (let i = 0; i < a.alphabet.length; i++) classChar[i + 1] = a.alphabet.charCodeAt(i);
  const rows = Math.max(1, Math.min(a.fail.length, Math.floor(DENSE_ENTRIES / classes)));
  const dense = new Int32Array(rows * classes).fill(-1);
  const bounded = new Uint8Array(classes);
  for (let k = 1; k < classes; k++) bounded[k] = isWordChar(String.fromCharCode(classChar[k]!)) ? 1 : 0;
  const word = new Uint8Array(65536).fill(2);
  rt = { cls, classChar, classes, space: -1, rows, dense, unknown, ignorable: unknown - 1, multi: unknown - 2, bounded, word };
  rt.space = classOfFolded(rt, SPACE) || -1;
  // Letters that begin an alias clitics may precede (وبوتين): a match may start inside a word there; the engine checks the clitics.
  for (let i = 0; i < open.length; i++) bounded[classOfFolded(rt, open.charCodeAt(i))] = 0;
  runtimes.set(a, rt);
  return rt;
}

/** Alphabet class of a folded code unit, 0 when no alias contains it. */
function classOfFolded(rt: Runtime, f: number): number {
  let lo = 1;
  let hi = rt.classes - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = rt.classChar[mid]!;
    if (x === f) return mid;
    if (x < f) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/**
 * Is the visible character before text[i] a word character? Aliases that start with a
 * word character need a boundary before them, so a pass never starts one mid-word.
 * Before `from` (the start of this piece of text) the caller's `before` answers.
 */
function wordBefore(rt: Runtime, text: string, i: number, from: number, before: boolean): boolean {
  for (let j = i - 1; j >= from; j--) {
    const c = text.charCodeAt(j);
    if (isIgnorable(c)) continue;
    let w = rt.word[c]!;
    if (w === 2) w = rt.word[c] = isWordChar(text[j]!) ? 1 : 0;
    return w === 1;
  }
  return before;
}

/** Classifies a code unit met for the first time. */
function learn(rt: Runtime, c: number): number {
  const f = foldString(c);
  const k = f.length === 0 ? rt.ignorable : f.length > 1 ? rt.multi : classOfFolded(rt, f.charCodeAt(0));
  rt.cls[c] = k;
  return k;
}

/** The transition entry (see Runtime) from `state` on class `k` (k > 0). */
function transition(a: CompiledMatcher['automaton'], rt: Runtime, state: number, k: number): number {
  const next = step(a, state, rt.classChar[k]!);
  const e = next * 2 + (a.out[next] !== -1 || a.outLink[next] !== -1 ? 1 : 0);
  if (state < rt.rows) rt.dense[state * rt.classes + k] = e;
  return e;
}

/** Records every pattern ending at `state` (dictionary links); a plain function so the hot loop keeps its locals in registers. */
function report(m: CompiledMatcher, st: PassState, state: number, k: number, i: number): void {
  const { out, outLink, patternLength } = m.automaton;
  let t = out[state] !== -1 ? state : outLink[state]!;
  while (t !== -1) {
    const pid = out[t]!;
    const start = st.ring[(k - patternLength[pid]!) & (RING - 1)]!;
    for (const payload of m.payloads.at(pid)!) st.hits.push({ start, end: st.base + i + 1, payload });
    t = outLink[t]!;
  }
}

/** Rare: a code unit that folds to several (a ligature): feeds each folded unit in turn. */
function feedMulti(m: CompiledMatcher, rt: Runtime, st: PassState, i: number, c: number): void {
  const s = foldString(c);
  for (let j = 0; j < s.length; j++) {
    const f = s.charCodeAt(j);
    if (f === SPACE) {
      if (st.lastSpace) continue;
      st.lastSpace = true;
    } else st.lastSpace = false;
    const k = classOfFolded(rt, f);
    if (k === 0) {
      st.state = 0;
      continue;
    }
    const e = transition(m.automaton, rt, st.state, k);
    st.state = e >> 1;
    if (st.state === 0) continue;
    st.ring[st.k & (RING - 1)] = st.base + i;
    st.k++;
    if (e & 1) report(m, st, st.state, st.k, i);
  }
}

/** Runs the automaton over text[st.at, to), folding on the fly; hits accumulate in st.hits. */
export function pass(m: CompiledMatcher, text: string, st: PassState, to = text.length): void {
  const a = m.automaton;
  const rt = runtimeOf(a, m.rules.openStart);
  const { cls, dense, rows, classes, space, multi, bounded } = rt;
  const from = st.at;
  const ring = st.ring;
  const base = st.base;
  let state = st.state;
  let k = st.k;
  let lastSpace = st.lastSpace;
  let i = st.at;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    let x = cls[c]!;
    if (x === 0) {
      // A character no alias contains: no match can span it.
      state = 0;
      lastSpace = false;
      continue;
    }
    if (x >= multi) {
      if (x === rt.unknown) {
        x = learn(rt, c);
        if (x === 0) {
          state = 0;
          lastSpace = false;
          continue;
        }
      }
      if (x === rt.ignorable) continue;
      if (x === multi) {
        st.state = state;
        st.k = k;
        st.lastSpace = lastSpace;
        feedMulti(m, rt, st, i, c);
        state = st.state;
        k = st.k;
        lastSpace = st.lastSpace;
        continue;
      }
    }
    if (x === space) {
      if (lastSpace) continue;
      lastSpace = true;
    } else lastSpace = false;
    if (state === 0 && bounded[x] === 1 && wordBefore(rt, text, i, from, st.wordBefore)) continue;
    let e = state < rows ? dense[state * classes + x]! : -1;
    if (e < 0) e = transition(a, rt, state, x);
    // Back at the root: nothing to remember.
    if (e === 0) {
      state = 0;
      continue;
    }
    state = e >> 1;
    ring[k & (RING - 1)] = base + i;
    k++;
    if (e & 1) report(m, st, state, k, i);
  }
  st.state = state;
  st.k = k;
  st.lastSpace = lastSpace;
  st.wordBefore = wordBefore(rt, text, i, from, st.wordBefore);
  st.at = Math.max(st.at, i);
}


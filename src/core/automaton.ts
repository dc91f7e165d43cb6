/**
 * Aho–Corasick automaton over folded UTF-16 code units, in a flat form made of plain
 * number arrays so it can be emitted as a literal at build time and used at run time
 * with no construction step (no start-up work proportional to the dataset).
 */

export interface Automaton {
  /**
   * Edges of state s are edgeChar[edgeStart[s] .. edgeStart[s + 1]), sorted by char. Edge k
   * leads to state k + 1: states are numbered breadth-first and each one's children in
   * the order of their chars, so the targets need no array of their own.
   */
  edgeStart: ArrayLike<number>;
  edgeChar: ArrayLike<number>;
  /** Failure link of each state. */
  fail: ArrayLike<number>;
  /** Pattern id ending at this state, or -1. */
  out: ArrayLike<number>;
  /** Nearest state on the failure chain that has an output, or -1 (dictionary link). */
  outLink: ArrayLike<number>;
  /** Length (in folded code units) of each pattern id. */
  patternLength: ArrayLike<number>;
  /** Every folded code unit that appears in a pattern, ascending. */
  alphabet: string;
}

/**
 * Build the automaton for the given (folded, non-empty, distinct) patterns. Build time only.
 * States are numbered breadth-first, so shallow states (where a pass spends nearly all
 * of its time) have the smallest ids: the engine keeps dense rows for a prefix of them.
 */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const trie: Map<number, number>[] = [new Map()];
  const trieOut: number[] = [-1];
  patterns.forEach((p, id) => {
    if (p.length === 0) throw new Error('empty pattern');
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      let n = trie[s]!.get(c);
      if (n === undefined) {
        n = trie.length;
        trie.push(new Map());
        trieOut.push(-1);
        trie[s]!.set(c, n);
      }
      s = n;
    }
    if (trieOut[s] !== -1) throw new Error(`duplicate pattern "${p}"`);
    trieOut[s] = id;
  });

  // Breadth-first renumbering: order[newId] = trie state.
  const order = [0];
  for (let qi = 0; qi < order.length; qi++) {
    for (const [, child] of [...trie[order[qi]!]!].sort((a, b) => a[0] - b[0])) order.push(child);
  }
  const rank = new Array<number>(trie.length);
  order.forEach((t, i) => (rank[t] = i));
  const children = order.map((t) => new Map([...trie[t]!].map(([c, n]) => [c, rank[n]!] as [number, number])));
  const out = order.map((t) => trieOut[t]!);

  const n = children.length;
  const edgeStart: number[] = [];
  const edgeChar: number[] = [];
  for (let s = 0; s < n; s++) {
    edgeStart.push(edgeChar.length);
    const sorted = [...children[s]!].sort((a, b) => a[0] - b[0]);
    for (const [c, t] of sorted) {
      if (t !== edgeChar.length + 1) throw new Error('automaton: edges out of breadth-first order');
      edgeChar.push(c);
    }
  }
  edgeStart.push(edgeChar.length);
  const { fail, outLink } = failureLinks(edgeStart, edgeChar, out);
  const alphabet = String.fromCharCode(...[...new Set(edgeChar)].sort((a, b) => a - b));
  return { edgeStart, edgeChar, fail: Array.from(fail), out, outLink: Array.from(outLink), patternLength: patterns.map((p) => p.length), alphabet };
}

/**
 * The failure and dictionary links of a trie in breadth-first numbering. Cheap (one `step`
 * per state), so the content script computes them on first use instead of shipping them:
 * they were 3.1 KB of its gzip size and a trie's edges say everything they say.
 */
export function failureLinks(edgeStart: ArrayLike<number>, edgeChar: ArrayLike<number>, out: ArrayLike<number>): { fail: Int32Array; outLink: Int32Array } {
  const n = out.length;
  const fail = new Int32Array(n);
  const outLink = new Int32Array(n).fill(-1);
  const a = { edgeStart, edgeChar, fail };
  // Ids ascending is breadth-first: a state's failure chain is settled before its children's.
  // `step` from fail[s] reaches a state no deeper than s, so never the child itself.
  for (let s = 0; s < n; s++) {
    for (let k = edgeStart[s]!, end = edgeStart[s + 1]!; k < end; k++) {
      const child = k + 1;
      const f = s === 0 ? 0 : step(a, fail[s]!, edgeChar[k]!);
      fail[child] = f;
      outLink[child] = out[f] !== -1 ? f : outLink[f]!;
    }
  }
  return { fail, outLink };
}

/**
 * What a trie in breadth-first numbering says without being told, given the states where a
 * pattern ends (ascending) and patterns numbered in that order (as `compileMatcher` numbers
 * them): each state's output, each pattern's length (its state's depth) and the alphabet.
 * The content script's matcher module ships only the output states (about 1.5 KB gzip less).
 */
export function unpackOutputs(edgeStart: ArrayLike<number>, edgeChar: ArrayLike<number>, outStates: ArrayLike<number>): Pick<Automaton, 'out' | 'patternLength' | 'alphabet'> {
  const n = edgeStart.length - 1;
  const out = new Int32Array(n).fill(-1);
  const depth = new Uint16Array(n);
  for (let s = 0; s < n; s++) for (let k = edgeStart[s]!, end = edgeStart[s + 1]!; k < end; k++) depth[k + 1] = depth[s]! + 1;
  const patternLength = new Array<number>(outStates.length);
  for (let id = 0; id < outStates.length; id++) {
    out[outStates[id]!] = id;
    patternLength[id] = depth[outStates[id]!]!;
  }
  const chars = [...new Set(Array.from(edgeChar))].sort((a, b) => a - b);
  let alphabet = '';
  for (const c of chars) alphabet += String.fromCharCode(c);
  return { out, patternLength, alphabet };
}

/** The state reached from `state` on folded code unit `c`. */
export function step(a: Pick<Automaton, 'edgeStart' | 'edgeChar' | 'fail'>, state: number, c: number): number {
  const { edgeStart, edgeChar, fail } = a;
  for (;;) {
    let lo = edgeStart[state]!;
    let hi = edgeStart[state + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = edgeChar[mid]!;
      if (m === c) return mid + 1;
      if (m < c) lo = mid + 1;
      else hi = mid - 1;
    }
    if (state === 0) return 0;
    state = fail[state]!;
  }
}

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
  const fail = new Array<number>(n).fill(0);
  const outLink = new Array<number>(n).fill(-1);
  // In breadth-first numbering, ids ascending is a valid BFS order for the failure links.
  for (let s = 0; s < n; s++) {
    for (const [c, child] of children[s]!) {
      if (s === 0) continue;
      let f = fail[s]!;
      while (f !== 0 && !children[f]!.has(c)) f = fail[f]!;
      const target = children[f]!.get(c);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const fc = fail[child]!;
      outLink[child] = out[fc] !== -1 ? fc : outLink[fc]!;
    }
  }

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
  const alphabet = String.fromCharCode(...[...new Set(edgeChar)].sort((a, b) => a - b));
  return { edgeStart, edgeChar, fail, out, outLink, patternLength: patterns.map((p) => p.length), alphabet };
}

/** The state reached from `state` on folded code unit `c`. */
export function step(a: Automaton, state: number, c: number): number {
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

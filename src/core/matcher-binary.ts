/**
 * The compiled matcher as one binary buffer, for datasets too big to ship as JSON
 * (decision 16). Decoding makes typed-array views over the buffer and parses one small
 * header: nothing proportional to the dataset. Payloads, entities and short-form groups
 * are JSON per item, parsed the first time a hit needs them.
 *
 * Layout (little-endian): eight 32-bit header words [MAGIC, states, edges, patterns,
 * alphabet, entities, groups, metaBytes], then, each 4-byte aligned: edgeStart (i32 ×
 * states + 1), edgeChar (u16 × edges), fail, out, outLink (i32), patternLength
 * (u8), alphabet (u16), entityGroup (i32), three item lists (payloads, entities, groups:
 * i32 offsets × count + 1, then UTF-8 bytes), then the meta JSON (version, maxLength,
 * prefilter, figureRules).
 */
import type { Automaton } from './automaton.ts';
import type { CompiledMatcher, EntityRef, List, Payload, ShortGroup } from './matcher.ts';

const MAGIC = 0x324b544b; // "KTK2" (KTK1 had an array of edge targets)
const HEADER_WORDS = 8;

const align = (n: number) => (n + 3) & ~3;

/** Build time: the matcher as a buffer that `decodeMatcher` reads back. */
export function encodeMatcher(m: CompiledMatcher): ArrayBuffer {
  const a = m.automaton;
  const enc = new TextEncoder();
  const items = (list: List<unknown>) => {
    const parts: Uint8Array[] = [];
    const offsets = new Int32Array(list.length + 1);
    let at = 0;
    for (let i = 0; i < list.length; i++) {
      const bytes = enc.encode(JSON.stringify(list.at(i)));
      parts.push(bytes);
      at += bytes.length;
      offsets[i + 1] = at;
    }
    const bytes = new Uint8Array(at);
    let o = 0;
    for (const p of parts) {
      bytes.set(p, o);
      o += p.length;
    }
    return { offsets, bytes };
  };
  const payloads = items(m.payloads);
  const entities = items(m.entities);
  const groups = items(m.groups);
  const meta = enc.encode(JSON.stringify({ version: m.version, maxLength: m.maxLength, prefilter: m.prefilter, figureRules: m.figureRules, rules: m.rules }));
  // Code units, not characters: a surrogate pair in the alphabet is two units of it.
  const alphabet = Uint16Array.from({ length: a.alphabet.length }, (_, i) => a.alphabet.charCodeAt(i));
  const typed = [
    Int32Array.from(a.edgeStart), Uint16Array.from(a.edgeChar), Int32Array.from(a.fail),
    Int32Array.from(a.out), Int32Array.from(a.outLink), Uint8Array.from(a.patternLength), alphabet, Int32Array.from(m.entityGroup),
    payloads.offsets, payloads.bytes, entities.offsets, entities.bytes, groups.offsets, groups.bytes, meta,
  ];
  let size = HEADER_WORDS * 4;
  for (const t of typed) size = align(size + t.byteLength);
  const buf = new ArrayBuffer(size);
  new Int32Array(buf, 0, HEADER_WORDS).set([MAGIC, a.fail.length, a.edgeChar.length, a.patternLength.length, alphabet.length, m.entities.length, m.groups.length, meta.length]);
  let at = HEADER_WORDS * 4;
  for (const t of typed) {
    new Uint8Array(buf, at, t.byteLength).set(new Uint8Array(t.buffer, t.byteOffset, t.byteLength));
    at = align(at + t.byteLength);
  }
  return buf;
}

/** A list read from its JSON items the first time each is asked for. */
class LazyList<T> implements List<T> {
  private readonly cache: (T | undefined)[] = [];
  constructor(
    private readonly what: string,
    private readonly offsets: Int32Array,
    private readonly bytes: Uint8Array,
  ) {}
  get length(): number {
    return this.offsets.length - 1;
  }
  at(i: number): T | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    let v = this.cache[i];
    if (v === undefined) {
      const from = this.offsets[i]!;
      const to = this.offsets[i + 1]!;
      if (!(from >= 0 && from <= to && to <= this.bytes.length)) throw new Error(`matcher: ${this.what} ${i} lies outside the buffer`);
      try {
        v = this.cache[i] = JSON.parse(decoder.decode(this.bytes.subarray(from, to))) as T;
      } catch {
        throw new Error(`matcher: ${this.what} ${i} is not JSON`);
      }
    }
    return v;
  }
}
const decoder = new TextDecoder();

/** The matcher over `buf` (from `encodeMatcher`): views and a small header, whatever the dataset's size. */
export function decodeMatcher(buf: ArrayBuffer): CompiledMatcher {
  // Not instanceof: a buffer from another realm (a page's fetch seen through Firefox's Xrays) is one too.
  if (Object.prototype.toString.call(buf) !== '[object ArrayBuffer]' || buf.byteLength < HEADER_WORDS * 4) throw new Error('matcher: not a compiled matcher (too short)');
  const header = Array.from(new Int32Array(buf, 0, HEADER_WORDS));
  const [magic, states, edges, patterns, alphabetLength, entities, groups, metaBytes] = header as [number, number, number, number, number, number, number, number];
  if (magic !== MAGIC) throw new Error('matcher: not a compiled matcher (bad magic number)');
  let at = HEADER_WORDS * 4;
  const take = <T extends Int32Array | Uint16Array | Uint8Array>(view: { new (b: ArrayBuffer, o: number, n: number): T; BYTES_PER_ELEMENT: number }, n: number, what: string): T => {
    if (!(n >= 0) || at + n * view.BYTES_PER_ELEMENT > buf.byteLength) throw new Error(`matcher: the buffer ends inside its ${what}`);
    const v = new view(buf, at, n);
    at = align(at + v.byteLength);
    return v;
  };
  const automaton: Automaton = {
    edgeStart: take(Int32Array, states + 1, 'edge starts'),
    edgeChar: take(Uint16Array, edges, 'edge characters'),
    fail: take(Int32Array, states, 'failure links'),
    out: take(Int32Array, states, 'outputs'),
    outLink: take(Int32Array, states, 'dictionary links'),
    patternLength: take(Uint8Array, patterns, 'pattern lengths'),
    alphabet: String.fromCharCode(...take(Uint16Array, alphabetLength, 'alphabet')),
  };
  const entityGroup = take(Int32Array, entities, 'entity groups');
  const list = <T>(what: string, n: number): List<T> => {
    const offsets = take(Int32Array, n + 1, `${what} offsets`);
    return new LazyList<T>(what, offsets, take(Uint8Array, offsets[n]!, what));
  };
  const payloads = list<Payload[]>('payload', patterns);
  const entityList = list<EntityRef>('entity', entities);
  const groupList = list<ShortGroup>('group', groups);
  let meta: Pick<CompiledMatcher, 'version' | 'maxLength' | 'prefilter' | 'figureRules' | 'rules'>;
  try {
    meta = JSON.parse(decoder.decode(take(Uint8Array, metaBytes, 'meta')));
  } catch (e) {
    throw new Error(`matcher: unreadable meta (${(e as Error).message})`);
  }
  if (meta.version !== 1) throw new Error(`matcher: version ${String(meta.version)}, expected 1`);
  return { ...meta, automaton, payloads, entities: entityList, groups: groupList, entityGroup };
}

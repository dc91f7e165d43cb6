import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import matcher from 'virtual:konteks/matcher';
import { BlockMatcher } from '../../src/core/block-matcher.ts';
import { candidatesFrom, scanText } from '../../src/core/engine.ts';
import { htmlBlocks } from '../../scripts/scan.ts';
import { TABLE } from './sentences.ts';
import { corpusForTests } from '../corpus-env.ts';

/** What the page scanner computes for a block given as pieces (its text nodes). */
function byPieces(pieces: string[]) {
  const bm = new BlockMatcher(matcher);
  bm.begin();
  for (const p of pieces) bm.piece(p);
  return candidatesFrom(matcher, pieces.join(''), bm.end());
}

/** Matching a block piece by piece finds what matching its joined text finds. */
function expectSame(pieces: string[], what = pieces.join('')) {
  expect(byPieces(pieces), what).toEqual(scanText(matcher, pieces.join('')));
}

/** Splits a text at the given cut points. */
function cut(text: string, cuts: number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let prev = 0;
  for (const c of at) {
    out.push(text.slice(prev, c));
    prev = c;
  }
  out.push(text.slice(prev));
  return out;
}

describe('BlockMatcher', () => {
  it('finds what scanText finds in every table sentence, whole and cut into pieces', () => {
    for (const [text] of TABLE) {
      expectSame([text]);
      for (let i = 1; i < text.length; i += 3) expectSame([text.slice(0, i), text.slice(i)], `${text} @${i}`);
    }
  });

  it('agrees with scanText on random texts cut at random points', () => {
    const words = [
      'Sergey', 'Lavrov', 'Sergei', 'LAVROV', 'Lav\u00adrov', 'Putin', 'Vladimir', 'Xi', 'Jinping', 'Wang', 'Yi', 'Wang Yi', 'Wenbin', 'Zhao Lijian',
      'Li Yonghui', 'Li', 'Treaty of Good-Neighborliness and Friendly Cooperation', 'trade', 'perdagangan', '$107 billion', '107 miliar', 'US$', '11',
      'consecutive years', 'tahun berturut-turut', 'Лавров', 'Путина', '王毅', '习近平', 'taxi', 'the', 'of', 'said', 'Mérida', 'ﬁ', '\u200b',
      ' ', '  ', '\n', '\u00a0', '—', '-', '“', '”', '’', '.', ',', '(', ')', '😀',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 6 }), (ws, cuts) => {
        expectSame(cut(ws.join(''), cuts));
      }),
      { numRuns: 3000 },
    );
  });

  it('matches long pieces in chunks, pausing between them, with the same result', () => {
    const text = `${'x '.repeat(50_000)}Sergey Lav${'\u00ad'}rov and ${'y '.repeat(30_000)} Putin`;
    const bm = new BlockMatcher(matcher);
    bm.begin();
    bm.piece('President ');
    let pauses = 0;
    for (const _ of bm.pieceInChunks(text, 4096)) pauses++;
    expect(pauses).toBe(Math.ceil(text.length / 4096) - 1);
    expect(candidatesFrom(matcher, 'President ' + text, bm.end())).toEqual(scanText(matcher, 'President ' + text));
  });

  const corpus = corpusForTests('the block matcher on every block of the corpus');
  it.skipIf(!corpus)('agrees with scanText on every block of the corpus, cut into pieces', () => {
    let blocks = 0;
    for (const f of fs.readdirSync(corpus!).filter((x) => x.endsWith('.html'))) {
      for (const text of htmlBlocks(fs.readFileSync(path.join(corpus!, f), 'utf8'))) {
        blocks++;
        expectSame(cut(text, [7, 31, 64, 200, 1000]), `${f}: ${text.slice(0, 60)}`);
      }
    }
    expect(blocks).toBeGreaterThan(10_000);
  }, 300_000);
});

/**
 * One-time costs of a page's first scan, paid one per step: compiling the Unicode-aware
 * regular expressions (word characters, scripts, marks), the first Unicode normalisation,
 * the matcher's tables and the prefilter's RegExps for both string widths. Done in one go
 * inside the first scan they made it a long task; a caller yields between the steps.
 * Pure: no DOM, no browser API.
 */
import { findMentions, scanText } from './engine.ts';
import { foldString, isCjk, isWordChar } from './fold.ts';
import type { CompiledMatcher } from './matcher.ts';
import { prefilterOf } from './prefilter.ts';

/** What the sweep needs (every page pays it): the prefilter's RegExps, for both string widths. */
export function* warmUpSweep(m: CompiledMatcher): Generator<void> {
  const may = prefilterOf(m.prefilter);
  may('plain text');
  may('caf\u00e9 text'); // not plain, one byte wide: the hard and wide RegExps in that width
  may('\u0100 wide text');
  yield;
}

/**
 * What matching a block needs. Paid before the first block a page's sweep finds, so a page
 * where the prefilter turns every text away never pays it.
 */
export function* warmUpEngine(m: CompiledMatcher): Generator<void> {
  isWordChar('\u20ac'); // past ASCII and no letter: the word RegExp alone (ASCII no longer reaches it)
  yield;
  isCjk('a');
  yield;
  foldString(0xe9); // é: NFKD and the combining-mark RegExp
  yield;
  void m.automaton.fail; // the failure links, when the matcher computes them on first use
  yield;
  scanText(m, 'Xi'); // the automaton's per-page tables (256 KB) and its loop
  yield;
  // Money and streak parsers, title and boundary rules, on a sentence of our own.
  findMentions(m, 'President Xi met Wang. Trade: $107 billion, 11 consecutive years.');
  yield; // the block is matched in a slice of its own
}

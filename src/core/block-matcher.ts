/**
 * Matches one block (a paragraph) given as a sequence of pieces (its text nodes) without
 * joining them first: the automaton state carries from one piece to the next, so
 * "Sergey <b>Lavrov</b>" is found, and hits come out as offsets into the block. Used
 * for blocks too long to match in one go: long pieces are matched in chunks, and the
 * caller gives the page its main thread back between them.
 * Pure: no DOM, no browser API.
 */
import type { CompiledMatcher } from './matcher.ts';
import { newPass, pass, resetPass, type Hit, type PassState } from './pass.ts';

export class BlockMatcher {
  // Made on first use: most scanners never meet a block this long.
  private state: PassState | null = null;
  private length = 0;

  constructor(private readonly m: CompiledMatcher) {}

  /** Starts a new block. */
  begin(): void {
    resetPass(this.st);
    this.length = 0;
  }

  /** Feeds the block's next piece. */
  piece(text: string): void {
    this.start(text);
    pass(this.m, text, this.st);
  }

  /** Feeds the block's next piece in chunks of `chunk` characters, pausing (yield) between them. */
  *pieceInChunks(text: string, chunk: number): Generator<void> {
    this.start(text);
    const st = this.st;
    while (st.at < text.length) {
      pass(this.m, text, st, Math.min(text.length, st.at + chunk));
      if (st.at < text.length) yield;
    }
  }

  /** Ends the block: its raw hits (offsets into the block's joined text). */
  end(): Hit[] {
    return this.st.hits;
  }

  private get st(): PassState {
    return (this.state ??= newPass());
  }

  private start(text: string): void {
    this.st.base = this.length;
    this.st.at = 0;
    this.length += text.length;
  }
}

/**
 * When the card shows and hides: a small state machine, pure (timers injected).
 *
 *   idle --rest on mark--> pending --showDelay--> open
 *   open --pointer leaves mark and card--> closing --hideDelay--> idle
 *   closing --pointer back on the mark or the card--> open   (Page Previews loses this)
 *   open/closing --rest on another mark--> pending(replacing) --showDelay--> open(other)
 * Escape (or a tap elsewhere) closes at once; the mark under the pointer then stays
 * quiet until the pointer leaves it.
 */

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(id: unknown): void;
}

export type OpenedBy = 'pointer' | 'keyboard' | 'touch';

export interface HoverView<M> {
  show(mark: M, by: OpenedBy): void;
  hide(): void;
}

export type HoverState<M> =
  | { name: 'idle' }
  | { name: 'pending'; mark: M; replacing: M | null }
  | { name: 'open'; mark: M }
  | { name: 'closing'; mark: M };

export interface PointerAt<M> {
  mark: M | null;
  inCard: boolean;
}

export class HoverController<M> {
  state: HoverState<M> = { name: 'idle' };
  private timer: unknown = null;
  private dismissed: M | null = null;

  constructor(
    private readonly view: HoverView<M>,
    private readonly timers: Timers,
    public showDelay = 350,
    public hideDelay = 300,
  ) {}

  /** Where the pointer is now: on a mark, in the card, or neither. */
  pointer({ mark, inCard }: PointerAt<M>): void {
    if (mark !== this.dismissed) this.dismissed = null;
    const s = this.state;
    switch (s.name) {
      case 'idle':
        if (mark !== null && mark !== this.dismissed) this.pend(mark, null);
        return;
      case 'pending':
        if (mark === s.mark) return;
        if (s.replacing !== null && (mark === s.replacing || inCard)) return this.reopen(s.replacing);
        if (mark !== null) return this.pend(mark, s.replacing);
        if (s.replacing !== null) return this.closeLater(s.replacing);
        this.cancel();
        this.state = { name: 'idle' };
        return;
      case 'open':
      case 'closing':
        if (inCard || mark === s.mark) return this.reopen(s.mark);
        if (mark !== null) return this.pend(mark, s.mark);
        if (s.name === 'open') this.closeLater(s.mark);
        return;
    }
  }

  /** Opens at once (keyboard command, tap). */
  open(mark: M, by: OpenedBy): void {
    this.cancel();
    this.dismissed = null;
    this.state = { name: 'open', mark };
    this.view.show(mark, by);
  }

  /** Closes at once (Escape, tap elsewhere, the mark went away). */
  close(): void {
    const s = this.state;
    this.cancel();
    if (s.name === 'idle') return;
    this.dismissed = s.mark;
    this.state = { name: 'idle' };
    if (s.name !== 'pending' || s.replacing !== null) this.view.hide();
  }

  /** The mark currently shown (open or closing), if any. */
  get shown(): M | null {
    const s = this.state;
    if (s.name === 'open' || s.name === 'closing') return s.mark;
    if (s.name === 'pending') return s.replacing;
    return null;
  }

  private pend(mark: M, replacing: M | null): void {
    this.cancel();
    this.state = { name: 'pending', mark, replacing };
    this.timer = this.timers.set(() => {
      this.timer = null;
      this.state = { name: 'open', mark };
      this.view.show(mark, 'pointer');
    }, this.showDelay);
  }

  private reopen(mark: M): void {
    this.cancel();
    this.state = { name: 'open', mark };
  }

  private closeLater(mark: M): void {
    this.cancel();
    this.state = { name: 'closing', mark };
    this.timer = this.timers.set(() => {
      this.timer = null;
      this.state = { name: 'idle' };
      this.view.hide();
    }, this.hideDelay);
  }

  private cancel(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }
}

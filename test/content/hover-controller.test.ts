import { beforeEach, describe, expect, it } from 'vitest';
import { HoverController, type Timers } from '../../src/content/hover-controller.ts';

/** A manual clock: timers fire only when the test advances time. */
class FakeTimers implements Timers {
  now = 0;
  private next = 1;
  private pending = new Map<number, { at: number; fn: () => void }>();
  set(fn: () => void, ms: number) {
    const id = this.next++;
    this.pending.set(id, { at: this.now + ms, fn });
    return id;
  }
  clear(id: unknown) {
    this.pending.delete(id as number);
  }
  advance(ms: number) {
    const until = this.now + ms;
    for (;;) {
      const due = [...this.pending].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.pending.delete(due[0]);
      this.now = due[1].at;
      due[1].fn();
    }
    this.now = until;
  }
}

describe('HoverController', () => {
  let timers: FakeTimers;
  let log: string[];
  let c: HoverController<string>;
  beforeEach(() => {
    timers = new FakeTimers();
    log = [];
    c = new HoverController<string>({ show: (m, by) => log.push(`show ${m} ${by}`), hide: () => log.push('hide') }, timers, 350, 300);
  });
  const at = (mark: string | null, inCard = false) => c.pointer({ mark, inCard });

  it('shows after the pointer rests on a mark for the delay', () => {
    at('A');
    timers.advance(349);
    expect(log).toEqual([]);
    timers.advance(1);
    expect(log).toEqual(['show A pointer']);
    expect(c.state.name).toBe('open');
  });
  it('does not show when the pointer only passes over', () => {
    at('A');
    timers.advance(200);
    at(null);
    timers.advance(1000);
    expect(log).toEqual([]);
  });
  it('hides 300 ms after leaving both mark and card', () => {
    at('A');
    timers.advance(350);
    at(null);
    timers.advance(299);
    expect(log).toEqual(['show A pointer']);
    timers.advance(1);
    expect(log).toEqual(['show A pointer', 'hide']);
  });
  it('keeps the card when the pointer travels into it, and when it comes back in time', () => {
    at('A');
    timers.advance(350);
    at(null);
    timers.advance(150);
    at(null, true); // into the card
    timers.advance(1000);
    expect(c.state.name).toBe('open');
    at(null);
    timers.advance(200);
    at('A'); // back on the mark within the window
    timers.advance(1000);
    expect(log).toEqual(['show A pointer']);
  });
  it('switches to another mark after the delay, one card at a time', () => {
    at('A');
    timers.advance(350);
    at('B');
    timers.advance(349);
    expect(log).toEqual(['show A pointer']);
    timers.advance(1);
    expect(log).toEqual(['show A pointer', 'show B pointer']);
  });
  it('Escape closes at once and the same mark stays quiet until the pointer leaves it', () => {
    at('A');
    timers.advance(350);
    c.close();
    expect(log).toEqual(['show A pointer', 'hide']);
    at('A');
    timers.advance(1000);
    expect(log).toHaveLength(2);
    at(null);
    at('A');
    timers.advance(350);
    expect(log).toEqual(['show A pointer', 'hide', 'show A pointer']);
  });
  it('opens at once from the keyboard or a tap', () => {
    c.open('A', 'keyboard');
    expect(log).toEqual(['show A keyboard']);
    c.open('B', 'touch');
    expect(log).toEqual(['show A keyboard', 'show B touch']);
  });
});

import { describe, expect, it } from 'vitest';
import { placeCard, type Rect } from '../../src/ui/card-placement.ts';

const viewport = { width: 1000, height: 800 };
const opts = { alignEnd: false, gap: 6, padding: 8, minHeight: 120 };
const rect = (left: number, top: number, width = 80, height = 20): Rect => ({ left, top, right: left + width, bottom: top + height });

describe('placeCard', () => {
  it('puts the card below the mention, aligned with its start, a gap away', () => {
    const p = placeCard(rect(100, 100), { width: 360, height: 300 }, viewport, opts);
    expect(p).toEqual({ x: 100, y: 126, maxHeight: 800 - 8 - 126, hidden: false, side: 'below' });
  });

  it('aligns the card with the mention\'s end when asked', () => {
    const p = placeCard(rect(600, 100), { width: 360, height: 300 }, viewport, { ...opts, alignEnd: true });
    expect(p.x).toBe(680 - 360);
  });

  it('flips above when the room below is too short and the room above is longer', () => {
    const ref = rect(100, 600);
    const p = placeCard(ref, { width: 360, height: 300 }, viewport, opts);
    expect(p.side).toBe('above');
    expect(p.y + 300).toBe(ref.top - 6);
    expect(p.maxHeight).toBe(600 - 6 - 8);
  });

  it('stays below when the card fits there, however much room is above', () => {
    expect(placeCard(rect(100, 400), { width: 360, height: 300 }, viewport, opts).side).toBe('below');
  });

  it('caps the height by the room on its side, never under the least height', () => {
    const short = { width: 1000, height: 300 };
    // 136 px below against 116 above: below, capped at what is there.
    const p = placeCard(rect(100, 130), { width: 360, height: 500 }, short, opts);
    expect([p.side, p.maxHeight, p.y]).toEqual(['below', 136, 156]);
    // 76 px on either side (a 200%-zoomed phone): the card keeps its least height and scrolls.
    const tiny = placeCard(rect(100, 90), { width: 360, height: 500 }, { width: 1000, height: 200 }, opts);
    expect(tiny.maxHeight).toBe(120);
  });

  it('shifts the card inside the viewport at either edge', () => {
    expect(placeCard(rect(900, 100), { width: 360, height: 200 }, viewport, opts).x).toBe(1000 - 8 - 360);
    expect(placeCard(rect(-40, 100), { width: 360, height: 200 }, viewport, opts).x).toBe(8);
    expect(placeCard(rect(50, 100, 20), { width: 360, height: 200 }, viewport, { ...opts, alignEnd: true }).x).toBe(8);
  });

  it('hides the card while its mention is scrolled out of the viewport', () => {
    expect(placeCard(rect(100, -50), { width: 360, height: 200 }, viewport, opts).hidden).toBe(true);
    expect(placeCard(rect(100, 820), { width: 360, height: 200 }, viewport, opts).hidden).toBe(true);
    expect(placeCard(rect(100, -10), { width: 360, height: 200 }, viewport, opts).hidden).toBe(false);
  });
});

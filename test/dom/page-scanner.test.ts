// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import matcher from 'virtual:konteks/matcher';
import './static-range.ts';
import { settled } from './settled.ts';
import { liveRange } from '../../src/dom/highlighter.ts';
import { PageScanner, SLICE_CHARS, type PageMark } from '../../src/dom/page-scanner.ts';
import type { Slicer } from '../../src/dom/scheduler.ts';
import { buildPrefilter, passesAll } from '../../src/core/prefilter.ts';


function setup(opts: { slicer?: () => Slicer; maxRecords?: number; meter?: { busyMs: number }; now?: () => number; flushDelayMs?: number; setTimer?: (fn: () => void, ms: number) => unknown } = {}) {
  let marks: PageMark[] = [];
  let paints = 0;
  const scanner = new PageScanner(document, matcher, {
    paint: (m) => {
      marks = m;
      paints++;
    },
    isOwn: (n) => n.nodeName === 'KONTEKS-CARD',
    flushDelayMs: 0,
    ...opts,
  });
  return {
    scanner,
    texts: () => marks.map((m) => liveRange(m.range).toString()),
    entities: () => marks.map((m) => m.entity),
    paints: () => paints,
    settle: () => settled(scanner),
  };
}

/** One scan of `html` whose slicer always asks to pause: the pauses it made and the texts it marked. */
async function scanCountingPauses(html: string): Promise<{ yields: number; found: string[] }> {
  document.body.innerHTML = html;
  let yields = 0;
  const s = setup({ slicer: () => ({ shouldYield: () => true, yield: async () => void yields++ }) });
  await s.scanner.start();
  const found = s.texts();
  s.scanner.stop();
  return { yields, found };
}

describe('PageScanner', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('pays the engine\'s one-time costs only once a page has a block to match', async () => {
    // A fresh module: the one-time costs are paid once per JavaScript world.
    vi.resetModules();
    const fresh = (await import('../../src/dom/page-scanner.ts')).PageScanner;
    let yields = 0;
    const slicer = () => ({ shouldYield: () => false, yield: async () => void yields++ });
    document.body.innerHTML = '<p>Nothing to see here.</p>'.repeat(50);
    let marks: PageMark[] = [];
    const scanner = new fresh(document, matcher, { paint: (m) => void (marks = m), isOwn: () => false, flushDelayMs: 0, slicer });
    await scanner.start();
    expect(marks).toEqual([]);
    expect(yields).toBe(1); // the prefilter's RegExps alone
    // Text the prefilter lets through, in a later rescan: now the engine's steps, once.
    const p = document.createElement('p');
    p.textContent = 'Sergey Lavrov arrived.';
    document.body.append(p);
    await settled(scanner);
    expect(marks.map((m) => liveRange(m.range).toString())).toEqual(['Sergey Lavrov']);
    expect(yields).toBe(7); // 1 + warmUp's six pauses
    scanner.stop();
  });

  it('marks every mention of a page, in document order, across inline elements', async () => {
    document.body.innerHTML = '<p>Sergey <b>Lavrov</b> met <i>Wang</i> Yi.</p><ul><li>Vladi\u00admir Putin</li></ul><textarea>Putin</textarea>';
    const s = setup();
    await s.scanner.start();
    expect(s.texts()).toEqual(['Sergey Lavrov', 'Wang Yi', 'Vladi\u00admir Putin']);
    expect(s.scanner.stats.full).toBe(1);
  });

  it('finds a name cut across nodes with an empty text node between the halves, in the sweep and in a whole owner', async () => {
    // A whole owner (too long to look around) handed back for its own hit ("Putin"), walked
    // block by block: the cut name is in another block of it.
    document.body.innerHTML = '<p id="a"></p><div id="b"><p id="c"></p>' + '<i>x</i> '.repeat(300) + 'Putin</div>';
    document.getElementById('a')!.append('Lav', '', 'rov');
    document.getElementById('c')!.append('Pu', '', 'tin');
    const s = setup();
    await s.scanner.start();
    expect(s.texts()).toEqual(['Lavrov', 'Putin', 'Putin']);
  });

  it('rescans only what changed: added text, edited text, removed text', async () => {
    document.body.innerHTML = '<p id="a">Sergey Lavrov</p><p id="b">nothing</p>';
    const s = setup();
    await s.scanner.start();
    const p = document.createElement('p');
    p.textContent = 'Xi Jinping arrived.';
    document.body.append(p);
    await s.settle();
    expect(s.texts()).toEqual(['Sergey Lavrov', 'Xi Jinping']);
    (document.getElementById('b')!.firstChild as Text).data = 'and Vladimir Putin';
    await s.settle();
    expect(s.texts()).toEqual(['Sergey Lavrov', 'Vladimir Putin', 'Xi Jinping']);
    document.getElementById('a')!.remove();
    await s.settle();
    expect(s.texts()).toEqual(['Vladimir Putin', 'Xi Jinping']);
    expect(s.scanner.stats.full).toBe(1);
    expect(s.scanner.stats.incremental).toBeGreaterThanOrEqual(3);
  });

  it('re-applies the short-form rule when a full name arrives later', async () => {
    document.body.innerHTML = '<p>Wang spoke first.</p>';
    const s = setup();
    await s.scanner.start();
    expect(s.texts()).toEqual([]);
    const p = document.createElement('p');
    p.textContent = 'Wang Yi met Lavrov.';
    document.body.append(p);
    await s.settle();
    expect(s.texts()).toEqual(['Wang', 'Wang Yi', 'Lavrov']);
  });

  it('coalesces a storm of mutations into one full rescan', async () => {
    document.body.innerHTML = '<div id="box"></div>';
    const s = setup({ maxRecords: 100 });
    await s.scanner.start();
    const box = document.getElementById('box')!;
    for (let i = 0; i < 2000; i++) box.append(document.createTextNode(i === 1999 ? ' Putin' : ' x'));
    await s.settle();
    expect(s.texts()).toEqual(['Putin']);
    expect(s.scanner.stats.full).toBe(2);
    expect(s.scanner.stats.incremental).toBe(0);
  });

  it('ignores its own UI', async () => {
    document.body.innerHTML = '<p>Lavrov</p>';
    const s = setup();
    await s.scanner.start();
    const paints = s.paints();
    const host = document.createElement('konteks-card');
    host.textContent = 'Putin';
    document.documentElement.append(host);
    await s.settle();
    expect(s.paints()).toBe(paints);
    expect(s.texts()).toEqual(['Lavrov']);
    host.remove();
  });

  it('sweeps again when the page removes where the scan was to go on from', async () => {
    // The removal's own rescan covers <section> only: the paragraph after it needs a new sweep.
    document.body.innerHTML = '<section><div id="gone">' + '<p>x</p>'.repeat(100) + '</div></section><p>Vladimir Putin</p>';
    let first = true;
    const s = setup({
      slicer: () => ({
        shouldYield: () => true,
        yield: async () => {
          if (first) document.getElementById('gone')!.remove();
          first = false;
        },
      }),
    });
    await s.scanner.start();
    await s.settle();
    expect(s.texts()).toEqual(['Vladimir Putin']);
    expect(s.scanner.stats.full).toBe(2);
  });

  it('gives the same result when every slice yields', async () => {
    // The walk asks every 64 nodes it leaves; a long text pauses between its chunks (SLICE_CHARS).
    document.body.innerHTML = '<p>Lavrov</p>'.repeat(500) + `<p>${'x '.repeat(40_000)} Putin</p>`;
    let yields = 0;
    const s = setup({ slicer: () => ({ shouldYield: () => true, yield: async () => void yields++ }) });
    await s.scanner.start();
    expect(s.texts()).toHaveLength(501);
    expect(s.texts().at(-1)).toBe('Putin');
    expect(yields).toBeGreaterThan(5);
  });

  it('pauses in a long block of many small text nodes only when its budget is used up', async () => {
    // 2,000 links of 100 characters in one <p> (archive-of-our-own has 7,527 nodes in one):
    // past SLICE_CHARS characters the block is matched as it comes, and each small node must not
    // cost a trip through the event loop (it did: one pause per node, whatever the budget).
    const link = `<a href="#">${'word '.repeat(19)}</a> `;
    document.body.innerHTML = `${'<p>x</p>'.repeat(3)}<p>${link.repeat(2_000)}Sergey Lavrov</p>`;
    let yields = 0;
    const s = setup({ slicer: () => ({ shouldYield: () => false, yield: async () => void yields++ }) });
    await s.scanner.start();
    expect(s.texts()).toEqual(['Sergey Lavrov']);
    // About one per SLICE_CHARS of text (plus the first scan's warm-up steps), not one per node (4,000).
    expect(yields).toBeLessThan(Math.ceil(document.body.textContent!.length / SLICE_CHARS) * 2 + 10);
  });

  it('pauses inside a long block\'s figure rules, in one long text and in a block of many nodes', async () => {
    // 2,000 lines, each a trade word and a streak, no sentence end: the figure rules alone
    // were one task (1.55 M characters of such lines: 1.75 s in Node). Counted, not timed:
    // the same lines without the trade word (no figure rule to run) pause that much less.
    const run = (word: string, html: (line: string) => string) => scanCountingPauses(html(`Russia ${word} for 11 consecutive years\n`));
    const shapes = {
      'one text node': (line: string) => `<p>${line.repeat(2000)}</p>`,
      'many nodes': (line: string) => `<div>${`<span>${line}</span>`.repeat(2000)}</div>`,
    };
    for (const [shape, html] of Object.entries(shapes)) {
      const trade = await run('trade', html);
      const bread = await run('bread', html);
      expect(trade.found, shape).toHaveLength(2000);
      expect(new Set(trade.found), shape).toEqual(new Set(['11 consecutive years']));
      expect(bread.found, shape).toEqual([]);
      expect(trade.yields - bread.yields, shape).toBeGreaterThanOrEqual(Math.floor(3900 / 256));
    }
  });

  it('makes the ranges of a page with thousands of marks in batches, pausing between them', async () => {
    // 20,000 marks were one 56-77 ms task in Chromium. Counted, not timed: the same page
    // with a name that is not in the dataset pauses that much less.
    const run = (name: string) => scanCountingPauses(`<p>${`${name} said.\n`.repeat(3000)}</p>`);
    const putin = await run('Putin');
    const pavel = await run('Pavel');
    expect(putin.found).toHaveLength(3000);
    expect(pavel.found).toEqual([]);
    expect(putin.yields - pavel.yields).toBeGreaterThanOrEqual(Math.floor(3000 / 256));
  });

  it('finds a name cut across the border of two batches of a long block', async () => {
    // A block past SLICE_CHARS characters is matched in batches: "Sergey " ends the first, "Lavrov" starts the next.
    for (const [size, count] of [[200, 32], [50, 140]] as const) {
      const filler = `<span>${'x'.repeat(size - 1)} </span>`.repeat(count);
      const before = 'y'.repeat(SLICE_CHARS - size * count - 6);
      document.body.innerHTML = `<p>Xi Jinping ${filler}<span>${before} Sergey </span><b>Lavrov</b> and Wang <i>Yi</i></p>`;
      const s = setup();
      await s.scanner.start();
      expect(s.texts(), `${count} nodes`).toEqual(['Xi Jinping', 'Sergey Lavrov', 'Wang Yi']);
      s.scanner.stop();
    }
  });

  it('backs off while a storm lasts, and comes back to its usual delay after it', async () => {
    document.body.innerHTML = '<div id="box"></div>';
    const delays: number[] = [];
    const t = setup({ maxRecords: 5, flushDelayMs: 10, setTimer: (fn, ms) => (delays.push(ms), setTimeout(fn, 0)) });
    await t.scanner.start();
    const box = document.getElementById('box')!;
    for (let storm = 0; storm < 4; storm++) {
      for (let i = 0; i < 20; i++) box.append(document.createElement('span'));
      await t.settle();
    }
    box.append('Putin');
    await t.settle();
    box.append(' and Lavrov');
    await t.settle();
    expect(delays).toEqual([10, 20, 40, 80, 160, 10]);
    expect(t.texts()).toEqual(['Putin', 'Lavrov']);
    t.scanner.stop();
  });

  it('meters its own main-thread time: work slices and observer callbacks', async () => {
    document.body.innerHTML = '<p>Sergey Lavrov</p>';
    let clock = 0;
    // Every look at the clock moves it by 1 ms: the meter must count only time inside Konteks.
    const meter = { busyMs: 0 };
    const t = setup({ meter, now: () => (clock += 1) });
    await t.scanner.start();
    const afterScan = meter.busyMs;
    expect(afterScan).toBeGreaterThan(0);
    document.body.append('Putin');
    await t.settle();
    expect(meter.busyMs).toBeGreaterThan(afterScan);
    expect(t.texts()).toEqual(['Sergey Lavrov', 'Putin']);
    t.scanner.stop();
  });

  it('scans open shadow roots and stops cleanly', async () => {
    document.body.innerHTML = '<div id="h"></div>';
    document.getElementById('h')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Xi Jinping</p>';
    const s = setup();
    await s.scanner.start();
    expect(s.texts()).toEqual(['Xi Jinping']);
    s.scanner.stop();
    expect(s.texts()).toEqual([]);
    document.body.append('Putin');
    await s.settle();
    expect(s.texts()).toEqual([]);
  });

  it('reads the inline elements at the top of a shadow root as one block, at the start and after an edit', async () => {
    document.body.innerHTML = '<div id="h"></div>';
    const shadow = document.getElementById('h')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<b>Sergey</b> <i>Lavrov</i> <a>said</a><a>Treaty of Good-Neighborliness and Friendly Cooperation</a>';
    const s = setup();
    await s.scanner.start();
    // "saidTreaty": no word starts there, as when the whole shadow root is read at once.
    expect(s.texts()).toEqual(['Sergey Lavrov']);
    (shadow.querySelector('i')!.firstChild as Text).data = 'Lavrov and Putin';
    await s.settle();
    expect(s.texts()).toEqual(['Sergey Lavrov', 'Putin']);
    s.scanner.stop();
  });

  it('marks each mention once when a block found around a hit lies in an owner walked whole later', async () => {
    // The first block is found by looking around "Sergey Lavrov"; the last one is too long
    // for that, so all of the <div> is walked, the first block included.
    document.body.innerHTML = '<div>Sergey Lavrov met <p>x</p>' + '<b>y</b> '.repeat(300) + 'Vladimir Putin</div><p>Wang Yi</p>';
    const s = setup();
    await s.scanner.start();
    expect(s.texts()).toEqual(['Sergey Lavrov', 'Vladimir Putin', 'Wang Yi']);
  });

  it('without a prefilter (a dataset too big for one) walks every block and finds the same', async () => {
    document.body.innerHTML = '<p>Sergey <b>Lavrov</b> met <i>Wang</i> Yi.</p><div id="h"></div><textarea>Putin</textarea>';
    document.getElementById('h')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Xi Jinping</p>';
    let marks: PageMark[] = [];
    // Every three-letter word: too many anchors to compile even cut short.
    const az = 'abcdefghijklmnopqrstuvwxyz';
    const words = [...az].flatMap((a) => [...az].flatMap((b) => [...az].map((c) => a + b + c)));
    const all = { ...matcher, prefilter: buildPrefilter(words, words.map(() => [{ f: 0 }])) };
    expect(passesAll(all.prefilter)).toBe(true);
    const s = new PageScanner(document, all, { paint: (m) => void (marks = m), flushDelayMs: 0 });
    await s.start();
    // (A shadow root's place among the page's blocks is the browser's to say: order aside.)
    expect(marks.map((m) => liveRange(m.range).toString()).sort()).toEqual(['Sergey Lavrov', 'Wang Yi', 'Xi Jinping']);
    s.stop();
  });
});

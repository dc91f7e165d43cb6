// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import matcher from 'virtual:konteks/matcher';
import './static-range.ts';
import { settled } from './settled.ts';
import { PageScanner } from '../../src/dom/page-scanner.ts';
import { WrapHighlighter } from '../../src/dom/wrap-highlighter.ts';


describe('wrap fallback', () => {
  it('wraps mentions (not whitespace) in konteks-mark, follows changes, and unwraps to the same text', async () => {
    // Static ranges, wrapped last first as the content script does: wrapping splits text
    // nodes, and the other mention of the same text node must still be found.
    document.body.innerHTML = '<p id="p">Sergey <b>Lavrov</b> met Wang Yi.</p>';
    const before = document.body.textContent;
    const wrap = new WrapHighlighter(document);
    const scanner = new PageScanner(document, matcher, {
      paint: (marks) => {
        wrap.clear();
        for (let i = marks.length - 1; i >= 0; i--) wrap.add(marks[i]!);
      },
      isOwn: (n) => n.nodeName === 'KONTEKS-MARK',
      fullRescans: true,
      flushDelayMs: 0,
    });
    await scanner.start();
    const marks = () => [...document.querySelectorAll('konteks-mark')].map((m) => `${m.getAttribute('data-entity')}:${m.textContent}`);
    expect(marks()).toEqual(['person/sergey-lavrov:Sergey ', 'person/sergey-lavrov:Lavrov', 'person/wang-yi:Wang Yi']);
    expect(document.body.textContent).toBe(before);
    const p = document.createElement('p');
    p.textContent = 'Putin too, and Xi Jinping.';
    document.body.append(p);
    await settled(scanner);
    expect(marks()).toEqual(['person/sergey-lavrov:Sergey ', 'person/sergey-lavrov:Lavrov', 'person/wang-yi:Wang Yi', 'person/vladimir-putin:Putin', 'person/xi-jinping:Xi Jinping']);
    expect(scanner.stats.full).toBe(2);
    scanner.stop();
    expect(marks()).toEqual([]);
    expect(document.getElementById('p')!.textContent).toBe('Sergey Lavrov met Wang Yi.');
  });
});

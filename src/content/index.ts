/** Content script entry: find the dataset's mentions on this page and mark them. */
import matcher from 'virtual:konteks/matcher';
import { resolveDocument, scanText } from '../core/engine.ts';
import { collectBlocks } from '../dom/text-blocks.ts';
import { Highlighter, highlightsSupported, rangeFor } from '../dom/highlighter.ts';
import browser from '../shared/browser.ts';
import { envelope } from '../shared/messages.ts';

function annotate(): number {
  const doc = document;
  if (!highlightsSupported(window)) return 0;
  const root = doc.body ?? doc.documentElement;
  if (!root) return 0;
  const blocks = collectBlocks(root);
  const scanned = blocks.map((b) => ({ text: b.text, candidates: scanText(matcher, b.text) }));
  const mentions = resolveDocument(matcher, scanned);
  const highlighter = new Highlighter(window);
  let count = 0;
  mentions.forEach((list, i) => {
    for (const m of list) {
      highlighter.add({ entity: m.entity, kind: m.kind, range: rangeFor(doc, blocks[i]!, m.start, m.end) });
      count++;
    }
  });
  return count;
}

try {
  const count = annotate();
  void browser.runtime.sendMessage(envelope({ type: 'mentions-found', count })).catch(() => undefined);
} catch {
  // Never let our failure become the page's.
}

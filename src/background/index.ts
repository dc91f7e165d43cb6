/** Background (service worker in Chrome, event page in Firefox): answers validated messages. */
import articles from 'virtual:konteks/articles';
import type { Runtime } from 'webextension-polyfill';
import { cardData } from '../core/card.ts';
import browser from '../shared/browser.ts';
import { browserLanguages } from '../shared/browser-languages.ts';
import { envelope, parseMessage, type Message } from '../shared/messages.ts';

export const READER_PATH = 'src/reader/index.html';

/** The reader page URL for a paragraph of an article, highlighting an entity's sentence. */
export function readerUrl(article: string, paragraph: number, entity: string): string {
  const q = new URLSearchParams({ article, entity });
  return `${browser.runtime.getURL(READER_PATH)}?${q}#p-${paragraph}`;
}

function handle(message: Message, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  switch (message.type) {
    case 'ping':
      return Promise.resolve({ type: 'pong', version: browser.runtime.getManifest().version });
    case 'mentions-found': {
      const tabId = sender.tab?.id;
      // Frames report for themselves; the badge shows the top frame's count.
      if (tabId !== undefined && sender.frameId === 0) {
        const text = message.count > 0 ? String(Math.min(message.count, 999)) : '';
        void browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
        void browser.action.setBadgeBackgroundColor({ tabId, color: '#1f5fbf' }).catch(() => undefined);
      }
      return undefined;
    }
    case 'get-card':
      return Promise.resolve(cardData(articles, message.entity, { chosen: message.lang, ui: browserLanguages(), page: message.page }));
    case 'open-reader': {
      const article = articles.find((a) => a.id === message.article);
      if (!article || message.paragraph >= article.paragraphs.length) return undefined;
      return browser.tabs
        .create({ url: readerUrl(message.article, message.paragraph, message.entity), ...(sender.tab?.index !== undefined ? { index: sender.tab.index + 1 } : {}) })
        .then(() => true, () => false);
    }
    default:
      return undefined;
  }
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  // Only our own extension's scripts may talk to us (content scripts carry our id too).
  if (sender.id !== browser.runtime.id) return undefined;
  const message = parseMessage(raw);
  return message ? handle(message, sender) : undefined;
});

// Keyboard commands: tell the active tab's top frame to move to the next/previous mention.
browser.commands?.onCommand.addListener((command: string) => {
  const direction = command === 'next-mention' ? 1 : command === 'previous-mention' ? -1 : 0;
  if (direction === 0) return;
  void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
    if (tab?.id === undefined) return;
    return browser.tabs.sendMessage(tab.id, envelope({ type: 'navigate', direction }), { frameId: 0 });
  }).catch(() => undefined); // no content script there (browser pages, stores)
});

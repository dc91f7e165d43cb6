/** Background (service worker in Chrome, event page in Firefox): answers messages. */
import browser from '../shared/browser.ts';
import type { Runtime } from 'webextension-polyfill';
import { parseMessage, type Reply } from '../shared/messages.ts';

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender): Promise<Reply> | undefined => {
  // Only our own extension's scripts may talk to us.
  if (sender.id !== browser.runtime.id) return undefined;
  const message = parseMessage(raw);
  if (!message) return undefined;
  switch (message.type) {
    case 'ping':
      return Promise.resolve({ type: 'pong', version: browser.runtime.getManifest().version });
    case 'mentions-found': {
      const tabId = sender.tab?.id;
      // Frames report for themselves; the badge shows the top frame's count.
      if (tabId !== undefined && sender.frameId === 0) {
        void browser.action.setBadgeText({ tabId, text: message.count > 0 ? String(Math.min(message.count, 999)) : '' });
        void browser.action.setBadgeBackgroundColor({ tabId, color: '#1f5fbf' });
      }
      return undefined;
    }
    default:
      return undefined;
  }
});

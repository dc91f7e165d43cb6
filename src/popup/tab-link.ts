/** Talking to the active tab's content script from the popup (no `tabs` permission needed). */
import browser from '../shared/browser.ts';
import { envelope, parseMentionsReply, type Message, type Reply } from '../shared/messages.ts';

export type PageState =
  | { status: 'loading' }
  /** No content script answers: a browser page, a store, a PDF viewer, or a page from before install. */
  | { status: 'unavailable' }
  | { status: 'ready'; mentions: Extract<Reply, { type: 'mentions' }> };

/** The tab the popup is about: `?tab=ID` (reader-in-a-tab, tests) or the active tab. */
export async function targetTab(): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export async function pageState(tabId: number | null): Promise<PageState> {
  if (tabId === null) return { status: 'unavailable' };
  try {
    const reply = parseMentionsReply(await browser.tabs.sendMessage(tabId, envelope({ type: 'get-mentions' }), { frameId: 0 }));
    return reply ? { status: 'ready', mentions: reply } : { status: 'unavailable' };
  } catch {
    return { status: 'unavailable' };
  }
}

export function tell(tabId: number, m: Message): void {
  void browser.tabs.sendMessage(tabId, envelope(m), { frameId: 0 }).catch(() => undefined);
}

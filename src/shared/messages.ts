/**
 * Message types between content scripts, background and popup, defined once. Every
 * incoming message is validated: a content script lives in a hostile page, so what it
 * sends is untrusted; anything malformed or oversized is dropped.
 */

export const PROTOCOL = 'konteks/1';

export type Message =
  | { type: 'ping' }
  | { type: 'mentions-found'; count: number }
  | { type: 'get-mentions' };

export type Reply =
  | { type: 'pong'; version: string }
  | { type: 'mentions'; count: number; entities: { id: string; count: number }[] };

/** A message larger than this (in JSON characters) is dropped unread. */
export const MAX_MESSAGE_CHARS = 64 * 1024;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 1_000_000;
}

/** The message, if `raw` is a well-formed one; otherwise null. Never throws. */
export function parseMessage(raw: unknown): Message | null {
  try {
    if (!isRecord(raw) || raw['protocol'] !== PROTOCOL) return null;
    if (JSON.stringify(raw).length > MAX_MESSAGE_CHARS) return null;
    switch (raw['type']) {
      case 'ping':
        return { type: 'ping' };
      case 'get-mentions':
        return { type: 'get-mentions' };
      case 'mentions-found':
        return isCount(raw['count']) ? { type: 'mentions-found', count: raw['count'] } : null;
      default:
        return null;
    }
  } catch {
    return null; // getters that throw, cycles: not a message of ours
  }
}

/** Wraps a message for sending. */
export function envelope(m: Message): Message & { protocol: string } {
  return { ...m, protocol: PROTOCOL };
}

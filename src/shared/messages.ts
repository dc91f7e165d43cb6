/**
 * Message types between content scripts, background and popup, defined once. Every
 * incoming message is validated: a content script lives in a hostile page, so what it
 * sends is untrusted; anything malformed or oversized is dropped.
 */
import { isLangTag, type Lang } from '../core/dataset.ts';

export const PROTOCOL = 'konteks/1';

export type Message =
  | { type: 'ping' }
  /** content -> background: how many mentions this frame has (badge). */
  | { type: 'mentions-found'; count: number }
  /**
   * content -> background: the card for an entity; `lang` the reader's remembered language
   * (null: their browser's), `page` the page's own language (its `lang` attribute), if any.
   */
  | { type: 'get-card'; entity: string; lang: Lang | null; page: Lang | null }
  /** content -> background: open the reader at a paragraph. */
  | { type: 'open-reader'; article: string; paragraph: number; entity: string }
  /** background/popup -> content: go to the next or previous mention and open its card. */
  | { type: 'navigate'; direction: 1 | -1 }
  /** popup -> content: what is on this page. */
  | { type: 'get-mentions' }
  /** popup -> content: scroll to the n-th mention of an entity and flash it. */
  | { type: 'scroll-to'; entity: string; index: number };

export type Reply =
  | { type: 'pong'; version: string }
  | {
      type: 'mentions';
      host: string;
      enabled: boolean;
      count: number;
      entities: { id: string; count: number }[];
      /** Main-thread milliseconds Konteks has spent scanning this frame so far. */
      workMs?: number;
    };

/** A message larger than this (in JSON characters) is dropped unread. */
export const MAX_MESSAGE_CHARS = 16 * 1024;

const ENTITY_ID = /^(person|treaty|figure)\/[a-z0-9]+(?:-[a-z0-9]+){0,15}$/;
const ARTICLE_ID = /^[a-z0-9]+(?:-[a-z0-9]+){0,15}$/;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
function isCount(x: unknown, max = 1_000_000): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= max;
}
function isString(x: unknown, re: RegExp): x is string {
  return typeof x === 'string' && x.length <= 120 && re.test(x);
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
      case 'get-card': {
        const { entity, lang, page } = raw;
        return isString(entity, ENTITY_ID) && (lang === null || isLangTag(lang)) && (page === null || isLangTag(page))
          ? { type: 'get-card', entity, lang, page }
          : null;
      }
      case 'open-reader': {
        const { article, paragraph, entity } = raw;
        return isString(article, ARTICLE_ID) && isCount(paragraph, 10_000) && isString(entity, ENTITY_ID)
          ? { type: 'open-reader', article, paragraph, entity }
          : null;
      }
      case 'scroll-to': {
        const { entity, index } = raw;
        return isString(entity, ENTITY_ID) && isCount(index) ? { type: 'scroll-to', entity, index } : null;
      }
      case 'navigate':
        return raw['direction'] === 1 || raw['direction'] === -1 ? { type: 'navigate', direction: raw['direction'] } : null;
      default:
        return null;
    }
  } catch {
    return null; // getters that throw, cycles: not a message of ours
  }
}

/** Validates the content script's answer to get-mentions (the popup trusts no page). */
export function parseMentionsReply(raw: unknown): Extract<Reply, { type: 'mentions' }> | null {
  try {
    if (!isRecord(raw) || raw['type'] !== 'mentions' || JSON.stringify(raw).length > MAX_MESSAGE_CHARS) return null;
    const { host, enabled, count, entities, workMs } = raw;
    if (typeof host !== 'string' || host.length > 253 || typeof enabled !== 'boolean' || !isCount(count) || !Array.isArray(entities)) return null;
    const list = entities.filter((e): e is { id: string; count: number } => isRecord(e) && isString(e['id'], ENTITY_ID) && isCount(e['count']));
    if (list.length !== entities.length || list.length > 1000) return null;
    if (workMs !== undefined && !isCount(workMs, 1e9)) return null;
    return { type: 'mentions', host, enabled, count, entities: list.map((e) => ({ id: e.id, count: e.count })), ...(workMs !== undefined ? { workMs } : {}) };
  } catch {
    return null;
  }
}

/** Wraps a message for sending. */
export function envelope(m: Message): Message & { protocol: string } {
  return { ...m, protocol: PROTOCOL };
}

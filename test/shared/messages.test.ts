import { describe, expect, it } from 'vitest';
import { envelope, parseMentionsReply, parseMessage } from '../../src/shared/messages.ts';

describe('parseMessage', () => {
  it('accepts our messages', () => {
    expect(parseMessage(envelope({ type: 'ping' }))).toEqual({ type: 'ping' });
    expect(parseMessage(envelope({ type: 'mentions-found', count: 3 }))).toEqual({ type: 'mentions-found', count: 3 });
  });
  it.each([
    ['null', null], ['string', 'ping'], ['array', []], ['no protocol', { type: 'ping' }],
    ['unknown type', { protocol: 'konteks/1', type: 'eval' }], ['negative count', { protocol: 'konteks/1', type: 'mentions-found', count: -1 }],
    ['fractional count', { protocol: 'konteks/1', type: 'mentions-found', count: 1.5 }],
    ['oversized', { protocol: 'konteks/1', type: 'ping', pad: 'x'.repeat(70_000) }],
    ['throwing getter', Object.defineProperty({ protocol: 'konteks/1' }, 'type', { get() { throw new Error('boom'); }, enumerable: true })],
  ])('drops %s', (_n, raw) => expect(parseMessage(raw)).toBeNull());
});

describe('parseMentionsReply', () => {
  const reply = { type: 'mentions', host: 'news.example', enabled: true, count: 2, entities: [{ id: 'person/wang-yi', count: 2 }] };
  it('accepts a reply, with or without the work meter', () => {
    expect(parseMentionsReply(reply)).toEqual(reply);
    expect(parseMentionsReply({ ...reply, workMs: 12 })).toEqual({ ...reply, workMs: 12 });
  });
  it('drops a malformed meter or entity', () => {
    expect(parseMentionsReply({ ...reply, workMs: -1 })).toBeNull();
    expect(parseMentionsReply({ ...reply, workMs: '12' })).toBeNull();
    expect(parseMentionsReply({ ...reply, entities: [{ id: '<img>', count: 1 }] })).toBeNull();
  });
});

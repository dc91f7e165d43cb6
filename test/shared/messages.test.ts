import { describe, expect, it } from 'vitest';
import { envelope, parseMessage } from '../../src/shared/messages.ts';

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

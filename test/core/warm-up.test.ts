import { describe, expect, it } from 'vitest';
import matcher from 'virtual:konteks/matcher';
import { findMentions } from '../../src/core/engine.ts';
import { warmUp } from '../../src/core/warm-up.ts';

describe('warmUp', () => {
  it('pays the one-time costs in separate steps, and leaves the engine working', () => {
    let pauses = 0;
    for (const _ of warmUp(matcher)) pauses++;
    expect(pauses).toBe(6); // the last one after the sample sentence: the scan starts in a slice of its own
    expect(findMentions(matcher, 'Sergey Lavrov met Wang Yi.').map((m) => m.entity)).toEqual(['person/sergey-lavrov', 'person/wang-yi']);
  });
});

import { describe, expect, it } from 'vitest';
import matcher from 'virtual:konteks/matcher';
import { findMentions } from '../../src/core/engine.ts';
import { prefilterOf } from '../../src/core/prefilter.ts';
import { warmUpEngine, warmUpSweep } from '../../src/core/warm-up.ts';

describe('warmUpSweep, warmUpEngine', () => {
  it('pay the one-time costs in separate steps, and leave the prefilter and the engine working', () => {
    let pauses = 0;
    for (const _ of warmUpSweep(matcher)) pauses++;
    expect(pauses).toBe(1); // the sweep starts in a slice of its own
    expect(prefilterOf(matcher.prefilter)('Sergey Lavrov')).toBe(true);
    pauses = 0;
    for (const _ of warmUpEngine(matcher)) pauses++;
    expect(pauses).toBe(6); // the last one after the sample sentence: the block is matched in a slice of its own
    expect(findMentions(matcher, 'Sergey Lavrov met Wang Yi.').map((m) => m.entity)).toEqual(['person/sergey-lavrov', 'person/wang-yi']);
  });
});

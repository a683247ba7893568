import { describe, expect, it } from 'vitest';
import { clearWinner, IMPROVEMENT_BITS, MARGIN_BITS } from './clear-winner';

const reading = (text: string, score: number) => ({ text, score });

describe('clearWinner', () => {
  it('takes the best reading when it beats the runner-up by the margin, whatever the order given', () => {
    expect(clearWinner([reading('b', -20), reading('a', -20 + MARGIN_BITS)])?.text).toBe('a');
  });

  it('takes none on a near tie', () => {
    expect(clearWinner([reading('a', -10), reading('b', -10 - MARGIN_BITS + 0.5)])).toBeUndefined();
  });

  it('takes a lone reading, and none of no readings', () => {
    expect(clearWinner([reading('a', -99)])?.text).toBe('a');
    expect(clearWinner([])).toBeUndefined();
  });

  it('takes none that does not beat the text as it stands by the asked improvement', () => {
    const asItStands = { score: -40, by: IMPROVEMENT_BITS };
    expect(clearWinner([reading('a', -40 + IMPROVEMENT_BITS - 1)], asItStands)).toBeUndefined();
    expect(clearWinner([reading('a', -40 + IMPROVEMENT_BITS)], asItStands)?.text).toBe('a');
  });
});

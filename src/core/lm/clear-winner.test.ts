import { describe, expect, it } from 'vitest';
import { clearWinner, IMPROVEMENT_BITS, MARGIN_BITS, ORDINARY_CHARACTER_BITS, ORDINARY_MARK_BITS } from './clear-winner';

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

  it('takes none that is only likelier for being shorter than a reading as fluent', () => {
    const shorter = { text: '因为四性格', score: -111.8, added: 0 };
    const longer = { text: '因为他的性格', score: -121.8, added: ORDINARY_CHARACTER_BITS };
    expect(clearWinner([shorter, longer])).toBeUndefined();
    expect(clearWinner([shorter, { ...longer, score: -125 }])?.text).toBe('因为四性格');
    expect(clearWinner([{ ...shorter, score: -130 }, longer])?.text).toBe('因为他的性格');
  });

  it('credits only what the events added, a mark as a mark', () => {
    const stop = { text: '共勉。', score: -68.7, added: 0 };
    const comma = { text: '共勉强,', score: -76.9, added: ORDINARY_MARK_BITS };
    expect(clearWinner([stop, comma])?.text).toBe('共勉。');
    expect(clearWinner([{ text: '分数从而', score: -60, added: 0 }, { text: '分数,从而', score: -65, added: ORDINARY_MARK_BITS }])).toBeUndefined();
  });
});

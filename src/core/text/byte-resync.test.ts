import { describe, expect, it } from 'vitest';
import { testContext } from '../../../tests/support/test-context';
import { resyncSpan } from './byte-resync';
import { findSpans } from './decoder-markers';

const SEED_LINE = '區委於23日就召開專題常委會議,認真?zhèn)鬟_全市政協工作會議精神,確定於4月上旬';

const outcomeOf = (text: string, context = testContext()) => {
  const [span] = findSpans(text);
  if (!span) throw new Error(`no span in ${text}`);
  return resyncSpan(text, span, context);
};

describe('byte re-reading, remembered per page', () => {
  it('searches a span once per page: the same surroundings on another line give the same outcome', () => {
    const context = testContext();
    const first = outcomeOf(SEED_LINE, context);
    expect(first).toEqual({ kind: 'repaired', before: '委會議,認真?zhèn)鬟_全市政協工作會議', after: '委會議,認真傳達全市政協工作會議' });
    expect(outcomeOf(`上午,${SEED_LINE}`, context)).toBe(first);
    expect(outcomeOf(SEED_LINE, testContext())).not.toBe(first);
  });

  it('tells a span at a paragraph’s end from the same span inside one', () => {
    const context = testContext();
    const inside = outcomeOf('堅持?T谌魏螘r候,實幹', context);
    const atEnd = outcomeOf('堅持?T谌魏螘r候', context);
    expect(atEnd).not.toBe(inside);
    expect(atEnd).toEqual(outcomeOf('堅持?T谌魏螘r候', testContext()));
  });
});

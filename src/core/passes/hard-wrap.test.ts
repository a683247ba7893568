import { describe, expect, it } from 'vitest';
import { newDraft } from '../draft';
import { testContext } from '../test-support';
import { hardWrap } from './hard-wrap';

const join = (lines: string[]) =>
  hardWrap.run(newDraft('', [], lines), testContext()).units.map((unit) => (unit.kind === 'line' ? unit.text : ''));

describe('hard-wrap', () => {
  it('joins a sentence broken across lines', () => {
    expect(join(['聽取了關於全區政協工作會議籌備情況的', '匯報,研究通過了《意見》。'])).toEqual([
      '聽取了關於全區政協工作會議籌備情況的匯報,研究通過了《意見》。',
    ]);
  });

  it('joins a line that starts with the rest of the sentence’s punctuation', () => {
    expect(join(['研究部署整改工作', '。局党组书记作为整改第一责任人。'])).toEqual(['研究部署整改工作。局党组书记作为整改第一责任人。']);
  });

  it('keeps real paragraph breaks, headings and numbered items apart', () => {
    const lines = ['一、貫徹落實市委政協工作會議精神情況', '2月份市委政協工作會議後,及時傳達。', '同志們:', '按照縣委要求', '二是召開辦公室主任聯席會議。'];
    expect(join(lines)).toEqual(lines);
  });

  it('joins across a date broken after its first digit', () => {
    expect(join(['區委於', '23日就召開專題常委會議。'])).toEqual(['區委於23日就召開專題常委會議。']);
  });

  it('joins an annotation the line break cut in two, and a line ending in an annotation', () => {
    expect(join(['所需資金由縣(xi', 'àn)財政統籌解決。'])).toEqual(['所需資金由縣(xiàn)財政統籌解決。']);
    expect(join(['籌備全區(qū)', '政協工作會議。'])).toEqual(['籌備全區(qū)政協工作會議。']);
  });

  it('records the seam and where the joined line went', () => {
    const draft = hardWrap.run(newDraft('', [], ['籌備情況的', '匯報。']), testContext());
    expect(draft.changes).toEqual([{ pass: 'hard-wrap', before: '籌備情況的⏎匯報。', after: '籌備情況的匯報。', at: 0 }]);
    expect(draft.mergedInto.get(1)).toBe(0);
  });

  it('does not join Latin lines', () => {
    expect(join(['An English line', 'and another'])).toEqual(['An English line', 'and another']);
  });
});

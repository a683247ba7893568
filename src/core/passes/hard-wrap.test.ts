import { describe, expect, it } from 'vitest';
import { newDraft } from '../draft';
import { hardWrap } from './hard-wrap';

/** Lines as a `<br>` separates them, on a page recognised as damaged unless told. */
const join = (lines: string[], recognised = true) =>
  hardWrap
    .run(newDraft('', [], lines.map((text, i) => (i === 0 ? { text } : { text, afterBreak: true as const })), recognised))
    .units.map((unit) => (unit.kind === 'line' ? unit.text : ''));

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
    expect(join(['區委決定籌備全區(qū)', '政協工作會議和各項準備工作。'])).toEqual(['區委決定籌備全區(qū)政協工作會議和各項準備工作。']);
  });

  it('records the seam and where the joined line went', () => {
    const draft = hardWrap.run(newDraft('', [], [{ text: '聽取了籌備情況的' }, { text: '匯報並研究通過了加強工作的意見。', afterBreak: true }], true));
    expect(draft.changes).toEqual([{ pass: 'hard-wrap', before: '了籌備情況的⏎匯報並研究通', after: '了籌備情況的匯報並研究通', at: 0 }]);
    expect(draft.mergedInto.get(1)).toBe(0);
  });

  it('does not join Latin lines', () => {
    expect(join(['An English line', 'and another'])).toEqual(['An English line', 'and another']);
  });

  it('never joins lines of different paragraphs, nor lines of <pre>', () => {
    const draft = newDraft('', [], [{ text: '记者 陈振凯' }, { text: '习近平总书记经常讲加强党的建设。' }, { text: 'for i in 区间' , preformatted: true }, { text: '打印结果', preformatted: true, afterBreak: true }], true);
    expect(hardWrap.run(draft).units).toHaveLength(4);
  });

  it('keeps verse, and never glues digits together', () => {
    expect(join(['君不见', '黄河之水天上来', '奔流到海不复回'], false)).toEqual(['君不见', '黄河之水天上来', '奔流到海不复回']);
    expect(join(['第一趟车发车时间为上午8点30分，第二趟车为下午2', '3点之间具体时间另行通知。'])).toHaveLength(2);
  });

  it('on a page not recognised, joins only lines broken at one width', () => {
    const wrapped = ['这是一段按照固定宽度折行的普通中文文字，每行的长度', '几乎完全相同，因为它是由排版程序按照宽度折断的，读', '者看到的是一段完整的话，而不是分开的几行诗句或者表', '格。'];
    expect(join(wrapped, false)).toEqual([wrapped.join('')]);
    const uneven = ['会议议程', '第一项议程是听取工作报告和讨论下一阶段的工作安排', '第二项'];
    expect(join(uneven, false)).toEqual(uneven);
  });
});

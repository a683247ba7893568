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
    const first = '3月15日,區委再次召開常委會議,聽取了區委辦、區政協辦關於全區政協工作會議籌備情況的';
    expect(join([first, '匯報,研究通過了《意見》。'])).toEqual([`${first}匯報,研究通過了《意見》。`]);
  });

  it('joins a line that starts with the rest of the sentence’s punctuation', () => {
    const first = '针对巡察反馈的问题，局党组第一时间召开专题会议，逐条对照检查，逐项明确责任，研究部署整改工作';
    expect(join([first, '。局党组书记作为整改第一责任人。'])).toEqual([`${first}。局党组书记作为整改第一责任人。`]);
  });

  it('keeps real paragraph breaks, headings and numbered items apart', () => {
    const lines = ['一、貫徹落實市委政協工作會議精神情況', '2月份市委政協工作會議後,及時傳達。', '同志們:', '按照縣委要求', '二是召開辦公室主任聯席會議。'];
    expect(join(lines)).toEqual(lines);
  });

  it('joins across a date broken after its first digit', () => {
    const first = '2月份市委政協工作會議後,區委、區政協及時傳達會議精神,認真貫徹落實各項工作部署,區委於';
    expect(join([first, '23日就召開專題常委會議。'])).toEqual([`${first}23日就召開專題常委會議。`]);
  });

  it('joins an annotation the line break cut in two, and a line ending in an annotation', () => {
    expect(join(['所需資金由縣(xi', 'àn)財政統籌解決。'])).toEqual(['所需資金由縣(xiàn)財政統籌解決。']);
    const first = '按照市委的統一部署,經過認真研究和反復協商,區委決定在四月上旬召開會議,籌備全區(qū)';
    expect(join([first, '政協工作會議和各項準備工作。'])).toEqual([`${first}政協工作會議和各項準備工作。`]);
  });

  it('records the seam and where the joined line went', () => {
    const first = '3月15日,區委再次召開常委會議,聽取了區委辦、區政協辦關於全區政協工作會議籌備情況的';
    const draft = hardWrap.run(newDraft('', [], [{ text: first }, { text: '匯報並研究通過了加強工作的意見。', afterBreak: true }], true));
    expect(draft.changes).toEqual([{ pass: 'hard-wrap', before: '議籌備情況的⏎匯報並研究通', after: '議籌備情況的匯報並研究通', at: 0 }]);
    expect(draft.mergedInto.get(1)).toBe(0);
  });

  it('keeps a short line that stops without a mark apart, on a recognised page too: a title, a name, a label, a subtitle', () => {
    const subtitle = ['着眼全局、应对变局，彰显新时代我们党对治国理政规律认识的最新成果', '一个民族要走在时代前列，就一刻不能没有理论思维。'];
    expect(join(subtitle)).toEqual(subtitle);
    const lines = ['“两学一做”学习教育心得体会', '科研第二党支部 王荻', '自2016年2月，中共中央办公厅印发了学习教育方案。'];
    expect(join(lines)).toEqual(lines);
    const keywords = ['关键词：城市黑臭水体； 综合整治； 水体黑臭成因； 治理思路； 治理措施', '近年来，随着我国城市化和工业化进程的加快，城市污水排放量不断增加。'];
    expect(join(keywords)).toEqual(keywords);
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

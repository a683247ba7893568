import { describe, expect, it } from 'vitest';
import { newDraft } from '../draft';
import { omissionNotice } from './omission-notice';

const run = (lines: string[]) => omissionNotice.run(newDraft('', [], lines));

describe('omission-notice', () => {
  it('turns the member notice into an omission block with its count', () => {
    const draft = run(['區委辦、區', '……(新文秘網http://jey722.cn省略706字,正式會員可完整閱讀)……', ',加強領導']);
    expect(draft.units.map((u) => (u.kind === 'line' ? u.text : u.block))).toEqual([
      '區委辦、區',
      { kind: 'omission', chars: 706 },
      ',加強領導',
    ]);
    expect(draft.changes[0]?.before).toContain('省略706字');
  });

  it('turns the 未完 tail into the final omission and drops the member prompt after it', () => {
    const draft = run([
      '……(新文秘網http://jey722.cn省略706字,正式會員可完整閱讀)……',
      '形成合 ……(未完,全文共3926字,當前僅顯示1983字,請閱讀下面提示信息。',
      '收藏《三區政協主席秘書長聯席會交流材料》)',
      '溫馨提示：此文章為正式會員文章',
    ]);
    expect(draft.units.map((u) => (u.kind === 'line' ? u.text : u.block))).toEqual([
      { kind: 'omission', chars: 706 },
      '形成合',
      { kind: 'omission', chars: 1237, total: 3926, shown: 1983 },
    ]);
    expect(draft.changes.at(-1)?.before).toContain('溫馨提示');
    // A text copied out of the page has no title but the one the tail asks to bookmark.
    expect(draft.title).toBe('三區政協主席秘書長聯席會交流材料');
  });

  it('keeps a page’s own title over the bookmarked one', () => {
    const draft = omissionNotice.run(newDraft('標題', [], ['正文 ……(未完,全文共900字,當前僅顯示300字,請閱讀下面提示信息。收藏《別的》)']));
    expect(draft.title).toBe('標題');
  });

  it('reads the Simplified, full-width form of the notices', () => {
    const draft = run(['……（公文范文网www.gwfw8.com省略849字，VIP会员可完整阅读）……', '……（未完，全文共2073字，当前仅显示899字，请阅读下面提示信息。收藏《报告》）']);
    expect(draft.units.map((u) => (u.kind === 'block' ? u.block : u.text))).toEqual([
      { kind: 'omission', chars: 849 },
      { kind: 'omission', chars: 325, total: 2073, shown: 899 },
    ]);
  });

  it('reads a notice the annotator pasted readings into', () => {
    const draft = run(['……(新文秘網(wǎng)http://120pk.cn省略584字,正式會員可完整閱讀)……']);
    expect(draft.units.map((u) => (u.kind === 'block' ? u.block : u.text))).toEqual([{ kind: 'omission', chars: 584 }]);
  });

  it('leaves text that merely mentions omission alone', () => {
    const draft = run(['会议省略了部分议程（见附件）。']);
    expect(draft.units).toEqual([{ id: 0, kind: 'line', text: '会议省略了部分议程（见附件）。' }]);
  });
});

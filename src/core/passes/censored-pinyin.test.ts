import { describe, expect, it } from 'vitest';
import { inPageForms } from '../page-forms';
import { toSimplified } from '../script';
import { testContext } from '../../../tests/support/test-context';
import { restoreCensored } from './censored-pinyin';

describe('censored-pinyin', () => {
  it('restores 书记 in a Simplified page', () => {
    const result = restoreCensored('局党组shuji作为整改第一责任人', testContext());
    expect(result.text).toBe('局党组书记作为整改第一责任人');
    expect(result.edits).toEqual([{ before: 'shuji', after: '书记' }]);
  });

  it('restores a word before punctuation', () => {
    expect(restoreCensored('县委副shuji、县长在县政府主持会议', testContext()).text).toBe('县委副书记、县长在县政府主持会议');
  });

  it('writes the restored word in the page’s script', () => {
    const page = '區委邀請政協主席列shuji辦公會議和常委會議';
    expect(restoreCensored(page, testContext(inPageForms(page, toSimplified))).text).toBe('區委邀請政協主席列書記辦公會議和常委會議');
  });

  it('leaves Latin text that is not pinyin alone', () => {
    expect(restoreCensored('使用html格式', testContext()).text).toBe('使用html格式');
  });

  it('flags a run whose reading is unclear instead of guessing', () => {
    const result = restoreCensored('他说yi好', testContext());
    expect(result.text).toBe('他说yi好');
    expect(result.flags).toEqual(['yi']);
  });
});

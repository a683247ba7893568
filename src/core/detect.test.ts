import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectTargetPage } from './detect';

const seedText = readFileSync(new URL('../../tests/fixtures/seed/source-text.txt', import.meta.url), 'utf8');

describe('detect', () => {
  it('recognises the seed page by its content', () => {
    const detection = detectTargetPage(seedText);
    expect(detection.detected).toBe(true);
    expect(detection.signals).toEqual(expect.arrayContaining(['unfinished-tail', 'member-omission', 'outline-block', 'annotator-pattern']));
  });

  it('recognises the Simplified full-width tail alone', () => {
    expect(detectTargetPage('……（未完，全文共2073字，当前仅显示899字，请阅读下面提示信息。）').detected).toBe(true);
  });

  it('says no to an ordinary Chinese news text', () => {
    const news = '新华社北京电 国务院常务会议今天召开。一、会议听取了关于经济形势的汇报。会议指出，要稳增长。';
    expect(detectTargetPage(news)).toEqual({ detected: false, signals: [] });
  });

  it('says no to English and Japanese pages', () => {
    expect(detectTargetPage('An ordinary English blog post about cooking.').detected).toBe(false);
    expect(detectTargetPage('未完、全文共100字。これは日本語のページです。ひらがなとカタカナがたくさんあります。').detected).toBe(false);
  });
});

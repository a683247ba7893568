import { describe, expect, it } from 'vitest';
import { countHan, countVisible, isChineseSample, isJapaneseSample, kanaShare } from './script-counts';

describe('script counts', () => {
  it('counts Han in every BMP block, and nothing else', () => {
    expect(countHan('㐀中文龥豈 abc，。かな')).toBe(5);
    expect(countHan('plain English')).toBe(0);
  });

  it('counts what is visible: no spaces, no no-break or ideographic spaces', () => {
    expect(countVisible(' 中\u00a0文\u3000a\n\tb ')).toBe(4);
  });

  it('calls a sample Japanese past a tenth of kana among Han and kana', () => {
    expect(kanaShare('')).toBe(0);
    expect(kanaShare('日本語のテキスト')).toBeCloseTo(5 / 8);
    expect(isJapaneseSample('日本語のテキストです')).toBe(true);
    expect(isJapaneseSample('中文文本里偶尔有一个の字，其余都是汉字，一共有很多很多汉字')).toBe(false);
  });

  it('calls a sample Chinese when it has Han and is not Japanese', () => {
    expect(isChineseSample('中文文本里偶尔有一个の字，其余都是汉字，一共有很多很多汉字')).toBe(true);
    expect(isChineseSample('日本語のテキストです')).toBe(false);
    expect(isChineseSample('plain English, no Han')).toBe(false);
  });
});

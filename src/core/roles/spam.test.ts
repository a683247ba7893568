import { describe, expect, it } from 'vitest';
import { plainLine } from './plain-line';
import { isKeywordSpam } from './spam';

const spam = (line: string) => isKeywordSpam(plainLine(line));

describe('keyword spam', () => {
  it('is a run of short phrases in spam’s own words, joined or run together', () => {
    expect(spam('亚洲免费av电影一区二区三区,日韩爱爱视频,51精品视频一区二区三区,91视频爱爱,日韩欧美在线播放视频')).toBe(true);
    expect(spam('国产日韩欧美一区二区三区三州_亚洲少妇熟女av_久久久久亚洲av国产精品_波多野')).toBe(true);
    expect(spam('999精品在线视频,手机成人午夜在线视频,久久不卡国产精品无码,中日无码在线观看 ?')).toBe(true);
    expect(spam('www日本精品久久中文视频中文字幕第一页在线播放')).toBe(true);
  });

  it('is not a list of names, a poem, or a sentence that mentions such a word', () => {
    expect(spam('李海军，褚丽娜，刘乡萍，陈碧蕾，韩 静')).toBe(false);
    expect(spam('春眠不觉晓，处处闻啼鸟，夜来风雨声，花落知多少。')).toBe(false);
    expect(spam('市网信办在线观看了亚洲地区的视频会议，并要求精品课程建设落到实处。')).toBe(false);
    expect(spam('会议要求，一区一策、二区联动、三区协同，推动国产化替代。')).toBe(false);
  });
});

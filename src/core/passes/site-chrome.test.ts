import { describe, expect, it } from 'vitest';
import { newDraft } from '../draft';
import { siteChrome } from './site-chrome';

const texts = (lines: string[], siteNames: string[] = [], title = '') =>
  siteChrome.run(newDraft(title, siteNames, lines)).units.map((u) => (u.kind === 'line' ? u.text : ''));

describe('site-chrome', () => {
  it('drops the byline row and the breadcrumb', () => {
    expect(texts(['作者：佚名　更新時間：2008-4-5　點擊：1865次', '當前位置：首頁 > 交流材料 > 正文', '近幾年來'])).toEqual(['近幾年來']);
  });

  it('drops a line that is only the site name', () => {
    expect(texts(['新文秘網', '正文'], ['新文秘網'])).toEqual(['正文']);
  });

  it('drops the title repeated at the top, not later', () => {
    const title = '關於推進社區治理的報告';
    expect(texts([title, '一', '二', '三', title], [], title)).toEqual(['一', '二', '三', title]);
  });

  it('keeps a sentence that starts like a label', () => {
    const sentence = '时间：三年来，我们坚持不懈，取得了显著成效。';
    expect(texts([sentence, '正文'])).toEqual([sentence, '正文']);
  });

  it('drops the controls of document sites, only as whole lines', () => {
    const chrome = ['已阅读5页，还剩1页未读', '继续免费阅读', '下载本文档', '本文档由用户提供并上传，收益归属内容提供方', '我要投稿', '小编：李明', '相关推荐', '举报/反馈'];
    const sentence = '读者可以在网站上继续免费阅读全文，也可以下载本文档的打印版。';
    expect(texts([...chrome, sentence, '正文'])).toEqual([sentence, '正文']);
  });

  it('drops pictures that sell or ask to be followed, and keeps the article’s own', () => {
    const picture = (src: string, alt: string) => ({ text: '', picture: { src, alt } });
    const draft = newDraft('', [], [
      picture('/ad/vip468.gif', '开通会员 下载全文'),
      picture('https://example.cn/upload/qrcode.jpg', ''),
      picture('https://example.cn/upload/chart.png', '关注公众号'),
      picture('https://example.cn/uploads/2023/chart.png', '全年投资走势图'),
      picture('https://upload.example.org/commons/thumb/a/ad/Queen.jpg', 'The Queen'),
    ]);
    const kept = siteChrome.run(draft).units.map((unit) => unit.kind === 'block' && unit.block.kind === 'image' && unit.block.src);
    expect(kept).toEqual(['https://example.cn/uploads/2023/chart.png', 'https://upload.example.org/commons/thumb/a/ad/Queen.jpg']);
  });

  it('records each dropped line with its role and the unit it followed, so that it can be put back', () => {
    const draft = siteChrome.run(newDraft('', [], ['首页 > 范文 > 正文', '近几年来，区政协认真开展政治协商，切实推进民主监督，取得了显著成效。', '上一篇：2007年工作总结', '下一篇：在全市政协工作会议上的讲话']));
    expect(draft.changes.map(({ before, line }) => [before, line])).toEqual([
      ['首页 > 范文 > 正文', { role: 'navigation', after: undefined }],
      ['上一篇：2007年工作总结', { role: 'related', after: 1 }],
      ['下一篇：在全市政协工作会议上的讲话', { role: 'related', after: 1 }],
    ]);
  });
});

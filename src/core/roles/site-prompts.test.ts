import { describe, expect, it } from 'vitest';
import { plainLine } from './plain-line';
import { edgePromptRole, isDatedTitle, promptRole } from './site-prompts';

const role = (line: string) => promptRole(plainLine(line));

describe('what sites say to their visitors', () => {
  it('knows each kind by the whole line', () => {
    expect(role('商务文书写作ppt课件.ppt_第1页')).toBe('pager');
    expect(role('第2页 / 共43页')).toBe('pager');
    expect(role('已閱讀5頁,還剩1頁未讀, 繼續(xù)免費閱讀')).toBe('pager');
    expect(role('版權說明:本文檔由用戶提供并上傳,收益歸屬內容提供方,若內容存在侵權,請進行舉報或認領')).toBe('notice');
    expect(role('《商务文书写作ppt课件.ppt》由会员分享,可在线阅读,更多相关《商务文书写作ppt课件.ppt(43页珍藏版)》请在三一办公上搜索。')).toBe('notice');
    expect(role('分享到:')).toBe('notice');
    expect(role('舉報(bào)/反饋')).toBe('notice');
    expect(role('Copyright © 2018 武漢門戶網 www.jwzcgl.com鄂ICP備16007396號-6')).toBe('notice');
    expect(role('本文地址:畢業(yè)演講稿https://www.kovpower.com/a/441.html')).toBe('notice');
    expect(role('发表评论')).toBe('comments');
    expect(role('0人頂')).toBe('comments');
    expect(role('【《小人守護(hù)者》讀后感450字】相關(guān)文章:')).toBe('related');
    expect(role('- 清明散文 推薦度:')).toBe('related');
    expect(role('上一篇：2007年工作總結')).toBe('related');
    expect(role('一秒记住【就爱小说网 www.92to.cc】，精彩小说无弹窗免费阅读！')).toBe('watermark');
    expect(role('热门标签:宁波语音外呼系统公司 湛江crm外呼系统排名')).toBe('seo');
  });

  it('leaves a sentence that mentions such words', () => {
    for (const line of ['读者可以在网站上继续免费阅读全文，也可以下载本文档的打印版。', '我们举报了违规行为，并分享到了工作群。', '本文档由三部分组成。', '地址：北京市东城区正义路1号']) {
      expect(role(line), line).toBeUndefined();
    }
  });

  it('at the edges knows a tab’s label, a site’s name and markup shown as text', () => {
    expect(edgePromptRole(plainLine('文檔簡介'))).toBe('template');
    expect(edgePromptRole(plainLine('讀《外婆的道歉信》有感 本文簡介:'))).toBe('template');
    expect(edgePromptRole(plainLine('<legend id="ppnor"></legend>'))).toBe('template');
    expect(edgePromptRole(plainLine('衡陽新聞網(wǎng)'))).toBe('watermark');
    expect(edgePromptRole(plainLine('基本情况'))).toBeUndefined();
  });

  it('knows a related list’s dated titles', () => {
    expect(isDatedTitle('小人守护者读后感范文07-06')).toBe(true);
    expect(isDatedTitle('会议于2023年5月6日召开。')).toBe(false);
  });
});

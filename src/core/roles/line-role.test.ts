import { describe, expect, it } from 'vitest';
import { judgeLines, type JudgedLine } from './line-role';

const PROSE = '近几年来，区政协在区委的领导下，认真开展政治协商，切实推进民主监督，全区政协工作呈现出良好局面。';
const MORE_PROSE = '二是召开办公室主任联席会议，筹备全区政协工作会议，由区委办牵头，两次召开联席会议研究部署。';
const judge = (lines: (string | JudgedLine)[], facts: { title?: string; siteNames?: string[]; recognised?: boolean } = {}) =>
  judgeLines(
    lines.map((line) => (typeof line === 'string' ? { text: line } : line)),
    { title: facts.title ?? '', siteNames: facts.siteNames ?? [], recognised: facts.recognised ?? true },
  );

describe('every line judged for its role', () => {
  it('drops the site’s lines around an article and keeps the article’s', () => {
    const lines = [
      '亚洲免费av电影一区二区三区,日韩爱爱视频,51精品视频一区二区三区,91视频爱爱',
      '首页 > 说说感言 > 读书名言 >',
      '基于项目生命周期的造船成本核算管理系统的研究与开发',
      '2011-10-30 08:11:30李海軍褚麗娜',
      '李海军，褚丽娜，刘乡萍，陈碧蕾，韩 静',
      PROSE,
      '一、主要做法',
      MORE_PROSE,
      '相关文章：',
      '小人的守护者的读后感07-04',
      '《小人守护者》读后感01-04',
    ];
    expect(judge(lines)).toEqual(['spam', 'navigation', undefined, 'meta', undefined, undefined, undefined, undefined, 'related', 'related', 'related']);
  });

  it('takes a menu’s word, a tab’s label or a profile’s field for the site’s only at the article’s edges', () => {
    expect(judge(['首页', '文档简介', PROSE, '首页', '文档简介', MORE_PROSE, '积分: 10'])).toEqual(['navigation', 'template', undefined, undefined, undefined, undefined, 'meta']);
  });

  it('drops a section’s name alone on its line after the breadcrumb that named it, and only before the prose', () => {
    const lines = ['首页 > 说说感言 > 读书名言 >', '读书名言', '《外婆的道歉信》读后感600字', PROSE, '读书名言', MORE_PROSE];
    expect(judge(lines)).toEqual(['navigation', 'navigation', undefined, undefined, undefined, undefined]);
    expect(judge(['读书名言', '《外婆的道歉信》读后感600字', PROSE])).toEqual([undefined, undefined, undefined]);
    // A path's last part, no separator after it, is the article's title.
    expect(judge(['主页 > 知识库 > Go语言模型', 'Go语言模型', PROSE])).toEqual(['navigation', undefined, undefined]);
  });

  it('drops the title said again at the top, and a site’s summary said again below it', () => {
    const summary = '[摘要]西安高新区将于今年秋季开学投用13所新建中学，总投资近85亿元，投用后将新增学位24900个。...';
    const body = '西安高新区第十初级中学、西安高新区第六学校……西安高新区将于今年秋季开学投用13所新建中学，总投资近85亿元，投用后将新增学位24900个。';
    expect(judge(['西安高新区13所新建中学将在秋季开学投用', summary, body], { title: '西安高新区13所新建中学将在秋季开学投用' })).toEqual(['title', 'meta', undefined]);
  });

  it('reads a small element’s name only where the line’s place agrees', () => {
    const related = { text: '述职报告范文', hint: 'related' as const };
    expect(judge([PROSE, related])).toEqual([undefined, 'related']);
    expect(judge([related, PROSE, related, MORE_PROSE])).toEqual(['related', undefined, undefined, undefined]);
    expect(judge([PROSE, { text: '转播到腾讯微博', hint: 'notice' }])).toEqual([undefined, undefined]);
  });

  it('when in doubt keeps: numbered headings, tables, lines without Chinese on a page not recognised, lines nothing matches', () => {
    expect(judge(['一、首页 > 栏目设置', { text: '2023-05-06 10:00 浏览 300', verbatim: true }, 'Home > News > Article', '演讲人：卢智慧', '2018年5月16日'], { recognised: false })).toEqual([
      undefined, undefined, undefined, undefined, undefined,
    ]);
  });

  it('drops a line the decoder left only ? of, on a recognised page', () => {
    expect(judge(['?', PROSE])).toEqual(['template', undefined]);
    expect(judge(['?', PROSE], { recognised: false })).toEqual([undefined, undefined]);
  });
});

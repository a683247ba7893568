import { describe, expect, it } from 'vitest';
import { isLabelledBreadcrumb, isNavigation, isNavigationWord } from './navigation';
import { plainLine } from './plain-line';

const navigation = (line: string) => isNavigation(plainLine(line));

describe('navigation', () => {
  it('is a breadcrumb with its separators, or a path from the front page', () => {
    for (const line of ['首页 > 说说感言 > 读书名言 >', '您的位置: 首页 » 法律资料网 » 法律法规 »', '學(xué)習(xí)啦>在線閱讀>散文欣賞>散文>', '当前位置：首頁 > 交流材料 > 正文', '首页 理论教育 通用公文写作的基本要求', 'C++博客 :: 首頁 :: 新隨筆 :: 聯系', '关于我们丨联系我们丨广告合作丨网站地图', '> 论文发表知识库']) {
      expect(navigation(line), line).toBe(true);
    }
  });

  it('is a skip link, a back-to-top link, a menu’s item or a blog’s archive', () => {
    for (const line of ['跳到主要内容', 'Skip to content', '返回顶部', '• IT计算机>', '2008年(59)']) expect(navigation(line), line).toBe(true);
  });

  it('is not arithmetic, a table’s row, a process or a sentence', () => {
    for (const line of ['如果 x > 0 且 y > 1', '| 表单元素 | HTML 标签 | 用途 |', '上半年 / 下半年 / 全年', '申请 → 审核 → 批准 → 公示', '首页设计要简洁，栏目 > 内容。']) {
      expect(navigation(line), line).toBe(false);
    }
  });

  it('inside the body, only a breadcrumb that says what it is', () => {
    expect(isLabelledBreadcrumb(plainLine('当前位置：新闻 > 政务新闻 > 正文'))).toBe(true);
    expect(isLabelledBreadcrumb(plainLine('C++博客 :: 首頁 :: 新隨筆 :: 聯系'))).toBe(true);
    expect(isLabelledBreadcrumb(plainLine('学习啦>在线阅读>散文欣赏>散文>'))).toBe(false);
  });

  it('knows a menu’s one word alone', () => {
    expect(isNavigationWord('首页')).toBe(true);
    expect(isNavigationWord('新闻稿')).toBe(false);
  });
});

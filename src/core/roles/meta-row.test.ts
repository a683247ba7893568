import { describe, expect, it } from 'vitest';
import { isEdgeMetaRow, isMetaRow } from './meta-row';
import { plainLine } from './plain-line';

const meta = (line: string) => isMetaRow(plainLine(line));

describe('meta rows', () => {
  it('are a site’s rows of fields, stamps and counts', () => {
    for (const line of [
      '作者：佚名　更新時間：2008-4-5　點擊：1865次',
      '更新于 2023-05-06 · 浏览 5.2万 · 收藏 318',
      '2011-10-30 08:11:30李海軍褚麗娜劉鄉(xiāng)萍陳碧蕾',
      '讀書名言2021-03-24178舉報(bào)/反饋',
      '船舶與海洋工程 2011年2期',
      '關(guān)鍵詞:成本核算核算成本',
      '上传人:牧羊曲112 文档编号:1653931 上传时间:2022-12-12 格式:PPT 页数:43 大小:1.26MB',
      'Posted on 2013-05-19 16:07 S.l.e!ep.¢% 閱讀(905) 評論(1)',
      '(責(zé)編:蔡熊更、劉婧婷)',
      '[责任编辑：alonliu]',
      '精選範文 閲讀(2.91W)',
      '本篇文章508字,讀完約1分鐘',
      '2024年04月16日 星期二 01:43:43',
    ]) {
      expect(meta(line), line).toBe(true);
    }
  });

  it('are not the article’s own lines that look alike', () => {
    for (const line of [
      '李海军，褚丽娜，刘乡萍，陈碧蕾，韩 静',
      '关键词：城市黑臭水体； 综合整治； 水体黑臭成因',
      '2023年5月6日',
      '中共汉南区委办公室　2008年4月5日',
      '时间：2023年5月6日上午9:00　地点：区政府三楼会议室',
      '3月15日，区委再次召开常委会议，听取了汇报。',
      '作者：张三',
      '• 發布時間:2023年12月29日',
    ]) {
      expect(meta(line), line).toBe(false);
    }
  });

  it('at the article’s edges also a profile’s field or a dated short line, never a recipe’s', () => {
    expect(isEdgeMetaRow(plainLine('• 博客访问: 365394'))).toBe(true);
    expect(isEdgeMetaRow(plainLine('杨波 信息通信技术与政策 2022-12-10'))).toBe(true);
    expect(isEdgeMetaRow(plainLine('盐：5克'))).toBe(false);
    expect(isEdgeMetaRow(plainLine('| 梓炫2'))).toBe(true);
    expect(isEdgeMetaRow(plainLine('| 表单元素 | HTML 标签 |'))).toBe(false);
    expect(isEdgeMetaRow(plainLine('|x| 表示 x 的绝对值，它总是不小于零的一个数'))).toBe(false);
    expect(isEdgeMetaRow(plainLine('[临时公告]威博液压:股东大会议事规则(草案)2021-11-17'))).toBe(false);
  });
});

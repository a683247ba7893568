import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { MAX_READABILITY_TEXT } from './article-element';
import { elementLinesSteps, extractPageSteps } from './extract';
import { markupStyleOf } from './hidden-text';
import { runSteps } from './slices';

function page(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const ARTICLE = `<p>${'近几年来，区政协在区委的领导下，认真开展政治协商，切实推进民主监督。'.repeat(8)}</p>`;

describe('extract', () => {
  it('breaks lines at <br> and block elements and marks heading tags and lines after a <br>', () => {
    const root = page('<div>目录/提纲:……<br>\n一、基本情况<br><h2>二、主要做法</h2><p>正文 一段</p></div>').querySelector('div');
    expect(runSteps(elementLinesSteps(root as Element))).toEqual([
      { text: '目录/提纲:……' },
      { text: '一、基本情况', afterBreak: true },
      { text: '二、主要做法', headingTag: 2 },
      { text: '正文 一段' },
    ]);
  });

  it('keeps the lines of <pre> as they are, each marked, all in one container', () => {
    const root = page('<div><pre>for i in range(3):\n    print(i, "行")\n\n0 行</pre></div>').querySelector('div');
    const lines = runSteps(elementLinesSteps(root as Element));
    expect(lines.map(({ text, preformatted }) => ({ text, preformatted }))).toEqual([
      { text: 'for i in range(3):', preformatted: true },
      { text: '    print(i, "行")', preformatted: true },
      { text: '0 行', preformatted: true },
    ]);
    expect(new Set(lines.map((line) => JSON.stringify(line.container))).size).toBe(1);
    expect(lines[0]?.container?.kind).toBe('pre');
  });

  it('puts a data table’s cells, a list’s items and a quote’s lines in their containers', () => {
    const root = page(
      '<div><table><tr><th>季度</th><th>金额</th></tr><tr><td>一季度</td><td></td></tr></table>' +
        '<ol><li>第一项<ul><li>细项</li></ul></li><li>第二项</li></ol><blockquote>引文</blockquote><p>正文</p></div>',
    ).querySelector('div');
    const lines = runSteps(elementLinesSteps(root as Element));
    expect(lines.map((line) => [line.text, line.container?.kind])).toEqual([
      ['季度', 'cell'], ['金额', 'cell'], ['一季度', 'cell'],
      ['第一项', 'list-item'], ['细项', 'list-item'], ['第二项', 'list-item'],
      ['引文', 'quote'], ['正文', undefined],
    ]);
    const cells = lines.slice(0, 3).map((line) => line.container);
    expect(cells).toMatchObject([{ row: 0, column: 0, header: true }, { row: 0, column: 1, header: true }, { row: 1, column: 0, header: false }]);
    const items = lines.slice(3, 6).map((line) => line.container);
    expect(items).toMatchObject([{ depth: 0, ordered: true }, { depth: 1, ordered: false }, { depth: 0, ordered: true }]);
    expect(new Set(items.map((item) => item?.kind === 'list-item' && item.list)).size).toBe(1);
  });

  it('keeps links to web addresses and emphasis on the line’s collapsed text, across a <br> too', () => {
    const document = parseHTML(
      '<html><head><base href="https://example.cn/a/"></head><body><div>  见 <a href="2.html">上半年\n  总结</a>和<a href="javascript:void(0)">这里</a>，<em>务必<br>落实</em>。</div></body></html>',
    ).document as unknown as Document;
    const lines = runSteps(elementLinesSteps(document.querySelector('div') as Element));
    expect(lines.map((line) => [line.text, (line.spans ?? []).map((span) => [span.kind, line.text.slice(span.start, span.end), span.href])])).toEqual([
      ['见 上半年 总结和这里，务必', [['link', '上半年 总结', 'https://example.cn/a/2.html'], ['emphasis', '务必', undefined]]],
      ['落实。', [['emphasis', '落实', undefined]]],
    ]);
  });

  it('reads a table that lays out the page as running text', () => {
    const root = page(`<div><table><tr><td><p>${'正文一段。'.repeat(50)}</p></td><td>侧栏</td></tr></table></div>`).querySelector('div');
    expect(runSteps(elementLinesSteps(root as Element)).map((line) => line.container)).toEqual([undefined, undefined]);
  });

  it('keeps pictures on lines of their own, lazy ones by their real address, and drops pixels and icons', () => {
    const document = parseHTML(
      '<html><head><base href="https://example.cn/a/"></head><body><div>前文<img src="p1.jpg" alt="图一">后文' +
        '<img src="data:image/gif;base64,R0lGOD" data-src="/img/p2.png" alt="">' +
        '<img src="pixel.gif" width="1" height="1"><img src="icon.png" width="16"></div></body></html>',
    ).document as unknown as Document;
    const lines = runSteps(elementLinesSteps(document.querySelector('div') as Element));
    expect(lines.map((line) => line.picture?.src ?? line.text)).toEqual(['前文', 'https://example.cn/a/p1.jpg', '后文', 'https://example.cn/img/p2.png']);
    expect(lines[1]?.picture?.alt).toBe('图一');
  });

  it('walks an article of any size or depth in steps, with the same lines', () => {
    const deep = page(`<div>${'<b>'.repeat(20_000)}政协${'</b>'.repeat(20_000)}<br>委员</div>`).querySelector('div') as Element;
    const steps = elementLinesSteps(deep);
    let yields = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) yields++;
    expect(yields).toBeGreaterThan(10);
    expect(runSteps(elementLinesSteps(deep))).toEqual([{ text: '政协', spans: [{ kind: 'strong', start: 0, end: 2 }] }, { text: '委员', afterBreak: true }]);
  });

  it.each([
    ['述職報告範文--公文寫作站', '述職報告範文', '公文寫作站'],
    ['述職報告範文-公文寫作站', '述職報告範文', '公文寫作站'],
    ['新擔當——專題黨課講稿_範文網', '新擔當——專題黨課講稿', '範文網'],
    ['m.zgkjsz.com', '', 'm.zgkjsz.com'],
  ])('splits the site’s name off the title %s', (documentTitle, title, siteName) => {
    const document = page(`<html><head><title>${documentTitle}</title></head><body><p>正文</p></body></html>`);
    const extracted = runSteps(extractPageSteps(document, markupStyleOf(document)));
    expect(extracted.title).toBe(title);
    expect(extracted.siteNames).toContain(siteName);
  });

  it('takes the title from the <h1> the document title starts with, and the site’s names', () => {
    const document = page(`<html><head><title>交流材料 - 栏目 - 新文秘網</title></head><body>
      <a href="http://jey722.cn/">文秘站</a><a href="/a/1.html">上一篇文章</a>
      <h1>交流材料</h1><div id="content">${ARTICLE}</div></body></html>`);
    const extracted = runSteps(extractPageSteps(document, markupStyleOf(document)));
    expect(extracted.title).toBe('交流材料');
    expect(extracted.siteNames).toEqual(['新文秘網', '文秘站']);
  });

  it('leaves out what the reader cannot see, and says what it left out', () => {
    const document = page(`<html><head><title>t</title><style>.wm{display:none}</style></head><body><div id="content">
      <p>区委<span class="wm">jey722.cn</span>要求各级党组织<span style="font-size:0">新文秘网</span>统一部署。</p>${ARTICLE}</div></body></html>`);
    const extracted = runSteps(extractPageSteps(document, markupStyleOf(document)));
    expect(extracted.lines[0]?.text).toBe('区委要求各级党组织统一部署。');
    expect(extracted.hiddenTexts).toEqual(['jey722.cn', '新文秘网']);
  });

  it('finds a huge article without Readability: the element whose paragraphs hold the most text', () => {
    const paragraphs = `<p>${'区政协认真开展政治协商。'.repeat(40)}</p>`.repeat(Math.ceil(MAX_READABILITY_TEXT / 480) + 1);
    const document = page(`<html><head><title>t</title></head><body>
      <div class="nav"><a href="/">首页</a> <a href="/vip">开通会员</a></div>
      <div id="content">${paragraphs}</div><div class="footer">版权所有</div></body></html>`);
    const lines = runSteps(extractPageSteps(document, markupStyleOf(document))).lines.map((line) => line.text);
    expect(lines.join('').length).toBeGreaterThan(MAX_READABILITY_TEXT);
    expect(lines.some((line) => /首页|开通会员|版权所有/.test(line))).toBe(false);
  });
});

import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleElementSteps, MAX_READABILITY_TEXT } from './article-element';
import { markupStyleOf } from './hidden-text';
import { runSteps } from './slices';

function article(html: string): { text: string; hiddenTexts: string[] } {
  const document = parseHTML(html).document as unknown as Document;
  const chosen = runSteps(articleElementSteps(document, markupStyleOf(document)));
  return { text: (chosen?.root.textContent ?? '').replace(/\s+/g, ' ').trim(), hiddenTexts: chosen?.hiddenTexts ?? [] };
}

const PARAGRAPH = '近几年来，区政协在区委的领导下，认真开展政治协商，切实推进民主监督，全区政协工作呈现出良好局面。';
const NAVIGATION = '<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a> <a href="/vip/">开通会员</a></div>';

describe('the article element', () => {
  it('is Readability’s choice, less the text the page hides inside it', () => {
    const { text, hiddenTexts } = article(`<html><head><style>.wm{display:none}</style></head><body>${NAVIGATION}
      <div id="content"><p>${PARAGRAPH}<span class="wm">jey722.cn</span></p><p>${PARAGRAPH.repeat(3)}</p></div></body></html>`);
    expect(text).toContain(PARAGRAPH);
    expect(text).not.toMatch(/jey722|首页|开通会员/);
    expect(hiddenTexts).toEqual(['jey722.cn']);
  });

  it('never shows a copy the page hides, however much longer than what it shows', () => {
    const shown = '本文仅显示部分内容，区委要求各级党组织将政协工作纳入全局工作。';
    const { text } = article(`<html><head><style>.full{display:none}</style></head><body>${NAVIGATION}
      <div class="preview"><p>${shown}</p></div>
      <div class="article-content full">${`<p>${PARAGRAPH.repeat(3)}</p>`.repeat(8)}</div></body></html>`);
    expect(text).toContain(shown);
    expect(text).not.toContain(PARAGRAPH);
  });

  it('keeps MathJax’s formulas (Readability 0.6.0 takes their containers for menus)', () => {
    const formula = '<mjx-container class="MathJax CtxtMenu_Attached_0" jax="CHTML"><mjx-assistive-mml><math><mi>a</mi><mo>≠</mo><mn>0</mn></math></mjx-assistive-mml></mjx-container>';
    const { text } = article(`<html><body>${NAVIGATION}<div id="content"><p>When ${formula}, there are two solutions to the equation, and they are found by the formula below, as every student learns in school.</p>
      <p>${'The quadratic formula gives both roots at once, and it works for every equation of the second degree. '.repeat(4)}</p></div></body></html>`);
    expect(text).toContain('a≠0');
  });

  it('counts only visible text against Readability’s limit: a page’s scripts do not send it to the cheaper search', () => {
    const script = `<script>var data = "${'x'.repeat(MAX_READABILITY_TEXT + 1000)}";</script>`;
    const related = `<li><a href="/a/1.html">本站推荐：二〇二三年度区政协工作总结与二〇二四年工作打算范文</a></li>`.repeat(40);
    const { text } = article(`<html><body>${script}${NAVIGATION}<div id="content"><p>${PARAGRAPH.repeat(4)}</p><p>${PARAGRAPH.repeat(4)}</p></div>
      <ul>${related}</ul></body></html>`);
    expect(text).toContain(PARAGRAPH);
    expect(text).not.toMatch(/首页|本站推荐/);
  });
});

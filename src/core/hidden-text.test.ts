import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isInvisible, markupStyleOf } from './hidden-text';

function hiddenTexts(html: string): string[] {
  const { document } = parseHTML(`<html><head></head><body>${html}</body></html>`);
  const styleOf = markupStyleOf(document);
  return [...document.querySelectorAll('body *')]
    .filter((element) => isInvisible(styleOf(element)))
    .map((element) => element.textContent ?? '');
}

describe('hidden anti-copy text', () => {
  it('finds inline display:none and font-size:0 watermarks', () => {
    const html =
      '<p>区委<span style="display:none">jey722.cn</span>要求<font style="font-size:0px">新文秘网</font>各级</p>';
    expect(hiddenTexts(html)).toEqual(['jey722.cn', '新文秘网']);
  });

  it('applies the page style sheet by class', () => {
    const html = '<style>.wm{display:none}</style><p>统一<i class="wm">wenmi.cn</i>部署</p>';
    expect(hiddenTexts(html)).toEqual(['wenmi.cn']);
  });

  it('leaves out rules that apply only sometimes (@media)', () => {
    const html = '<style>@media print { .art { display: none } } .wm{display:none}</style><p class="art">正文<i class="wm">x.cn</i></p>';
    expect(hiddenTexts(html)).toEqual(['x.cn']);
  });

  it('keeps text a later or more specific rule shows again, even under @media, and never for print', () => {
    const html =
      '<style>.wm{display:none} .art .wm{display:inline} .tab{display:none} @media (min-width: 800px) { #main .tab { display:block } } ' +
      '@import url(x.css); .gone{opacity:0} @media print { .gone { opacity:1 } } span{display:inline}</style>' +
      '<div class="art"><i class="wm">正文一</i></div><div id="main"><p class="tab">正文二</p></div><p><span class="gone">x.cn</span></p><p><i class="wm">y.cn</i></p>';
    expect(hiddenTexts(html)).toEqual(['x.cn', 'y.cn']);
  });

  it('treats off-screen and same-colour text as hidden', () => {
    expect(isInvisible({ position: 'absolute', left: '-9999px' })).toBe(true);
    expect(isInvisible({ color: '#fff', backgroundColor: '#FFF' })).toBe(true);
    expect(isInvisible({ color: '#333', backgroundColor: '#fff' })).toBe(false);
  });

  it('keeps ordinary visible text', () => {
    expect(hiddenTexts('<p>认真<b>传达</b>会议精神</p>')).toEqual([]);
  });
});

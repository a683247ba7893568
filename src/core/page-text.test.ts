import { describe, expect, it } from 'vitest';
import { parsePage } from '../cli/load-page';
import { LOAD_SAMPLE, pageTextForDetector } from './page-text';

const paragraphs = (count: number, text: string): string => Array.from({ length: count }, () => `<p>${text}</p>`).join('');
const page = (body: string): Document => parsePage(`<html><body>${body}</body></html>`);
/** 40 characters of plain Chinese prose, with none of the detector's marks. */
const PLAIN = '各级党组织要认真学习贯彻会议精神，切实把思想和行动统一到中央的决策部署上来，推动工作落实。';
const TAIL = '未完，全文共12000字';

describe('the page text the detector reads', () => {
  it('leaves out scripts and style sheets', () => {
    const text = pageTextForDetector(page(`<p>${PLAIN}</p><script>var x = "脚本";</script><style>p{}</style>`), Infinity);
    expect(text).toBe(PLAIN);
  });

  it('answers a page that is not mostly Chinese from its first few thousand characters', () => {
    const english = paragraphs(400, 'An ordinary English page with a 中文 link. ');
    expect(pageTextForDetector(page(english + paragraphs(100, PLAIN)), Infinity)).toBe('');
  });

  it('at page load stops after a sample of unmarked text, where the reader reads on', () => {
    const body = paragraphs(1000, PLAIN) + `<p>${TAIL}</p>`;
    const atLoad = pageTextForDetector(page(body), Infinity, LOAD_SAMPLE);
    expect(atLoad.length).toBeGreaterThanOrEqual(LOAD_SAMPLE);
    expect(atLoad.length).toBeLessThan(LOAD_SAMPLE + PLAIN.length);
    expect(pageTextForDetector(page(body), Infinity)).toContain(TAIL);
  });

  it('at page load reads on past the sample when the sample carries damage', () => {
    const damaged = PLAIN.replace('认真', '認真?zhèn)');
    const body = paragraphs(100, PLAIN) + `<p>${damaged}</p>` + paragraphs(600, PLAIN) + `<p>${TAIL}</p>`;
    expect(pageTextForDetector(page(body), Infinity, LOAD_SAMPLE)).toContain(TAIL);
  });
});

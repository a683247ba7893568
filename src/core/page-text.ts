/**
 * The page's text for the detector, read cheaply, the same way in the browser (the detector
 * content script, the reader) and in Node (the CLI, on linkedom). It runs on every page a
 * user visits, so it reads no more than decides:
 *
 * - `body.textContent` would also copy every inline script and style sheet (on some pages a
 *   megabyte of JSON), so the text nodes outside those are walked instead;
 * - a page whose first few thousand characters are not mostly Chinese (an English page with
 *   a 中文 language link) is answered there, without reading the rest;
 * - at page load (`loadSample`), past a sample of the text reading goes on only if the
 *   sample carries a mark that some signal of the detector needs (a `?`, an annotation's
 *   `(`, 未完, 省略, 目录): damage runs through a damaged page's text. The reader, opened
 *   on purpose, reads on regardless.
 */
import { countHan, countVisible } from './text/script-counts';

/** Both cases, so that no name is case-folded per node: HTML names elements in capitals, XHTML as written. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'script', 'style', 'noscript', 'template', 'textarea']);
/** A 文秘 page shows Chinese early: its nav, title and first headings. */
const FIRST_LOOK = 4_000;
/** Share of Han among the first look's non-space characters below which a page is not Chinese. */
const MIN_HAN_SHARE = 0.1;
/** At page load: as much as the floor of any detector that reads the page reads. */
export const LOAD_SAMPLE = 20_000;
/** What every one of the detector's signals needs somewhere in the text (see detect.ts). */
const SIGNAL_MARK = /\?|\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]|未完|省[略畧]|目[录錄]/;
/** NodeFilter.SHOW_TEXT, written out: Node has no NodeFilter global. */
const SHOW_TEXT = 4;

function hanShare(text: string): number {
  const visible = countVisible(text);
  return visible === 0 ? 0 : countHan(text) / visible;
}

export function pageTextForDetector(document: Document, maxChars: number, loadSample = Infinity): string {
  const body = document.body;
  if (!body) return '';
  // No filter function: calling one per node costs more than testing the parent here.
  const walker = document.createTreeWalker(body, SHOW_TEXT);
  const parts: string[] = [];
  let length = 0;
  let nextLook = FIRST_LOOK;
  for (let node = walker.nextNode(); node && length < maxChars; node = walker.nextNode()) {
    if (NOT_TEXT.has(node.parentNode?.nodeName ?? '')) continue;
    const text = node.nodeValue ?? '';
    parts.push(text);
    length += text.length;
    if (length < nextLook) continue;
    if (nextLook === FIRST_LOOK) {
      if (hanShare(parts.join('')) < MIN_HAN_SHARE) return '';
      nextLook = loadSample;
    } else {
      const sample = parts.join('');
      if (!SIGNAL_MARK.test(sample)) return sample;
      nextLook = Infinity;
    }
  }
  return parts.join('');
}

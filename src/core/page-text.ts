/**
 * The page's text for the detector, read cheaply, the same way in the browser (the detector
 * content script, the reader) and in Node (the CLI, on linkedom). `body.textContent` also returns every
 * inline script and style sheet: on some pages a megabyte of JSON, 20 ms to copy. Walking
 * the text nodes outside those costs a fraction, and a page whose first few thousand
 * characters are not mostly Chinese (an English page with a 中文 language link) is
 * answered there without reading the rest.
 */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
/** A 文秘 page shows Chinese early: its nav, title and first headings. */
const FIRST_LOOK = 4_000;
/** Share of Han among the first look's non-space characters below which a page is not Chinese. */
const MIN_HAN_SHARE = 0.1;
/** NodeFilter's values, written out: Node has no NodeFilter global. */
const SHOW_TEXT = 4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

function hanShare(text: string): number {
  const visible = text.replace(/\s+/g, '');
  const han = visible.match(/\p{Script=Han}/gu)?.length ?? 0;
  return visible.length === 0 ? 0 : han / visible.length;
}

export function pageTextForDetector(document: Document, maxChars: number): string {
  const body = document.body;
  if (!body) return '';
  const walker = document.createTreeWalker(body, SHOW_TEXT, {
    acceptNode: (node) => (NOT_TEXT.has(node.parentElement?.tagName.toUpperCase() ?? '') ? FILTER_REJECT : FILTER_ACCEPT),
  });
  const parts: string[] = [];
  let length = 0;
  let lookedFirst = false;
  for (let node = walker.nextNode(); node && length < maxChars; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    parts.push(text);
    length += text.length;
    if (!lookedFirst && length >= FIRST_LOOK) {
      lookedFirst = true;
      if (hanShare(parts.join('')) < MIN_HAN_SHARE) return '';
    }
  }
  return parts.join('');
}

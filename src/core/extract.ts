/**
 * Page chrome (nav, login box, VIP prompt, related links, ads) goes by running Mozilla
 * Readability on a clone of the page from which invisible elements were removed; the
 * article element it returns is then flattened into lines, since these sites separate
 * paragraphs with `<br>` as often as with `<p>`.
 */
import { Readability } from '@mozilla/readability';
import { isInvisible, type StyleOf } from './hidden-text';

/** A line of the article; `headingTag` when it was a whole `<h2>`…`<h6>` of the page. */
export interface ExtractedLine {
  text: string;
  headingTag?: number;
}

export interface ExtractedPage {
  title: string;
  siteNames: string[];
  lines: ExtractedLine[];
  /** Hidden elements' text that was dropped, for the change log. */
  hiddenTexts: string[];
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'TR', 'UL',
]);
const TITLE_SEPARATORS = /\s+[-|–—]\s+|_|｜|\|/;

/** Clones the document, leaving out every element the reader cannot see. */
export function visibleClone(document: Document, styleOf: StyleOf): { clone: Document; hiddenTexts: string[] } {
  const clone = document.cloneNode(true) as Document;
  const originals = [...document.querySelectorAll('body *')];
  const copies = [...clone.querySelectorAll('body *')];
  const hidden: Element[] = [];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (copy && !['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(original.tagName) && isInvisible(styleOf(original))) {
      hidden.push(copy);
    }
  });
  const hiddenSet = new Set(hidden);
  const insideHidden = (element: Element): boolean => {
    for (let parent = element.parentElement; parent; parent = parent.parentElement) if (hiddenSet.has(parent)) return true;
    return false;
  };
  const hiddenTexts: string[] = [];
  for (const element of hidden.filter((candidate) => !insideHidden(candidate))) {
    const text = (element.textContent ?? '').trim();
    if (text) hiddenTexts.push(text);
    element.remove();
  }
  return { clone, hiddenTexts };
}

/** Text lines of an element: `<br>` and block elements break lines; other white space collapses. */
export function elementLines(root: Element): ExtractedLine[] {
  const lines: ExtractedLine[] = [];
  let current = '';
  let headingTag: number | undefined;
  const breakLine = (): void => {
    const text = current.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (text) lines.push(headingTag ? { text, headingTag } : { text });
    current = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'BR') return breakLine();
    if (tag === 'SCRIPT' || tag === 'STYLE') return;
    const block = BLOCK_TAGS.has(tag);
    if (block) breakLine();
    const heading = /^H[2-6]$/.test(tag) ? Number(tag[1]) : undefined;
    if (heading) headingTag = heading;
    node.childNodes.forEach(walk);
    if (block) breakLine();
    if (heading) headingTag = undefined;
  };
  walk(root);
  breakLine();
  return lines;
}

function metaContent(document: Document, selector: string): string {
  return document.querySelector(selector)?.getAttribute('content')?.trim() ?? '';
}

/**
 * The article title: the page's `<h1>` when the document title starts with it, else the
 * document title's first segment (sites append " - 栏目 - 站名").
 */
function pageTitle(document: Document): string {
  const documentTitle = (document.querySelector('title')?.textContent ?? '').trim();
  const firstSegment = documentTitle.split(TITLE_SEPARATORS)[0]?.trim() ?? '';
  const headings = [...document.querySelectorAll('h1')].map((h) => (h.textContent ?? '').trim()).filter(Boolean);
  const matching = headings.find((heading) => firstSegment && (heading.startsWith(firstSegment) || firstSegment.startsWith(heading)));
  return matching ?? (firstSegment || headings[0] || '');
}

/** Longest text of a link that names its site, as in `<a href="http://jey722.cn">新文秘網</a>`. */
const MAX_LINKED_NAME = 10;

/** Short texts of links to a site's front page: what a site calls itself. */
function frontPageLinkNames(document: Document): string[] {
  return [...document.querySelectorAll('a[href]')]
    .filter((link) => {
      const href = link.getAttribute('href') ?? '';
      return href === '/' || /^(?:https?:)?\/\/[^/?#]+\/?$/i.test(href);
    })
    .map((link) => (link.textContent ?? '').trim())
    .filter((text) => text.length >= 2 && text.length <= MAX_LINKED_NAME && /[网網站]$|\.[a-z]{2,4}$/i.test(text));
}

/** The names a site signs its pages with: the title's last segment, og:site_name, the logo, front-page links. */
function siteNames(document: Document): string[] {
  const documentTitle = (document.querySelector('title')?.textContent ?? '').trim();
  const segments = documentTitle.split(TITLE_SEPARATORS).map((s) => s.trim());
  const candidates = [
    segments.length > 1 ? segments[segments.length - 1] : '',
    metaContent(document, 'meta[property="og:site_name"]'),
    metaContent(document, 'meta[name="application-name"]'),
    document.querySelector('.logo img, #logo img, header img')?.getAttribute('alt') ?? '',
    document.querySelector('.logo, #logo')?.textContent ?? '',
    ...frontPageLinkNames(document),
  ];
  return [...new Set(candidates.map((name) => (name ?? '').trim()).filter((name) => name.length >= 2 && name.length <= 20))];
}

/**
 * Nesting beyond any real page's. Readability's work grows with the square of the depth
 * (800 nested divs take it seconds), so past this the whole visible body is the article.
 */
const MAX_NESTING = 150;

function nestingDepth(root: Element): number {
  const depthOf = new Map<Element, number>([[root, 0]]);
  let deepest = 0;
  for (const element of root.querySelectorAll('*')) {
    const depth = (element.parentElement ? (depthOf.get(element.parentElement) ?? 0) : 0) + 1;
    depthOf.set(element, depth);
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

export function extractPage(document: Document, styleOf: StyleOf): ExtractedPage {
  const title = pageTitle(document);
  const names = siteNames(document);
  const { clone, hiddenTexts } = visibleClone(document, styleOf);
  const tooDeep = clone.body !== null && nestingDepth(clone.body) > MAX_NESTING;
  const article = tooDeep ? null : new Readability(clone, { serializer: (element: Node) => element }).parse();
  const content = article?.content as unknown as Element | null | undefined;
  const root = content ?? clone.body;
  return { title, siteNames: names, lines: root ? elementLines(root) : [], hiddenTexts };
}

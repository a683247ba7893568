/**
 * Page chrome (nav, login box, VIP prompt, related links, ads) goes by running Mozilla
 * Readability on a clone of the page from which invisible elements were removed; the
 * article element it returns is then flattened into lines, since these sites separate
 * paragraphs with `<br>` as often as with `<p>`.
 */
import { Readability } from '@mozilla/readability';
import { isHiddenPicture, isInvisible, type StyleOf } from './hidden-text';
import { normalisedLine, offsetsInNormalisedLine, SpanRecorder } from './inline-spans';
import type { InlineSpan } from './model';
import { Containers, type Opened } from './line-containers';
import { inlineSpanOf, pictureOf, type LineContainer, type Picture } from './rich-elements';
import { pageTitle, siteNames } from './title-and-site-names';

/**
 * A line of the article; `headingTag` when it was a whole `<h2>`…`<h6>` of the page,
 * `afterBreak` when only a `<br>` separates it from the line before (the one place a line
 * can be broken inside a paragraph), `preformatted` inside `<pre>` (code, verse laid out
 * by hand), where every line break is the page's own. `container` is the list item, table
 * cell, quote, caption or `<pre>` it belongs to; `picture` a picture of the article, on a
 * line of its own with no text; `cellPictures` those inside a table cell's line.
 */
export interface ExtractedLine {
  text: string;
  headingTag?: number;
  afterBreak?: true;
  preformatted?: true;
  container?: LineContainer;
  picture?: Picture;
  cellPictures?: Picture[];
  /** Links and emphasis in `text`. */
  spans?: InlineSpan[];
}

export interface ExtractedPage {
  title: string;
  siteNames: string[];
  lines: ExtractedLine[];
  /** Hidden elements' text that was dropped, for the change log. */
  hiddenTexts: string[];
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'TR', 'UL',
]);
/** How many elements' styles are read between two yields of `visibleCloneSteps`. */
const ELEMENTS_PER_STEP = 200;

/**
 * Whether an element's style hides it. Text can be hidden in many ways (see isInvisible);
 * an element that shows only pictures is hidden only by what hides a picture (a lazy
 * loader's faded-in wrapper stays). Its text is read only for the few elements whose
 * style would hide text.
 */
function hides(element: Element, style: ReturnType<StyleOf>): boolean {
  if (!isInvisible(style)) return false;
  const onlyPictures = element.tagName === 'IMG' || (element.querySelector('img') !== null && !(element.textContent ?? '').trim());
  return !onlyPictures || isHiddenPicture(style);
}

/**
 * Clones the document, leaving out every element the reader cannot see. A generator that
 * yields every few hundred elements: reading the computed style of each element of a huge
 * page takes longer than a tab should be blocked.
 */
export function* visibleCloneSteps(document: Document, styleOf: StyleOf): Generator<void, { clone: Document; hiddenTexts: string[] }> {
  const clone = document.cloneNode(true) as Document;
  yield;
  const originals = [...document.querySelectorAll('body *')];
  yield;
  const copies = [...clone.querySelectorAll('body *')];
  yield;
  const hidden: Element[] = [];
  for (const [i, original] of originals.entries()) {
    const copy = copies[i];
    if (copy && !['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(original.tagName) && hides(original, styleOf(original))) {
      hidden.push(copy);
    }
    if (i % ELEMENTS_PER_STEP === ELEMENTS_PER_STEP - 1) yield;
  }
  const hiddenSet = new Set(hidden);
  const insideHidden = (element: Element): boolean => {
    for (let parent = element.parentElement; parent; parent = parent.parentElement) if (hiddenSet.has(parent)) return true;
    return false;
  };
  const hiddenTexts: string[] = [];
  // A page can hide text in every paragraph: tens of thousands of elements to take out.
  for (const [i, element] of hidden.filter((candidate) => !insideHidden(candidate)).entries()) {
    const text = (element.textContent ?? '').trim();
    if (text) hiddenTexts.push(text);
    element.remove();
    if (i % ELEMENTS_PER_STEP === ELEMENTS_PER_STEP - 1) yield;
  }
  return { clone, hiddenTexts };
}

/** How many nodes the walks of a huge article read between two yields. */
const NODES_PER_STEP = 2_000;

/** Where `elementLinesSteps` is in its walk: entering a node, or leaving an element. */
type Visit = { node: Node } | { leaving: { block: boolean; heading: boolean; pre: boolean; opened: Opened; span: boolean } };

/**
 * Text lines of an element: `<br>` and block elements break lines; other white space
 * collapses. In steps, for an article of megabytes; the walk keeps its own stack, so that
 * it can stop anywhere and no nesting is too deep for it.
 */
export function* elementLinesSteps(root: Element): Generator<void, ExtractedLine[]> {
  const lines: ExtractedLine[] = [];
  let current = '';
  let headingTag: number | undefined;
  let preDepth = 0;
  let afterBreak = false;
  const containers = new Containers();
  let cellPictures: Picture[] = [];
  const spanRecorder = new SpanRecorder();
  const breakLine = (): void => {
    const pre = preDepth > 0;
    const text = normalisedLine(current, pre);
    const spans = spanRecorder.idle ? [] : spanRecorder.endLine(current.length, offsetsInNormalisedLine(current, pre));
    const container = containers.current;
    if (text.trim() || cellPictures.length > 0) {
      lines.push({
        text,
        ...(headingTag ? { headingTag } : {}),
        ...(afterBreak ? { afterBreak: true as const } : {}),
        ...(preDepth > 0 ? { preformatted: true as const } : {}),
        ...(container ? { container } : {}),
        ...(cellPictures.length > 0 ? { cellPictures } : {}),
        ...(spans.length > 0 ? { spans } : {}),
      });
    }
    cellPictures = [];
    current = '';
  };
  const stack: Visit[] = [{ node: root }];
  for (let visited = 1; stack.length > 0; visited++) {
    if (visited % NODES_PER_STEP === 0) yield;
    const visit = stack.pop() as Visit;
    if ('leaving' in visit) {
      if (visit.leaving.block) breakLine();
      if (visit.leaving.block) afterBreak = false;
      if (visit.leaving.heading) headingTag = undefined;
      if (visit.leaving.pre) preDepth--;
      containers.leave(visit.leaving.opened);
      if (visit.leaving.span) spanRecorder.leave(current.length);
      continue;
    }
    const { node } = visit;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (preDepth === 0 || !value.includes('\n')) {
        current += value;
        continue;
      }
      // In <pre> a newline is a line of its own: code and its output keep their lines.
      const [first, ...rest] = value.split('\n');
      current += first;
      for (const piece of rest) {
        breakLine();
        current = piece;
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'BR') {
      breakLine();
      afterBreak = true;
      continue;
    }
    if (tag === 'SCRIPT' || tag === 'STYLE') continue;
    if (tag === 'IMG') {
      const inCell = containers.current?.kind === 'cell';
      const picture = pictureOf(node as Element, { icons: inCell });
      if (picture && inCell) cellPictures.push(picture);
      else if (picture && !containers.inTable) {
        breakLine();
        lines.push({ text: '', picture });
        afterBreak = false;
      }
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      breakLine();
      afterBreak = false;
    }
    const opened = containers.enter(node as Element, tag);
    const heading = /^H[2-6]$/.test(tag);
    if (heading) headingTag = Number(tag[1]);
    const pre = tag === 'PRE';
    if (pre) preDepth++;
    const span = inlineSpanOf(node as Element, tag);
    const recorded = span !== undefined && spanRecorder.enter(span, current.length);
    stack.push({ leaving: { block, heading, pre, opened, span: recorded } });
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push({ node: child });
  }
  breakLine();
  return lines;
}

/**
 * Nesting beyond any real page's. Readability's work grows with the square of the depth
 * (800 nested divs take it seconds), so past this the article is found without it.
 */
const MAX_NESTING = 150;

/**
 * Text beyond any real article's: Readability runs in one go and takes about 0.4 s per
 * megabyte in Chromium, longer than a tab may be blocked, so past this it is not used.
 */
export const MAX_READABILITY_TEXT = 300_000;

/** Whether an element holds more text than `limit`, read only until it does: a huge page's `textContent` is megabytes to copy. */
function textLongerThan(root: Element, limit: number): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  let length = 0;
  for (let node = walker.nextNode(); node && length <= limit; node = walker.nextNode()) length += node.nodeValue?.length ?? 0;
  return length > limit;
}

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

const PARAGRAPH_TAGS = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE']);

/**
 * Readability's central idea without its cost, for pages it cannot take: the article is the
 * element whose paragraphs (its own text, or its `<p>` children's) hold the most text.
 * Hand-written because Readability offers no cheaper mode; one walk over the text, in steps.
 */
function* wordiestContainerSteps(body: Element): Generator<void, Element> {
  const textOf = new Map<Element, number>();
  const walker = body.ownerDocument.createTreeWalker(body, 4);
  let visited = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++visited % NODES_PER_STEP === 0) yield;
    let block = node.parentElement;
    // Bounded, so that text deep inside thousands of nested inline elements stays linear.
    for (let hops = 0; block && block !== body && !BLOCK_TAGS.has(block.tagName.toUpperCase()) && hops < MAX_NESTING; hops++) block = block.parentElement;
    if (!block || ['SCRIPT', 'STYLE'].includes(block.tagName.toUpperCase())) continue;
    const container = PARAGRAPH_TAGS.has(block.tagName.toUpperCase()) && block.parentElement ? block.parentElement : block;
    textOf.set(container, (textOf.get(container) ?? 0) + (node.nodeValue ?? '').trim().length);
  }
  let best = body;
  let most = 0;
  for (const [container, length] of textOf) {
    if (length > most) [best, most] = [container, length];
  }
  return best;
}

/** The page's article as lines, with its title and the names the site signs it with; in steps (see `visibleCloneSteps`). */
export function* extractPageSteps(document: Document, styleOf: StyleOf): Generator<void, ExtractedPage> {
  const title = pageTitle(document);
  const names = siteNames(document);
  const { clone, hiddenTexts } = yield* visibleCloneSteps(document, styleOf);
  yield;
  const body = clone.body;
  if (!body) return { title, siteNames: names, lines: [], hiddenTexts };
  const readable = !textLongerThan(body, MAX_READABILITY_TEXT) && nestingDepth(body) <= MAX_NESTING;
  const article = readable ? new Readability(clone, { serializer: (element: Node) => element }).parse() : null;
  const content = article?.content as unknown as Element | null | undefined;
  yield;
  const root = content ?? (readable ? body : yield* wordiestContainerSteps(body));
  yield;
  return { title, siteNames: names, lines: yield* elementLinesSteps(root), hiddenTexts };
}

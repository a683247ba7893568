/**
 * The page's article as lines: the element article-element.ts chooses (Readability's
 * choice, without what the reader cannot see) is flattened into lines, since these sites
 * separate paragraphs with `<br>` as often as with `<p>`.
 */
import { articleElementSteps } from './article-element';
import type { StyleOf } from './hidden-text';
import { normalisedLine, offsetsInNormalisedLine, SpanRecorder } from './inline-spans';
import type { ChromeRole, InlineSpan } from './model';
import { elementHint } from './roles/element-hints';
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
  /** In a text: only a line break separates it from the line before (input/text-lines.ts). */
  afterNewline?: true;
  preformatted?: true;
  container?: LineContainer;
  picture?: Picture;
  cellPictures?: Picture[];
  /** Links and emphasis in `text`. */
  spans?: InlineSpan[];
  /** What the small block element the line sits in calls itself (`<p class="meta">`). */
  hint?: ChromeRole;
}

export interface ExtractedPage {
  title: string;
  siteNames: string[];
  lines: ExtractedLine[];
  /** Hidden elements' text that was dropped, for the change log. */
  hiddenTexts: string[];
}

/** Elements that end a line before and after them. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'TR', 'UL',
]);

/** How many nodes the walks of a huge article read between two yields. */
const NODES_PER_STEP = 2_000;

/** Where `elementLinesSteps` is in its walk: entering a node, or leaving an element. */
type Visit = { node: Node } | { leaving: { block: boolean; heading: boolean; pre: boolean; opened: Opened; span: boolean; hinted: boolean } };

/** A block element this small that names itself (`<p class="meta">`) gives its lines that hint; a wrapper says nothing of them. */
const MAX_HINTED_TEXT = 200;

function blockHint(element: Element, tag: string): ChromeRole | undefined {
  const hint = elementHint(tag, `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`);
  return hint && (element.textContent ?? '').length <= MAX_HINTED_TEXT ? hint : undefined;
}

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
  const hints: ChromeRole[] = [];
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
        ...(hints.length > 0 ? { hint: hints.at(-1) } : {}),
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
      if (visit.leaving.hinted) hints.pop();
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
    const hint = block && node !== root ? blockHint(node as Element, tag) : undefined;
    if (hint) hints.push(hint);
    const opened = containers.enter(node as Element, tag);
    const heading = /^H[2-6]$/.test(tag);
    if (heading) headingTag = Number(tag[1]);
    const pre = tag === 'PRE';
    if (pre) preDepth++;
    const span = inlineSpanOf(node as Element, tag);
    const recorded = span !== undefined && spanRecorder.enter(span, current.length);
    stack.push({ leaving: { block, heading, pre, opened, span: recorded, hinted: hint !== undefined } });
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push({ node: child });
  }
  breakLine();
  return lines;
}

/** The page's article as lines, with its title and the names the site signs it with; in steps (see article-element.ts). */
export function* extractPageSteps(document: Document, styleOf: StyleOf): Generator<void, ExtractedPage> {
  const title = pageTitle(document);
  const names = siteNames(document);
  const article = yield* articleElementSteps(document, styleOf);
  if (!article) return { title, siteNames: names, lines: [], hiddenTexts: [] };
  yield;
  return { title, siteNames: names, lines: yield* elementLinesSteps(article.root), hiddenTexts: article.hiddenTexts };
}

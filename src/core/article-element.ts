/**
 * Which element of a page is its article. Mozilla Readability chooses, on a clone of the
 * page in which the elements a reader cannot see are marked, not removed: taking them out
 * first changes Readability's scores and so its choice (on nytimes-5 the whole site's
 * navigation came in), and Qingyue must never choose worse than Readability alone. Only
 * then does the hidden text inside the chosen article go.
 *
 * A page that hides most of that article (a crawler's full copy under a member's visible
 * part) is asked again without its hidden elements, so that hidden text never comes back:
 * Qingyue shows what the page shows. Pages too large or too deeply nested for Readability
 * take the element whose paragraphs hold the most text.
 */
import { Readability } from '@mozilla/readability';
import { isHiddenPicture, isInvisible, type StyleOf } from './hidden-text';

/** Marks a hidden element of the clone; Readability keeps an element's other attributes. */
const HIDDEN_MARK = 'data-qingyue-hidden';
const NOT_CONTENT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** How many elements' styles are read between two yields. */
const ELEMENTS_PER_STEP = 200;
/** How many nodes a walk of a huge page reads between two yields. */
const NODES_PER_STEP = 2_000;
/** Hidden text can be at most this share of the chosen article's: more, and it is a copy the page does not show. */
const MAX_HIDDEN_SHARE = 0.5;

/**
 * Nesting beyond any real page's. Readability's work grows with the square of the depth
 * (800 nested divs take it seconds), so past this the article is found without it.
 */
const MAX_NESTING = 150;

/**
 * Visible text beyond any real article's: Readability runs in one go and takes about 0.4 s per
 * megabyte in Chromium, longer than a tab may be blocked, so past this it is not used.
 * Scripts and styles do not count: a news page carries hundreds of kilobytes of them.
 */
export const MAX_READABILITY_TEXT = 300_000;

export interface ArticleElement {
  /** The article, in a clone of the page, without what the reader cannot see. */
  root: Element;
  /** Text of the page's hidden elements, left out wherever they were, for the change log. */
  hiddenTexts: string[];
}

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
 * Clones the document and marks every element the reader cannot see. A generator that
 * yields every few hundred elements: reading the computed style of each element of a huge
 * page takes longer than a tab should be blocked.
 */
function* markedCloneSteps(document: Document, styleOf: StyleOf): Generator<void, { clone: Document; hiddenTexts: string[] }> {
  const clone = document.cloneNode(true) as Document;
  yield;
  const originals = [...document.querySelectorAll('body *')];
  yield;
  const copies = [...clone.querySelectorAll('body *')];
  yield;
  const hiddenTexts: string[] = [];
  for (const [i, original] of originals.entries()) {
    const copy = copies[i];
    if (i % ELEMENTS_PER_STEP === ELEMENTS_PER_STEP - 1) yield;
    if (!copy || copy.hasAttribute(HIDDEN_MARK) || NOT_CONTENT.has(original.tagName.toUpperCase()) || !hides(original, styleOf(original))) continue;
    // All that it holds is hidden with it: Readability may choose an element inside.
    copy.setAttribute(HIDDEN_MARK, '');
    for (const inside of copy.querySelectorAll('*')) inside.setAttribute(HIDDEN_MARK, '');
    const text = contentText(copy);
    if (text) hiddenTexts.push(text);
  }
  return { clone, hiddenTexts };
}

/** An element's text without its scripts' and styles'. */
function contentText(element: Element): string {
  const walker = element.ownerDocument.createTreeWalker(element, 4);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!NOT_CONTENT.has(node.parentElement?.tagName.toUpperCase() ?? '')) text += node.nodeValue ?? '';
  return text.trim();
}

/** Removes the marked elements under `root` (the outermost of each nest), in steps. */
function* removeHiddenSteps(root: Element): Generator<void, void> {
  // A page can hide text in every paragraph: tens of thousands of elements to take out.
  for (const [i, element] of [...root.querySelectorAll(`[${HIDDEN_MARK}]`)].entries()) {
    if (!element.parentElement?.hasAttribute(HIDDEN_MARK)) element.remove();
    if (i % ELEMENTS_PER_STEP === ELEMENTS_PER_STEP - 1) yield;
  }
}

/** Visible text: what text nodes hold outside scripts and styles. */
function* contentTextLengthSteps(root: Element, limit = Infinity): Generator<void, number> {
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  let length = 0;
  let visited = 0;
  for (let node = walker.nextNode(); node && length <= limit; node = walker.nextNode()) {
    if (++visited % NODES_PER_STEP === 0) yield;
    if (!NOT_CONTENT.has(node.parentElement?.tagName.toUpperCase() ?? '')) length += node.nodeValue?.trim().length ?? 0;
  }
  return length;
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

/**
 * Readability 0.6.0, the release on npm, takes MathJax's containers (class `MathJax
 * CtxtMenu_Attached_0`, where `Menu` looks like a menu) for unlikely candidates and drops every
 * formula; its main branch has since added `mathjax` to the classes that may be content. The
 * same list, with that word, until a release carries it.
 */
const MAYBE_CONTENT = /and|article|body|column|content|main|mathjax|shadow/i;

function readabilityArticle(document: Document): Element | undefined {
  // Classes kept: the line roles read what an element calls itself (element-hints.ts).
  const readability = new Readability(document, { serializer: (element: Node) => element, keepClasses: true });
  const patterns = (readability as unknown as { REGEXPS: Record<string, RegExp> }).REGEXPS;
  (readability as unknown as { REGEXPS: Record<string, RegExp> }).REGEXPS = { ...patterns, okMaybeItsACandidate: MAYBE_CONTENT };
  const content = readability.parse()?.content as unknown as Element | null | undefined;
  return content ?? undefined;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'TR', 'UL',
]);
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
    if (!block || NOT_CONTENT.has(block.tagName.toUpperCase())) continue;
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

/** The page's article element, in steps (see `markedCloneSteps`); undefined for a page without a body. */
export function* articleElementSteps(document: Document, styleOf: StyleOf): Generator<void, ArticleElement | undefined> {
  const { clone, hiddenTexts } = yield* markedCloneSteps(document, styleOf);
  const body = clone.body;
  if (!body) return undefined;
  const tooLarge = (yield* contentTextLengthSteps(body, MAX_READABILITY_TEXT)) > MAX_READABILITY_TEXT || nestingDepth(body) > MAX_NESTING;
  if (tooLarge) {
    yield* removeHiddenSteps(body);
    return { root: yield* wordiestContainerSteps(body), hiddenTexts };
  }
  const chosen = readabilityArticle(clone);
  yield;
  if (chosen) {
    const whole = yield* contentTextLengthSteps(chosen);
    yield* removeHiddenSteps(chosen);
    if ((yield* contentTextLengthSteps(chosen)) >= whole * (1 - MAX_HIDDEN_SHARE)) return { root: chosen, hiddenTexts };
  }
  // Readability changed the clone it read: the second reading, rare, makes its own.
  const visible = (yield* markedCloneSteps(document, styleOf)).clone;
  const visibleBody = visible.body ?? body;
  yield* removeHiddenSteps(visibleBody);
  yield;
  return { root: readabilityArticle(visible) ?? visibleBody, hiddenTexts };
}

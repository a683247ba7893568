/**
 * The article in the reader: its outline beside it, the reading time and, when asked, the
 * changes marked. A huge article shows its first blocks at once and the rest in slices after
 * the paint; the whole page replaces its first screen without moving what is in view.
 */
import type { CleanDocument } from '../core';
import { t } from '../extension/i18n';
import { timeSlices } from '../extension/time-slices';
import { marksByBlock } from './change-marks';
import { droppedByPlace } from './dropped-lines';
import { blockAtTop } from './place-in-view';
import { readingMinutes } from './reading-time';
import { renderArticle, renderBlocks, renderChangeSummary, renderOutline, type Make, type ShownChanges } from './render';

/** Blocks shown at once; a longer article gets the rest in slices, a chunk at a time. */
const FIRST_BLOCKS = 60;
const BLOCKS_PER_CHUNK = 100;

export interface ArticleShown {
  document: CleanDocument;
  showChanges: boolean;
  lang: string;
}

export interface ArticleView {
  /** `firstBlocks`: how many blocks come in this task, the rest in slices after the paint. */
  render: (shown: ArticleShown, firstBlocks?: number) => void;
  replaceFirstScreen: (shown: ArticleShown) => void;
}

export function articleView(
  view: Window,
  make: Make,
  parts: { shadow: ShadowRoot; layout: HTMLElement; scroller: HTMLElement },
  outline: { select: (block: number) => void; copySection: (entryIndex: number) => void },
  afterPaint: () => void,
  restoreLine: (change: number) => void,
): ArticleView {
  const { shadow, layout, scroller } = parts;
  let renders = 0;

  /** The rest of a huge article, in chunks the browser can lay out (or skip, off screen) as one. */
  const renderRest = async (generation: number, article: HTMLElement, document: CleanDocument, changes: ShownChanges, firstBlocks: number): Promise<void> => {
    const slices = timeSlices(() => view.performance.now(), () => undefined);
    // The first paint comes first.
    await slices.next(0);
    for (let from = firstBlocks; from < document.blocks.length && generation === renders; from += BLOCKS_PER_CHUNK) {
      const chunk = make('div', 'qy-chunk');
      chunk.append(...renderBlocks(make, document, changes, from, from + BLOCKS_PER_CHUNK));
      article.append(chunk);
      if (slices.due()) await slices.next(from / document.blocks.length);
    }
  };

  const render = ({ document, showChanges, lang }: ArticleShown, firstBlocks = FIRST_BLOCKS): void => {
    const generation = ++renders;
    layout.querySelector('.qy-outline')?.remove();
    if (document.outline.length > 0) layout.prepend(renderOutline(make, document, outline));
    const changes: ShownChanges = showChanges ? { marks: marksByBlock(document), dropped: droppedByPlace(document) } : { marks: new Map(), dropped: new Map() };
    const article = renderArticle(make, document, changes, firstBlocks);
    article.addEventListener('click', (event) => {
      const restore = (event.target as Element | null)?.closest?.('.qy-restore') as HTMLElement | null;
      if (restore?.dataset.change) restoreLine(Number(restore.dataset.change));
    });
    const meta = make('p', 'qy-meta', t('readingTime', readingMinutes(document)));
    article.querySelector('.qy-title')?.after(meta);
    if (showChanges) meta.after(renderChangeSummary(make, document));
    scroller.replaceChildren(article);
    article.lang = lang;
    // After the paint, when layout is done anyway: asking for it now would add it to this task.
    view.requestAnimationFrame(() => view.setTimeout(afterPaint));
    if (document.blocks.length > firstBlocks) void renderRest(generation, article, document, changes, firstBlocks);
  };

  /** Everything the first screen showed is drawn in one task, and the block at the top of the view stays where it is. */
  const replaceFirstScreen = (shown: ArticleShown): void => {
    const top = scroller.getBoundingClientRect().top;
    const shownBefore = scroller.querySelectorAll('[id^="qy-block-"]').length;
    const inView = blockAtTop(scroller);
    const anchor = inView && { element: inView.element, offset: inView.box.top - top };
    const anchorId = anchor?.element.id;
    render(shown, Math.max(FIRST_BLOCKS, shownBefore));
    const moved = anchorId ? shadow.getElementById(anchorId) : null;
    if (anchor && moved) scroller.scrollTop += moved.getBoundingClientRect().top - top - anchor.offset;
  };

  return { render, replaceFirstScreen };
}

/**
 * The reading place on screen: which block is at the top of the view and how far into it
 * (kept by reading-place-store.ts), and scrolling back there when the page is reopened.
 */
import type { ReadingPlace } from './reading-place';
import { blockId } from './render';

/** How long after scrolling stops the place is kept. */
export const KEEP_PLACE_AFTER_MS = 400;
/** How long a place's block may take to appear: a huge article adds its blocks in chunks after the first paint. */
const WAIT_FOR_PLACE_MS = 3_000;

/**
 * The first block whose bottom is below the top of the view. A binary search, the blocks
 * going down the article in order: a huge one has thousands, and each box asks for layout.
 */
export function blockAtTop(scroller: HTMLElement): { element: HTMLElement; box: DOMRect } | undefined {
  const blocks = scroller.querySelectorAll<HTMLElement>('[id^="qy-block-"]');
  const top = scroller.getBoundingClientRect().top;
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((blocks[middle]?.getBoundingClientRect().bottom ?? top) > top) high = middle;
    else low = middle + 1;
  }
  const element = blocks[low];
  return element ? { element, box: element.getBoundingClientRect() } : undefined;
}

/** The block at the top of the view, and how far into it. */
export function placeInView(scroller: HTMLElement): ReadingPlace | undefined {
  const inView = blockAtTop(scroller);
  if (!inView) return undefined;
  const { element, box } = inView;
  const into = box.height > 0 ? Math.max(0, (scroller.getBoundingClientRect().top - box.top) / box.height) : 0;
  return { block: Number(element.id.slice('qy-block-'.length)), into, at: Date.now() };
}

export async function returnTo(place: ReadingPlace, shadow: ShadowRoot, scroller: HTMLElement, view: Window): Promise<void> {
  const deadline = view.performance.now() + WAIT_FOR_PLACE_MS;
  let target = shadow.getElementById(blockId(place.block));
  while (!target && view.performance.now() < deadline) {
    await new Promise((next) => view.requestAnimationFrame(next));
    target = shadow.getElementById(blockId(place.block));
  }
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  scroller.scrollTop += place.into * target.getBoundingClientRect().height;
}

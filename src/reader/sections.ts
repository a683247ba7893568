/**
 * Moving by section: the blocks that start one (headings and outline entries), which of
 * them is at the top of the view, and the next or previous one. The outline marks the
 * current section and the keyboard steps through them.
 */
import type { CleanDocument } from '../core';
import { blockId } from './render';

export interface SectionNavigator {
  /** The block that starts the section the view is in. */
  current: () => number | undefined;
  /** The block that starts the next (1) or the previous (-1) section from the view. */
  step: (direction: 1 | -1) => number | undefined;
}

export function sectionNavigator(shadow: ShadowRoot, scroller: HTMLElement, shown: () => CleanDocument): SectionNavigator {
  let sections: { of: CleanDocument; blocks: number[] } | undefined;
  const sectionBlocks = (): number[] => {
    const document = shown();
    if (sections?.of !== document) {
      const headings = document.blocks.flatMap((block, i) => (block.kind === 'heading' ? [i] : []));
      const entries = document.outline.flatMap((entry) => (entry.block === undefined ? [] : [entry.block]));
      sections = { of: document, blocks: [...new Set([...headings, ...entries])].sort((a, b) => a - b) };
    }
    return sections.blocks;
  };

  /**
   * Index of the first section whose distance below the top of the text passes `test`, which
   * holds from some section on (distances grow down the article). A binary search: a huge
   * article has thousands of sections, and each distance asks for layout.
   */
  const firstSectionWhere = (test: (offset: number) => boolean): number => {
    const blocks = sectionBlocks();
    const top = scroller.getBoundingClientRect().top;
    let low = 0;
    let high = blocks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const element = shadow.getElementById(blockId(blocks[middle] ?? 0));
      if (element && test(element.getBoundingClientRect().top - top)) high = middle;
      else low = middle + 1;
    }
    return low;
  };

  return {
    current: () => sectionBlocks()[firstSectionWhere((offset) => offset > 32) - 1],
    step: (direction) => sectionBlocks()[direction === 1 ? firstSectionWhere((offset) => offset > 4) : firstSectionWhere((offset) => offset >= -4) - 1],
  };
}

/** The outline's links to the current section, and only they, say so. */
export function markCurrentSection(shadow: ShadowRoot, current: number | undefined): void {
  for (const link of shadow.querySelectorAll<HTMLElement>('.qy-outline-link[aria-current]')) {
    if (Number(link.dataset.block) !== current) link.removeAttribute('aria-current');
  }
  if (current !== undefined) {
    for (const link of shadow.querySelectorAll<HTMLElement>(`.qy-outline-link[data-block="${current}"]`)) link.setAttribute('aria-current', 'true');
  }
}

/** On narrow windows the outline is a drawer over the article, opened from the toolbar. */
export function outlineDrawer(root: HTMLElement, shadow: ShadowRoot, toggle: HTMLButtonElement): { isOpen: () => boolean; set: (open: boolean) => void } {
  return {
    isOpen: () => root.dataset.drawer === 'open',
    set(open) {
      const outline = root.querySelector<HTMLElement>('.qy-outline');
      const focusWasInside = outline?.contains(shadow.activeElement) ?? false;
      root.dataset.drawer = open ? 'open' : 'closed';
      toggle.setAttribute('aria-expanded', String(open));
      if (open) (outline?.querySelector<HTMLElement>('[aria-current="true"]') ?? outline?.querySelector<HTMLElement>('.qy-outline-link'))?.focus();
      else if (focusWasInside) toggle.focus();
    },
  };
}

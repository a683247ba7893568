/** Reading time the way Firefox's Reader View estimates it: Chinese at about 255 characters a minute. */
import type { CleanDocument } from '../core/model';

export const CHINESE_CHARACTERS_PER_MINUTE = 255;

/** Runs of Han characters: counted by length, not one match per character, which on a huge page would make millions of strings. */
const HAN_RUN = /\p{Script=Han}+/gu;
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

function hanCount(text: string): number {
  let count = 0;
  for (const [run] of text.matchAll(HAN_RUN)) count += run.length - (run.match(SURROGATE_PAIR)?.length ?? 0);
  return count;
}

export function readingMinutes(document: CleanDocument): number {
  const characters = document.blocks.reduce((count, block) => count + (block.kind === 'omission' ? 0 : hanCount(block.text)), 0);
  return Math.max(1, Math.round(characters / CHINESE_CHARACTERS_PER_MINUTE));
}

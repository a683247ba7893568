/** Reading time the way Firefox's Reader View estimates it: Chinese at about 255 characters a minute. */
import type { CleanDocument } from '../core/model';

export const CHINESE_CHARACTERS_PER_MINUTE = 255;

export function readingMinutes(document: CleanDocument): number {
  const characters = document.blocks.reduce(
    (count, block) => count + (block.kind === 'omission' ? 0 : (block.text.match(/\p{Script=Han}/gu)?.length ?? 0)),
    0,
  );
  return Math.max(1, Math.round(characters / CHINESE_CHARACTERS_PER_MINUTE));
}

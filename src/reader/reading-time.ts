/**
 * Reading time the way Firefox's Reader View estimates it for Chinese: the article's
 * length in characters (punctuation included, as Readability's `length` counts them) at
 * about 255 characters a minute. Taking lengths, not scanning the text, keeps it free on
 * a page of megabytes.
 */
import { blockText, type CleanDocument } from '../core';

export const CHINESE_CHARACTERS_PER_MINUTE = 255;

export function readingMinutes(document: CleanDocument): number {
  const characters = document.blocks.reduce((count, block) => count + blockText(block).length, 0);
  return Math.max(1, Math.round(characters / CHINESE_CHARACTERS_PER_MINUTE));
}

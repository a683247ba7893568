/** How close a cleaned document is to a truth file: the measures the fixtures README names. */
import { distance } from 'fastest-levenshtein';
import type { Block, CleanDocument } from '../../src/core/model';

export interface TruthDocument {
  title: string;
  detected: boolean;
  blocks: Block[];
  outline: { level: number; text: string; present: boolean }[];
}

/** Joined heading and paragraph text, white space ignored. */
export function bodyText(blocks: readonly Block[]): string {
  return blocks
    .map((block) => (block.kind === 'omission' ? '' : block.text))
    .join('')
    .replace(/\s+/g, '');
}

/** Edit distance between the bodies, as a share of the truth's length. */
export function editDistanceShare(actual: CleanDocument, truth: TruthDocument): number {
  const expected = bodyText(truth.blocks);
  return distance(bodyText(actual.blocks), expected) / Math.max(1, expected.length);
}

/** Damage that must not survive cleaning, by name. */
export const DAMAGE_PATTERNS: Record<string, RegExp> = {
  'pinyin annotation': /\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/u,
  'decoder ?': /\?/,
  'omission notice': /省[略畧]\d+字|未完|全文共/,
  'site address': /https?:\/\/|www\.|\.cn\b|\.com\b/,
  'ASCII punctuation inside Chinese': /\p{Script=Han}[,;:()!?]|[,;:()!?]\p{Script=Han}/u,
  'toneless pinyin': /\p{Script=Han}[a-z]{2,}\p{Script=Han}/u,
};

export function damageLeft(document: CleanDocument, siteNames: readonly string[] = []): string[] {
  const text = [document.title, ...document.blocks.map((block) => (block.kind === 'omission' ? '' : block.text))].join('\n');
  const found = Object.entries(DAMAGE_PATTERNS).filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
  return [...found, ...siteNames.filter((name) => text.includes(name)).map((name) => `site name ${name}`)];
}

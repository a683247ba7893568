/** How close a cleaned document is to a truth file: the measures the fixtures README names. */
import { distance } from 'fastest-levenshtein';
import { blockText, type Block, type CleanDocument } from '../../src/core/model';

export interface TruthDocument {
  title: string;
  detected: boolean;
  blocks: Block[];
  outline: { level: number; text: string; present: boolean }[];
}

/** Joined heading and paragraph text, white space ignored. */
export function bodyText(blocks: readonly Block[]): string {
  return blocks
    .map(blockText)
    .join('')
    .replace(/\s+/g, '');
}

/** Edit distance between the bodies, as a share of the truth's length. */
export function editDistanceShare(actual: CleanDocument, truth: Pick<TruthDocument, 'blocks'>): number {
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
  const text = [document.title, ...document.blocks.map(blockText)].join('\n');
  const found = Object.entries(DAMAGE_PATTERNS).filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
  return [...found, ...siteNames.filter((name) => text.includes(name)).map((name) => `site name ${name}`)];
}

const outlineKey = (text: string): string => text.replace(/[\p{P}\p{S}\s]/gu, '');

/** Outline entries matched by text (punctuation ignored): F1, and how many matched have `present` right. */
export function outlineScore(actual: CleanDocument, truth: TruthDocument): { f1: number; presentRight: number; matched: number } {
  const remaining = new Map<string, boolean[]>();
  for (const entry of truth.outline) remaining.set(outlineKey(entry.text), [...(remaining.get(outlineKey(entry.text)) ?? []), entry.present]);
  let matched = 0;
  let presentRight = 0;
  for (const entry of actual.outline) {
    const presents = remaining.get(outlineKey(entry.text));
    const expected = presents?.shift();
    if (expected === undefined) continue;
    matched++;
    if (expected === entry.present) presentRight++;
  }
  const precision = actual.outline.length ? matched / actual.outline.length : truth.outline.length ? 0 : 1;
  const recall = truth.outline.length ? matched / truth.outline.length : 1;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { f1, presentRight, matched };
}

/** Omission blocks equal to the truth's, in order. */
export function omissionsRight(actual: CleanDocument, truth: TruthDocument): boolean {
  const omissions = (blocks: readonly Block[]) => JSON.stringify(blocks.filter((block) => block.kind === 'omission'));
  return omissions(actual.blocks) === omissions(truth.blocks);
}

const flattenWidth = (text: string): string => text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

/**
 * Damage left in the text outside the spans the cleaning flagged: a flagged span is kept as
 * the page had it on purpose, anything else left is a miss. Flags were recorded before
 * punctuation was widened, so both are compared with full-width forms as ASCII.
 */
export function unflaggedDamage(document: CleanDocument): string[] {
  const blocks = document.blocks.map((block, index) => {
    if (!('text' in block)) return block;
    let text = block.text;
    // Later passes still widened or dropped commas in a flagged span: match it piece by piece.
    const pieces = document.flags.filter((flag) => flag.block === index).flatMap((flag) => flattenWidth(flag.text).split(/,+/));
    for (const piece of pieces.filter((candidate) => candidate.length >= 2)) {
      const at = flattenWidth(text).indexOf(piece);
      if (at >= 0) text = text.slice(0, at) + ' '.repeat(piece.length) + text.slice(at + piece.length);
    }
    return { ...block, text };
  });
  return damageLeft({ ...document, blocks });
}

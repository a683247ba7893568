/**
 * Whether each repair that changed characters is right: its output, with a few characters
 * of the cleaned text on each side, must be a piece of the truth. A repair that is not is
 * wrong — the worst outcome, a fluent text the page never had. Spans the passes flagged
 * are counted apart: kept as the page had them, shown as doubtful.
 */
import { blockText, type CleanDocument } from '../../src/core/model';
import { bodyText, type TruthDocument } from './scoring';

/** Passes that put characters the page did not show. */
export const REPAIR_PASSES = ['out-of-step-annotation', 'lost-bytes', 'censored-pinyin', 'em-dash'];
const CONTEXT = 3;

export interface RepairTally {
  right: number;
  wrong: string[];
  flagged: number;
}

export function tallyRepairs(cleaned: CleanDocument, truth: Pick<TruthDocument, 'blocks'>): RepairTally {
  const expected = bodyText(truth.blocks);
  const tally: RepairTally = { right: 0, wrong: [], flagged: 0 };
  for (const change of cleaned.changes) {
    if (!REPAIR_PASSES.includes(change.pass) || change.after === '' || change.block === undefined) continue;
    const block = cleaned.blocks[change.block];
    const text = block ? blockText(block).replace(/\s+/g, '') : '';
    const after = change.after.replace(/\s+/g, '');
    const at = text.indexOf(after);
    const piece = at < 0 ? after : text.slice(Math.max(0, at - CONTEXT), at + after.length + CONTEXT);
    if (expected.includes(piece)) tally.right++;
    else tally.wrong.push(`${change.before} → ${change.after} (${piece})`);
  }
  tally.flagged = cleaned.flags.filter((flag) => REPAIR_PASSES.includes(flag.kind)).length;
  return tally;
}

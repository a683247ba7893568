/** A pass repairs one kind of damage: a pure function from draft to draft. */
import { repairAllTextSteps, type Draft, type RepairAllOptions, type TextRepair } from './draft';
import type { ScoringContext } from './lm/scoring-context';
import { runSteps } from './slices';

export interface PassContext extends ScoringContext {
  /** Converts Simplified text into the page's own script, for inserted words. */
  toPageScript: (text: string) => string;
}

export interface Pass {
  name: string;
  run: (draft: Draft, context: PassContext) => Draft;
  /** The same work a line (or unit) at a time, so that a huge page can be cleaned in slices. */
  steps?: (draft: Draft, context: PassContext) => Generator<void, Draft>;
}

/**
 * A pass that repairs each line on its own (and the outline's entries, and the title if
 * asked): `repairFor` gives the repair for a draft. Such a pass can also run in steps.
 */
export function linePass(
  name: string,
  repairFor: (draft: Draft, context: PassContext) => (text: string) => TextRepair,
  options: RepairAllOptions = {},
): Pass {
  const steps = (draft: Draft, context: PassContext): Generator<void, Draft> => repairAllTextSteps(draft, name, repairFor(draft, context), options);
  return { name, steps, run: (draft, context) => runSteps(steps(draft, context)) };
}

/** A pass that needs no character model: it reads only the draft. */
export interface PagePass {
  name: string;
  run: (draft: Draft) => Draft;
  /** The same work a unit at a time (see `Pass.steps`). */
  steps?: (draft: Draft) => Generator<void, Draft>;
}

/** `linePass` for a repair that needs no character model. */
export function pageLinePass(name: string, repairFor: (draft: Draft) => (text: string) => TextRepair, options: RepairAllOptions = {}): PagePass {
  const steps = (draft: Draft): Generator<void, Draft> => repairAllTextSteps(draft, name, repairFor(draft), options);
  return { name, steps, run: (draft) => runSteps(steps(draft)) };
}

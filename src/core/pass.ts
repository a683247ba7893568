/** A pass repairs one kind of damage: a pure function from draft to draft. */
import type { Draft } from './draft';
import type { CharModel } from './lm/char-model';

export interface PassContext {
  /** Scores candidate repairs; text must be Simplified (see `toSimplified`). */
  model: CharModel;
  toSimplified: (text: string) => string;
  /** Converts Simplified text into the page's own script, for inserted words. */
  toPageScript: (text: string) => string;
}

export interface Pass {
  name: string;
  run: (draft: Draft, context: PassContext) => Draft;
}

/** A pass every page gets, target or not: it needs no context. */
export interface PagePass {
  name: string;
  run: (draft: Draft) => Draft;
}

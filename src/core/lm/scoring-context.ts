/** What weighing a reading needs: the character model, the page's own pairs, and the way to Simplified it scores in. */
import type { CharModel } from './char-model';
import type { PagePairs } from './page-pairs';

export interface ScoringContext {
  /** Scores candidate repairs; text must be Simplified (see `toSimplified`). */
  model: CharModel;
  toSimplified: (text: string) => string;
  /** The in-word pairs the page writes (page-pairs.ts): evidence between readings. */
  pagePairs: PagePairs;
  /** The characters the page writes, in its own script: a character a reading adds is likelier one the page uses. */
  pageCharacters: ReadonlySet<string>;
}

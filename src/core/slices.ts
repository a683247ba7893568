/**
 * Spreading long work over several tasks, so that a huge page does not freeze its tab: the
 * browser gives `Slices` (src/extension/time-slices.ts); the CLI and the tests run in one go.
 * The work itself is written as generators that yield between small pieces.
 */

export interface Slices {
  /** Whether the current slice has had its time: asked between pieces of work. */
  due(): boolean;
  /** Ends the slice, saying how far the work is (0 to 1); resolves when the next may start. */
  next(progress: number): Promise<void>;
}

/** Runs steps to their end, ending the slice whenever it is due; `progress` of the steps done so far. */
export async function inSlices<Result>(steps: Generator<void, Result>, slices: Slices, progress: (stepsDone: number) => number): Promise<Result> {
  for (let done = 1; ; done++) {
    const step = steps.next();
    if (step.done) return step.value;
    if (slices.due()) await slices.next(progress(done));
  }
}

/** Runs steps to their end, all at once, and returns their result. */
export function runSteps<Result>(steps: Generator<void, Result>): Result {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same slices with progress mapped into [from, to], for one part of a longer task. */
export function partOf(slices: Slices, from: number, to: number): Slices {
  return { due: () => slices.due(), next: (progress) => slices.next(from + progress * (to - from)) };
}

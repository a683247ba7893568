/** Timing helpers shared by the Node benchmarks and the harness bundled into Chromium pages. */

/**
 * Runs of Readability alone (and of parsing) per page: it takes a few milliseconds, so one
 * garbage collection in a run moves the median of five by half; fifteen hold it still.
 */
export const SHORT_RUNS = 15;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

/** Median time of `repeat` runs, in ms; a run may be synchronous or return a promise. */
export async function timed(run: () => unknown, repeat: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/**
 * Mean time of one run over `repeat` runs back to back, in ms, for quick synchronous work:
 * finer than timing each run, since Chromium coarsens its clock to 0.1 ms.
 */
export function timedMean(run: () => unknown, repeat: number): number {
  const start = performance.now();
  for (let i = 0; i < repeat; i++) run();
  return (performance.now() - start) / repeat;
}

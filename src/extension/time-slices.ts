/**
 * Time slices in a tab: each slice of the reader's work runs for at most SLICE_MS, then the
 * page gets its turn (input, painting, its own scripts) before the next slice starts.
 */
import type { Slices } from '../core';

/**
 * Well under the 200 ms a tab may be blocked, leaving room for what cannot be cut (one
 * long line's repair, garbage collection), and long enough that yielding costs little.
 */
export const SLICE_MS = 20;

/**
 * The next slice starts from a message posted to itself: unlike `setTimeout`, a message is
 * not held back to once a second when the tab is in the background.
 */
function afterOtherTasks(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

export function timeSlices(now: () => number, onProgress: (progress: number) => void): Slices {
  let sliceStart = now();
  return {
    due: () => now() - sliceStart >= SLICE_MS,
    async next(progress) {
      onProgress(progress);
      await afterOtherTasks();
      sliceStart = now();
    },
  };
}

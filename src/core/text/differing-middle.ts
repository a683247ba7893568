/** The smallest differing middle of two strings, for a readable change record. */
export function differingMiddle(before: string, after: string): { before: string; after: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { before: before.slice(start, before.length - end), after: after.slice(start, after.length - end) };
}

/**
 * Where a piece of text recorded by an early pass stands in the text the last pass left:
 * marks and white space may have changed between (`,` widened to `，`, `?` to `？`), the
 * letters and characters have not. Used to point each flag at the text the reader sees.
 */

const MARK_OR_SPACE = /[\p{P}\p{S}\s]/u;

/** The start and end in `text` of `piece`, its marks and spaces aside; undefined when it is not there. */
export function findIgnoringMarks(text: string, piece: string): { start: number; end: number } | undefined {
  const wanted = [...piece].filter((ch) => !MARK_OR_SPACE.test(ch)).join('');
  // A piece of marks alone (a decoder's `?!?`) is found as it is, or not at all.
  if (wanted === '') {
    const at = piece === '' ? -1 : text.indexOf(piece);
    return at < 0 ? undefined : { start: at, end: at + piece.length };
  }
  const kept: string[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const ch of text) {
    if (!MARK_OR_SPACE.test(ch)) {
      kept.push(ch);
      offsets.push(offset);
    }
    offset += ch.length;
  }
  const at = kept.join('').indexOf(wanted);
  if (at < 0) return undefined;
  // `kept` holds whole code points: count them to the match.
  const first = [...kept.join('').slice(0, at)].length;
  const last = first + [...wanted].length - 1;
  let start = offsets[first] ?? 0;
  let end = (offsets[last] ?? 0) + (kept[last]?.length ?? 1);
  // The piece's own marks at either end, where the text has marks there too.
  for (let lead = leadingMarks(piece); lead > 0 && start > 0 && MARK_OR_SPACE.test(text[start - 1] ?? ''); lead--) start--;
  for (let trail = leadingMarks([...piece].reverse().join('')); trail > 0 && end < text.length && MARK_OR_SPACE.test(text[end] ?? ''); trail--) end++;
  return { start, end };
}

function leadingMarks(piece: string): number {
  let count = 0;
  for (const ch of piece) {
    if (!MARK_OR_SPACE.test(ch)) break;
    count++;
  }
  return count;
}

/**
 * Links and emphasis inside a line's text. The passes repair a line's text without saying
 * where each edit fell, so a line keeps the text it was extracted with (its `source`) and
 * the spans on it; once the text is final, each span is carried over to it through a
 * character diff of the two (`spansOnFinalText`). A span whose every character the repairs
 * removed (a watermark link, `<a href="/">新文秘網</a>`) is gone.
 */
import diff from 'fast-diff';
import type { InlineSpan } from './model';

/** A line as it was extracted, with its spans: offsets into `text`. */
export interface LineSource {
  text: string;
  spans: InlineSpan[];
}

/**
 * Past this many characters a line's spans are dropped rather than carried: a diff of a
 * line of megabytes (a page with no paragraph breaks) would take longer than it is worth.
 */
const MAX_DIFFED_CHARS = 20_000;

/** Where each character of `before` is in `after`, or -1 where the repairs removed or replaced it. */
function keptAt(before: string, after: string): Int32Array {
  const map = new Int32Array(before.length).fill(-1);
  let from = 0;
  let to = 0;
  for (const [operation, text] of diff(before, after)) {
    if (operation === diff.EQUAL) for (let i = 0; i < text.length; i++) map[from++] = to++;
    else if (operation === diff.DELETE) from += text.length;
    else to += text.length;
  }
  return map;
}

/**
 * A span on the final text runs from its first kept character to its last: what a repair
 * put in at its edges stays outside it, what it put in between stays inside.
 */
export function spansOnFinalText(source: LineSource, text: string): InlineSpan[] {
  if (source.text === text) return source.spans;
  if (source.text.length + text.length > MAX_DIFFED_CHARS) return [];
  const map = keptAt(source.text, text);
  const carried: InlineSpan[] = [];
  for (const span of source.spans) {
    let first = -1;
    let last = -1;
    for (let i = span.start; i < span.end; i++) {
      const at = map[i] ?? -1;
      if (at < 0) continue;
      if (first < 0) first = at;
      last = at;
    }
    if (first >= 0 && text.slice(first, last + 1).trim()) carried.push({ ...span, start: first, end: last + 1 });
  }
  return carried;
}

/** A line's links and emphasis on its final text, as a block's optional field: the structure pass, the last, asks. */
export function finalSpans(line: { text: string; source?: LineSource }): { spans?: InlineSpan[] } {
  const spans = line.source ? spansOnFinalText(line.source, line.text) : [];
  return spans.length > 0 ? { spans } : {};
}

/** Two lines joined into one (a line broken by width): the second's spans shift by the first's length. */
export function joinedSources(first: { text: string; source?: LineSource }, second: { text: string; source?: LineSource }): LineSource | undefined {
  if (!first.source && !second.source) return undefined;
  const head = first.source ?? { text: first.text, spans: [] };
  const tail = second.source ?? { text: second.text, spans: [] };
  return { text: head.text + tail.text, spans: [...head.spans, ...tail.spans.map((span) => ({ ...span, start: span.start + head.text.length, end: span.end + head.text.length }))] };
}

/**
 * The text converted a piece at a time between span boundaries, so that each span still
 * covers its own words however the conversion changes lengths.
 */
export function convertedWithSpans(text: string, spans: readonly InlineSpan[], convert: (text: string) => string): { text: string; spans: InlineSpan[] } {
  const cuts = [...new Set([0, text.length, ...spans.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  const moved = new Map<number, number>([[0, 0]]);
  let result = '';
  for (let i = 1; i < cuts.length; i++) {
    result += convert(text.slice(cuts[i - 1], cuts[i]));
    moved.set(cuts[i] ?? 0, result.length);
  }
  return { text: result, spans: spans.map((span) => ({ ...span, start: moved.get(span.start) ?? 0, end: moved.get(span.end) ?? result.length })) };
}

/**
 * A line's text with its white space collapsed (or, in `<pre>`, only trailing white space
 * cut), and where each offset of the raw text lands in it.
 */
export function normalisedLine(raw: string, preformatted: boolean): { text: string; at: Int32Array } {
  const at = new Int32Array(raw.length + 1);
  if (preformatted) {
    const text = raw.replace(/[ \t\r\f]+$/, '');
    for (let i = 0; i <= raw.length; i++) at[i] = Math.min(i, text.length);
    return { text, at };
  }
  let text = '';
  let pendingSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] ?? '';
    if (/[ \t\r\n\f]/.test(ch)) {
      pendingSpace = text.length > 0;
      at[i] = text.length;
      continue;
    }
    if (pendingSpace) text += ' ';
    pendingSpace = false;
    at[i] = text.length;
    text += ch;
  }
  at[raw.length] = text.length;
  // JavaScript's trim also takes U+3000 and other Unicode spaces, as the line walk always has.
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  for (let i = 0; i <= raw.length; i++) at[i] = Math.max(0, Math.min(trimmed.length, (at[i] ?? 0) - lead));
  return { text: trimmed, at };
}

/** The links and emphasis the line walk is inside, and those it has closed on the current line. */
export class SpanRecorder {
  private open: { kind: InlineSpan['kind']; href?: string; start: number }[] = [];
  private closed: InlineSpan[] = [];

  /** Records a span, unless one like it is already open (`<b><b>…</b></b>`): whether it did, so that only then is it left. */
  enter(span: Omit<InlineSpan, 'start' | 'end'>, at: number): boolean {
    if (this.open.some((other) => other.kind === span.kind && other.href === span.href)) return false;
    this.open.push({ ...span, start: at });
    return true;
  }

  leave(at: number): void {
    const span = this.open.pop();
    if (span && at > span.start) this.closed.push({ ...span, end: at });
  }

  /**
   * The spans of the line that ends here (`rawLength` long), on its normalised text; a
   * span still open goes on from the start of the next line.
   */
  endLine(rawLength: number, at: Int32Array): InlineSpan[] {
    const ending = [...this.closed, ...this.open.filter((span) => rawLength > span.start).map((span) => ({ ...span, end: rawLength }))];
    this.closed = [];
    this.open = this.open.map((span) => ({ ...span, start: 0 }));
    return ending
      .map((span) => ({ ...span, start: at[span.start] ?? 0, end: at[span.end] ?? 0 }))
      .filter((span) => span.end > span.start)
      .sort((a, b) => a.start - b.start);
  }
}

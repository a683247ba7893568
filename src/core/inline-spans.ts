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

export interface SpanSegment {
  from: number;
  to: number;
  /** The spans that cover the whole segment. */
  over: InlineSpan[];
}

/** A text of `length` cut wherever a span, or one of `cuts`, begins or ends: each piece with the spans over it. */
export function spanSegments(length: number, spans: readonly InlineSpan[], cuts: readonly number[] = []): SpanSegment[] {
  const at = [...new Set([0, length, ...cuts, ...spans.flatMap((span) => [span.start, span.end])])].filter((cut) => cut >= 0 && cut <= length).sort((a, b) => a - b);
  const segments: SpanSegment[] = [];
  for (let i = 1; i < at.length; i++) {
    const from = at[i - 1] ?? 0;
    const to = at[i] ?? 0;
    segments.push({ from, to, over: spans.filter((span) => span.start <= from && span.end >= to) });
  }
  return segments;
}

/**
 * The text converted a piece at a time between span boundaries, so that each span still
 * covers its own words however the conversion changes lengths.
 */
export function convertedWithSpans(text: string, spans: readonly InlineSpan[], convert: (text: string) => string): { text: string; spans: InlineSpan[] } {
  const moved = new Map<number, number>([[0, 0]]);
  let result = '';
  for (const { from, to } of spanSegments(text.length, spans)) {
    result += convert(text.slice(from, to));
    moved.set(to, result.length);
  }
  return { text: result, spans: spans.map((span) => ({ ...span, start: moved.get(span.start) ?? 0, end: moved.get(span.end) ?? result.length })) };
}

/** A line's text: its white space collapsed and trimmed, or, in `<pre>`, only its trailing white space cut. */
export function normalisedLine(raw: string, preformatted: boolean): string {
  return preformatted ? raw.replace(/[ \t\r\f]+$/, '') : raw.replace(/[ \t\r\n\f]+/g, ' ').trim();
}

const isCollapsedSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13 || code === 12;

/**
 * Where each offset of a raw line lands in `normalisedLine` of it: asked only for a line
 * with spans on it, since the line walk makes a line for every paragraph of the page.
 */
export function offsetsInNormalisedLine(raw: string, preformatted: boolean): Int32Array {
  const text = normalisedLine(raw, preformatted);
  const at = new Int32Array(raw.length + 1);
  if (preformatted) {
    for (let i = 0; i <= raw.length; i++) at[i] = Math.min(i, text.length);
    return at;
  }
  // Before trimming, a run of white space is one space; the trim then takes the leading ones.
  let collapsed = 0;
  let inSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const space = isCollapsedSpace(raw.charCodeAt(i));
    at[i] = collapsed;
    if (!space || !inSpace) collapsed++;
    inSpace = space;
  }
  at[raw.length] = collapsed;
  const spaced = raw.replace(/[ \t\r\n\f]+/g, ' ');
  const lead = spaced.length - spaced.trimStart().length;
  for (let i = 0; i <= raw.length; i++) at[i] = Math.max(0, Math.min(text.length, (at[i] ?? 0) - lead));
  return at;
}

/** The links and emphasis the line walk is inside, and those it has closed on the current line. */
export class SpanRecorder {
  private open: { kind: InlineSpan['kind']; href?: string; start: number }[] = [];
  private closed: InlineSpan[] = [];

  /** No span open, none closed on this line: the line's offsets need not be worked out. */
  get idle(): boolean {
    return this.open.length === 0 && this.closed.length === 0;
  }

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

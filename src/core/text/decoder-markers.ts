/**
 * Where a decoder that ran out of step left its marks: a `?` for a byte pair it could not
 * read, with the reading of an annotation whose `(` it ate (`認真?zhèn)鬟_`), and the spans
 * of text around them that byte-resync.ts reads again. Marks close together are one span.
 */
import { PINYIN_LETTERS } from './han';

const MARKER = new RegExp(`\\?(?:([${PINYIN_LETTERS}]{1,7})\\))?`, 'gu');
/** Markers this close together are one span: between them the text may still be read off by one. */
const MAX_GAP = 24;

export interface Marker {
  start: number;
  end: number;
  /** The annotation's reading, for `?reading)`; undefined for a bare `?`. */
  reading?: string;
}

export interface Span {
  markers: Marker[];
  start: number;
  end: number;
}

/** A `?` against Han text: what the decoder leaves, and what sends a page's text to the byte repairs. */
const DECODER_MARKER = /\p{Script=Han}\?|\?[?!;:,]?[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]/u;

export function hasDecoderMarkers(text: string): boolean {
  return DECODER_MARKER.test(text);
}

export function findSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(MARKER)) {
    const marker: Marker = { start: match.index, end: match.index + match[0].length, reading: match[1] };
    const last = spans.at(-1);
    if (last && marker.start - last.end <= MAX_GAP) {
      last.markers.push(marker);
      last.end = marker.end;
    } else {
      spans.push({ markers: [marker], start: marker.start, end: marker.end });
    }
  }
  return spans;
}

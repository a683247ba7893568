/**
 * Script conversion with opencc-js. Traditional→Simplified is small and always loaded;
 * the large Simplified→Traditional dictionary is a resource loaded only when first asked
 * for (see resources.ts).
 *
 * Conversion runs after every byte-level repair: it changes characters, and the repairs
 * need the page's own characters to recover their GBK bytes.
 */
import * as TraditionalToSimplified from 'opencc-js/t2cn';
import type { Script } from './model';
import type { Resources } from './resources';

export type TraditionalStandard = 't' | 'tw' | 'hk';

/**
 * Each standard's converter, and the single characters it has converted: the byte repairs
 * score thousands of candidate readings character by character, and opencc-js's converter
 * costs as much for one character as for a short phrase. A character alone has no phrase
 * to change it, so its conversion can be remembered.
 */
const toSimplifiedFrom = new Map<TraditionalStandard, { convert: (text: string) => string; characters: Map<string, string> }>();

/**
 * Pages are read as Taiwan-standard Traditional: its 著 becomes 着 where Simplified writes
 * 着 (隨著 → 随着, 看著 → 看着), which OpenCC's generic table leaves as 著. On the real
 * pages that is the only difference, and it is always the right one.
 */
const PAGE_STANDARD: TraditionalStandard = 'tw';

export function toSimplified(text: string, from: TraditionalStandard = PAGE_STANDARD): string {
  let converter = toSimplifiedFrom.get(from);
  if (!converter) {
    converter = { convert: TraditionalToSimplified.Converter({ from, to: 'cn' }), characters: new Map() };
    toSimplifiedFrom.set(from, converter);
  }
  if (text.length !== 1) return converter.convert(text);
  let simplified = converter.characters.get(text);
  if (simplified === undefined) {
    simplified = converter.convert(text);
    converter.characters.set(text, simplified);
  }
  return simplified;
}

const toTraditionalIn = new Map<TraditionalStandard, (text: string) => string>();

/** Loads the Simplified→Traditional converter (about 1 MB of dictionary) on first use. */
export async function loadToTraditional(resources: Resources, to: TraditionalStandard = 't'): Promise<(text: string) => string> {
  let convert = toTraditionalIn.get(to);
  if (!convert) {
    const makeConverter = await resources.simplifiedToTraditional();
    convert = toTraditionalIn.get(to) ?? makeConverter({ from: 'cn', to });
    toTraditionalIn.set(to, convert);
  }
  return convert;
}

const SAMPLE_HAN = 4000;

/** Share of Han characters that Traditional→Simplified conversion changes. */
export function traditionalShare(text: string): number {
  // The first 4000 Han characters, read lazily: a huge page is not scanned to its end.
  let sample = '';
  for (const [ch] of text.matchAll(/\p{Script=Han}/gu)) {
    sample += ch;
    if (sample.length >= SAMPLE_HAN) break;
  }
  if (sample.length === 0) return 0;
  const simplified = toSimplified(sample);
  let changed = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] !== simplified[i]) changed++;
  return changed / sample.length;
}

/** A page is Traditional when enough of its characters have Simplified forms. */
export function pageScript(text: string): Script {
  return traditionalShare(text) >= 0.03 ? 'traditional' : 'simplified';
}

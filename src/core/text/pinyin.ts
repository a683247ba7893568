/**
 * Readings of characters, from a table built out of pinyin-pro by
 * scripts/build-readings.ts. A Traditional character also gets the readings of its
 * Simplified form: annotators worked from Simplified readings, so 幹 is annotated gān
 * (from 干) although 幹 alone reads only gàn.
 */
import readings from './generated/readings.json';
import { toSimplified } from '../script';

export interface ReadingsData {
  source: string;
  /** Toned syllable → every GBK Han character with that reading: 'zhèn' → '振镇震阵…'. */
  charactersOf: Record<string, string>;
}

let ownReadingsOf: Map<string, string[]> | undefined;

function ownReadings(ch: string): string[] {
  if (!ownReadingsOf) {
    ownReadingsOf = new Map();
    for (const [reading, characters] of Object.entries((readings as ReadingsData).charactersOf)) {
      for (const own of characters) {
        const list = ownReadingsOf.get(own);
        if (list) list.push(reading);
        else ownReadingsOf.set(own, [reading]);
      }
    }
  }
  return ownReadingsOf.get(ch) ?? [];
}

const readingCache = new Map<string, string[]>();

function withSimplifiedReadings(ch: string, simplified: string): string[] {
  const own = ownReadings(ch);
  if (simplified === ch) return own;
  return [...new Set([...own, ...ownReadings(simplified)])];
}

/** All toned readings of one character, e.g. 會 → ['huì', 'kuài']. */
export function readingsOf(ch: string): string[] {
  let found = readingCache.get(ch);
  if (!found) {
    found = withSimplifiedReadings(ch, toSimplified(ch));
    readingCache.set(ch, found);
  }
  return found;
}

/**
 * Readings of many characters at once. One conversion of the whole list (a line per
 * character, so no phrase spans two) is ten times faster than one per character.
 */
export function readingsOfAll(characters: readonly string[]): Map<string, string[]> {
  const simplified = toSimplified(characters.join('\n')).split('\n');
  const all = new Map<string, string[]>();
  characters.forEach((ch, i) => {
    const found = readingCache.get(ch) ?? withSimplifiedReadings(ch, simplified[i] ?? ch);
    readingCache.set(ch, found);
    all.set(ch, found);
  });
  return all;
}

/** A reading without its tone: 'zhèn' → 'zhen', 'lǜ' → 'lv'. */
export function toneless(syllable: string): string {
  return syllable
    .normalize('NFD')
    .replace(/u\u0308/g, 'v')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ü/g, 'v');
}

/**
 * Whether an annotation fits a character. Annotators fix one reading per character, not
 * per context (協調(diào) although 协调 reads tiáo), so any reading of the character is
 * accepted; a toneless annotation (會(hui)) is compared without tones.
 */
export function annotationFits(ch: string, annotation: string): boolean {
  const wanted = annotation.toLowerCase();
  const plain = toneless(wanted);
  const tonedAnnotation = plain !== wanted.replace(/ü/g, 'v');
  return readingsOf(ch).some((reading) =>
    tonedAnnotation ? reading.toLowerCase() === wanted : toneless(reading) === plain,
  );
}

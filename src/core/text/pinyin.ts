/**
 * Readings of characters, from pinyin-pro. A Traditional character also gets the readings
 * of its Simplified form: annotators worked from Simplified readings, so 幹 is annotated
 * gān (from 干) although pinyin-pro reads 幹 only as gàn.
 */
import { pinyin } from 'pinyin-pro';
import { toSimplified } from '../script';

const readingCache = new Map<string, string[]>();

function ownReadings(ch: string): string[] {
  return (pinyin(ch, { multiple: true, type: 'array' }) as string[]).filter((reading) => reading !== ch);
}

/** All toned readings of one character, e.g. 會 → ['huì', 'kuài']. */
export function readingsOf(ch: string): string[] {
  let readings = readingCache.get(ch);
  if (!readings) {
    const simplified = toSimplified(ch);
    readings = [...new Set([...ownReadings(ch), ...(simplified === ch ? [] : ownReadings(simplified))])];
    readingCache.set(ch, readings);
  }
  return readings;
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

/**
 * Readings of characters, from a table built out of pinyin-pro by
 * scripts/build-readings.ts. A Traditional character also has the readings of its
 * Simplified form: annotators worked from Simplified readings, so 幹 is annotated gān
 * (from 干) although 幹 alone reads only gàn. The table already lists those, so nothing
 * here converts scripts except for the rare character GBK lacks, and nothing is built when
 * the reader opens but a small map of toneless spellings.
 */
import readings from './generated/readings.json';
import { toSimplified } from '../script';
import { bytesOfChar } from './gbk';
import { isHan } from './han';

export interface ReadingsData {
  source: string;
  /**
   * Toned syllable → every GBK Han character with that reading, its own or its Simplified
   * form's, in GBK code order: 'zhèn' → '振镇震阵…鎮…'.
   */
  charactersOf: Record<string, string>;
}

const charactersOf = (readings as ReadingsData).charactersOf;

/** A reading without its tone: 'zhèn' → 'zhen', 'lǜ' → 'lv'. */
export function toneless(syllable: string): string {
  return syllable
    .normalize('NFD')
    .replace(/u\u0308/g, 'v')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ü/g, 'v');
}

let tonedByToneless: Map<string, string[]> | undefined;

function tonedSpellingsOf(plain: string): string[] {
  if (!tonedByToneless) {
    tonedByToneless = new Map();
    for (const syllable of Object.keys(charactersOf)) {
      const key = toneless(syllable);
      const list = tonedByToneless.get(key);
      if (list) list.push(syllable);
      else tonedByToneless.set(key, [syllable]);
    }
  }
  return tonedByToneless.get(plain) ?? [];
}

const spellings = new Map<string, string[]>();

/**
 * The table's toned syllables an annotation stands for: a toned one itself (zhèn), a
 * toneless one every tone of it (hui → huī huí huǐ huì); none when no character reads so.
 */
export function spellingsOf(annotation: string): string[] {
  let found = spellings.get(annotation);
  if (!found) {
    const wanted = annotation.toLowerCase();
    const plain = toneless(wanted);
    const toned = plain !== wanted.replace(/ü/g, 'v');
    found = toned ? (Object.hasOwn(charactersOf, wanted) ? [wanted] : []) : tonedSpellingsOf(plain);
    spellings.set(annotation, found);
  }
  return found;
}

/** The GBK characters listed under one toned syllable of the table, in GBK code order. */
export function charactersWithTonedReading(syllable: string): string {
  return Object.hasOwn(charactersOf, syllable) ? (charactersOf[syllable] ?? '') : '';
}

/**
 * Whether an annotation fits a character. Annotators fix one reading per character, not
 * per context (協調(diào) although 协调 reads tiáo), so any reading of the character is
 * accepted; a toneless annotation (會(hui)) is compared without tones.
 */
export function annotationFits(ch: string, annotation: string): boolean {
  const fits = (character: string): boolean =>
    spellingsOf(annotation).some((syllable) => charactersWithTonedReading(syllable).includes(character));
  if (fits(ch)) return true;
  // A character GBK lacks can still stand for one it has: it reads as its Simplified form.
  if (ch.length !== 1 || !isHan(ch) || bytesOfChar(ch)) return false;
  const simplified = toSimplified(ch);
  return simplified !== ch && fits(simplified);
}

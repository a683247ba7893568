/** Characters by reading, toned (zhèn) or toneless (zhen), from the readings table. */
import { bytesOfChar } from './gbk';
import { charactersWithTonedReading, spellingsOf } from './pinyin';

const gbkOrder = (ch: string): number => {
  const bytes = bytesOfChar(ch);
  return bytes ? (bytes[0] << 8) | bytes[1] : 0;
};

const found = new Map<string, string[]>();

/** GBK characters one of whose readings is `reading` (toned, or toneless if written so), in GBK code order. */
export function charactersReading(reading: string): string[] {
  let characters = found.get(reading);
  if (!characters) {
    const toned = spellingsOf(reading);
    characters = [...new Set(toned.flatMap((syllable) => [...charactersWithTonedReading(syllable)]))];
    if (toned.length > 1) characters.sort((a, b) => gbkOrder(a) - gbkOrder(b));
    found.set(reading, characters);
  }
  return characters;
}

/** Whether a toneless syllable is a reading of some character: 'shu' yes, 'shx' no. */
export function isSyllable(syllable: string): boolean {
  return spellingsOf(syllable).length > 0;
}

/** Characters by reading: built once, on first need, from every Han character GBK encodes. */
import { gbkCharacters } from './gbk';
import { isHan } from './han';
import { annotationFits, readingsOfAll, toneless } from './pinyin';

let byToneless: Map<string, string[]> | undefined;

function index(): Map<string, string[]> {
  if (!byToneless) {
    byToneless = new Map();
    for (const [ch, readings] of readingsOfAll([...gbkCharacters()].filter(isHan))) {
      for (const reading of readings) {
        const key = toneless(reading);
        const list = byToneless.get(key) ?? [];
        list.push(ch);
        byToneless.set(key, list);
      }
    }
  }
  return byToneless;
}

/** GBK characters one of whose readings is `reading` (toned, or toneless if written so). */
export function charactersReading(reading: string): string[] {
  return (index().get(toneless(reading)) ?? []).filter((ch) => annotationFits(ch, reading));
}

/** Whether a toneless syllable is a reading of some character: 'shu' yes, 'shx' no. */
export function isSyllable(syllable: string): boolean {
  return index().has(syllable);
}

/**
 * Builds the table of character readings the pinyin repairs look annotations up in.
 *
 * Source: pinyin-pro (MIT), asked for every reading of each Han character GBK encodes
 * (the pages were annotated in GBK, so no other character can carry an annotation).
 * A Traditional character is also listed under the readings of its Simplified form:
 * annotators worked from Simplified readings, so 幹 is annotated gān (from 干) although
 * 幹 alone reads only gàn. Doing that here, once, spares the reader a conversion of all
 * 21,000 characters each time it opens.
 *
 * Stored as toned syllable → the characters it reads, in GBK code order: a lookup table
 * the reader ships instead of pinyin-pro's whole word dictionary, which is six times larger
 * and answers questions (readings in context) the repairs never ask.
 *
 * Usage: tsx scripts/build-readings.ts [OUT_FILE]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { pinyin } from 'pinyin-pro';
import { toSimplified } from '../src/core/script';
import { FIRST_LEAD, FIRST_TRAIL, LAST_LEAD, LAST_TRAIL } from '../src/core/text/gbk';
import { isHan } from '../src/core/text/han';
import type { ReadingsData } from '../src/core/text/pinyin';

const here = dirname(fileURLToPath(import.meta.url));
const outFile = process.argv[2] ?? join(here, '../src/core/text/generated/readings.json');

/** Every Han character GBK encodes, in code order. */
function gbkHanCharacters(): string[] {
  const characters = new Set<string>();
  for (let lead = FIRST_LEAD; lead <= LAST_LEAD; lead++) {
    for (let trail = FIRST_TRAIL; trail <= LAST_TRAIL; trail++) {
      const ch = iconv.decode(Buffer.from([lead, trail]), 'gbk');
      if (ch.length === 1 && isHan(ch)) characters.add(ch);
    }
  }
  return [...characters];
}

const characters = gbkHanCharacters();
const ownReadings = new Map<string, string[]>(
  characters.map((ch) => [ch, (pinyin(ch, { multiple: true, type: 'array' }) as string[]).filter((reading) => reading !== ch)]),
);
const simplifiedForms = toSimplified(characters.join('\n')).split('\n');

const charactersOf = new Map<string, string>();
characters.forEach((ch, i) => {
  const simplified = simplifiedForms[i] ?? ch;
  const readings = new Set([...(ownReadings.get(ch) ?? []), ...(ownReadings.get(simplified) ?? [])]);
  for (const reading of readings) charactersOf.set(reading, (charactersOf.get(reading) ?? '') + ch);
});

const data: ReadingsData = {
  source: 'pinyin-pro (MIT), every reading of each Han character GBK encodes and of its Simplified form',
  charactersOf: Object.fromEntries(charactersOf),
};
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify(data));
console.log(`readings: ${charactersOf.size} syllables, ${characters.length} characters -> ${outFile}`);

/**
 * Builds the table of character readings the pinyin repairs look annotations up in.
 *
 * Source: pinyin-pro (MIT), asked for every reading of each Han character GBK encodes
 * (the pages were annotated in GBK, so no other character can carry an annotation).
 * Stored as toned syllable → the characters it reads, about 60 KB gzipped: a lookup table
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
import type { ReadingsData } from '../src/core/text/pinyin';

const here = dirname(fileURLToPath(import.meta.url));
const outFile = process.argv[2] ?? join(here, '../src/core/text/generated/readings.json');

const HAN = /^\p{Script=Han}$/u;

function encodedByGbk(ch: string): boolean {
  const bytes = iconv.encode(ch, 'gbk');
  return bytes.length === 2 && iconv.decode(bytes, 'gbk') === ch;
}

const charactersOf = new Map<string, string>();
for (let code = 0x3400; code <= 0x9fff; code++) {
  const ch = String.fromCodePoint(code);
  if (!HAN.test(ch) || !encodedByGbk(ch)) continue;
  for (const reading of pinyin(ch, { multiple: true, type: 'array' }) as string[]) {
    if (reading !== ch) charactersOf.set(reading, (charactersOf.get(reading) ?? '') + ch);
  }
}

const data: ReadingsData = {
  source: 'pinyin-pro (MIT), every reading of each Han character GBK encodes',
  charactersOf: Object.fromEntries(charactersOf),
};
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify(data));
console.log(`readings: ${charactersOf.size} syllables -> ${outFile}`);

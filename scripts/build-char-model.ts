/**
 * Builds the character language model that scores byte-repair candidates.
 *
 * Source: the jieba word-frequency dictionary shipped in @node-rs/jieba (`dict.txt`, MIT).
 * Each Han word contributes its frequency to the counts of its characters and of the
 * character pairs inside it. Counts are stored as log2 values in eighths (two base-36
 * digits, see LOG2_STEPS in char-model.ts) and pairs seen fewer than MIN_PAIR_COUNT times
 * are dropped, which keeps the model at a few hundred KB.
 *
 * Usage: tsx scripts/build-char-model.ts [OUT_FILE]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOG2_STEPS, type CharModelData } from '../src/core/lm/char-model';

const MIN_PAIR_COUNT = 20;
const HAN_WORD = /^\p{Script=Han}+$/u;

const require = createRequire(import.meta.url);
const dictPath = join(dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt');
const here = dirname(fileURLToPath(import.meta.url));
const outFile = process.argv[2] ?? join(here, '../src/core/lm/generated/char-model.json');

const singles = new Map<string, number>();
const pairs = new Map<string, Map<string, number>>();
for (const line of readFileSync(dictPath, 'utf8').split('\n')) {
  const [word, freqText] = line.split(' ');
  if (!word || !HAN_WORD.test(word)) continue;
  const freq = Number(freqText);
  const chars = [...word];
  chars.forEach((ch, i) => {
    singles.set(ch, (singles.get(ch) ?? 0) + freq);
    const next = chars[i + 1];
    if (next === undefined) return;
    const row = pairs.get(ch) ?? new Map<string, number>();
    row.set(next, (row.get(next) ?? 0) + freq);
    pairs.set(ch, row);
  });
}

const MAX_CODE = 36 * 36 - 1;
const digit = (count: number): string =>
  Math.min(MAX_CODE, Math.max(0, Math.round(Math.log2(count) * LOG2_STEPS))).toString(36).padStart(2, '0');

let total = 0;
let unigrams = '';
for (const [ch, count] of singles) {
  total += count;
  unigrams += ch + digit(count);
}
const bigrams: Record<string, string> = {};
for (const [first, row] of pairs) {
  let encoded = '';
  for (const [second, count] of row) if (count >= MIN_PAIR_COUNT) encoded += second + digit(count);
  if (encoded) bigrams[first] = encoded;
}

const data: CharModelData = {
  source: '@node-rs/jieba dict.txt (jieba word-frequency dictionary, MIT)',
  log2Total: Math.log2(total),
  unigrams,
  bigrams,
};
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify(data));
console.log(`char model: ${singles.size} characters, ${Object.keys(bigrams).length} rows -> ${outFile}`);

/**
 * Size budgets of the built Chrome extension (issue: fast and small). Runs in `npm test`
 * after the build; a budget exceeded fails the suite.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../support/browser';

const KB = 1024;
const gzipped = (file: string): number => gzipSync(readFileSync(join(EXTENSION_DIR, file)), { level: 9 }).length;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)).map((file) => join(entry.name, file)) : [entry.name],
  );
}

describe('size budgets of the built extension', () => {
  it('the detector, which runs on every page, is at most 8 KB', () => {
    expect(statSync(join(EXTENSION_DIR, 'detector.js')).size).toBeLessThanOrEqual(8 * KB);
  });

  it('what loads when the reader opens is at most 250 KB gzipped', () => {
    expect(gzipped('reader.js')).toBeLessThanOrEqual(250 * KB);
  });

  it('the language model is its own script, not in the reader', () => {
    const { source } = JSON.parse(readFileSync('src/core/lm/generated/char-model.json', 'utf8')) as { source: string };
    expect(readFileSync(join(EXTENSION_DIR, 'char-model.js'), 'utf8')).toContain(source);
    expect(readFileSync(join(EXTENSION_DIR, 'reader.js'), 'utf8')).not.toContain(source);
  });

  it('the store package is at most 2.5 MB (every file deflated, as in the zip)', () => {
    const total = filesUnder(EXTENSION_DIR).reduce((sum, file) => sum + gzipped(file), 0);
    expect(total).toBeLessThanOrEqual(2.5 * KB * KB);
  });
});

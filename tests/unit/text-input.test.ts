/**
 * Text is a first-class input: the seed itself is a text a reader copied out of its page
 * (tests/fixtures/seed/source-text.txt), and it gives the page's article: title, outline,
 * headings and text, within 0.5% of the hand-made expected result. Nothing of a text is
 * taken for markup.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanInput } from '../../src/cli/load-input';
import { cleanFile } from '../../src/cli/main';
import { blockText } from '../../src/core/model';
import { editDistanceShare, type TruthDocument } from '../support/scoring';

const seedDir = new URL('../fixtures/seed/', import.meta.url);

describe('the seed as text', () => {
  it('gives the seed page’s article, within 0.5% of the expected result', async () => {
    const { document: text } = await cleanInput(readFileSync(new URL('source-text.txt', seedDir)), 'text', 'simplified');
    const page = await cleanFile(readFileSync(new URL('page.html', seedDir)), 'simplified');
    expect(text.title).toBe(page.title);
    expect(text.blocks).toEqual(page.blocks);
    expect(text.outline).toEqual(page.outline);
    const expected = JSON.parse(readFileSync(new URL('expected.json', seedDir), 'utf8')) as TruthDocument;
    const headings = (blocks: TruthDocument['blocks']) => blocks.filter((block) => block.kind === 'heading');
    expect(headings(text.blocks)).toEqual(headings(expected.blocks));
    expect(text.outline.length).toBe(expected.outline.length);
    expect(editDistanceShare(text, expected)).toBeLessThanOrEqual(0.005);
  });
});

describe('a text with markup’s characters in it', () => {
  it('keeps every one: code, comparisons, entities and tags are text', async () => {
    const lines = [
      '/* 打印数组中的每一个元素，并统计总数 */',
      '#include <stdio.h>',
      'int main(void) { for (int i = 0; i < n && a[i] > 0; i++) printf("%d\\n", a[i]); }',
      '公司的“A&B”计划中，<b>加粗</b>不是标签，a &amp; b 也不是实体。',
    ];
    const { document } = await cleanInput(Buffer.from(lines.join('\n')), 'text', 'simplified');
    const text = document.blocks.map(blockText).join('\n');
    for (const kept of ['#include <stdio.h>', 'i < n && a[i] > 0', 'A&B', '<b>加粗</b>', 'a &amp; b']) expect(text).toContain(kept);
  });
});

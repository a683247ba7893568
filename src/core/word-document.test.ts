import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { cleanFile, runCli } from '../cli/main';
import { WORD_FONTS } from './word-document';

const fixture = (path: string) => new URL(`../../tests/fixtures/${path}`, import.meta.url).pathname;
const quiet = { stdout: () => undefined, stderr: () => undefined, readStdin: async () => new Uint8Array() };

async function wordParts(file: string): Promise<{ document: string; styles: string }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return { document: (await zip.file('word/document.xml')?.async('string')) ?? '', styles: (await zip.file('word/styles.xml')?.async('string')) ?? '' };
}

/** Each paragraph of document.xml as its style and its text. */
function paragraphs(xml: string): { style: string | undefined; text: string }[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)].map((match) => {
    const body = match[1] ?? match[2] ?? '';
    return { style: /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1], text: [...body.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('') };
  });
}

describe('the Word document', () => {
  it('is a valid .docx whose title and headings are Word’s own styles, in the 公文 fonts', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'qingyue-docx-')), 'seed.docx');
    expect(await runCli(['clean', fixture('seed/page.html'), '--format', 'docx', '-o', out], quiet)).toBe(0);
    const { document, styles } = await wordParts(out);
    const shown = paragraphs(document);
    expect(shown[0]).toEqual({ style: 'Title', text: '三区政协主席秘书长联席会交流材料' });
    const cleaned = await cleanFile(readFileSync(fixture('seed/page.html')), 'simplified');
    const headings = cleaned.blocks.flatMap((block) => (block.kind === 'heading' ? [{ style: `Heading${block.level}`, text: block.text }] : []));
    expect(headings.length).toBeGreaterThanOrEqual(4);
    expect(shown.filter((paragraph) => paragraph.style?.startsWith('Heading'))).toEqual(headings);
    expect(shown.some((paragraph) => paragraph.text === '……（此处省略706字）……')).toBe(true);
    for (const name of Object.values(WORD_FONTS)) expect(styles).toContain(`w:eastAsia="${name}"`);
    expect(styles).toMatch(/<w:docDefaults>.*<w:sz w:val="32"\/>.*<\/w:docDefaults>/s);
  });

  it('holds a 文秘 page’s table, and --out-dir writes one file per page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingyue-docx-'));
    expect(await runCli(['clean', fixture('rich/page.html'), fixture('seed/page.html'), '--format', 'docx', '--out-dir', dir], quiet)).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['page-2.docx', 'page.docx']);
    const { document } = await wordParts(join(dir, 'page.docx'));
    expect(document).toContain('<w:tbl>');
    expect(paragraphs(document).map((paragraph) => paragraph.text)).toEqual(expect.arrayContaining(['地区生产总值（亿元）', '126.5', '1. 完善工作机制，建立月调度制度；']));
  });

  it('is refused without a file to write to', async () => {
    expect(await runCli(['clean', fixture('seed/page.html'), '--format', 'docx'], quiet)).toBe(2);
  });
});

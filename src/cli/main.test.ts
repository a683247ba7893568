import iconv from 'iconv-lite';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from './main';

const fixture = (path: string) => new URL(`../../tests/fixtures/${path}`, import.meta.url).pathname;

async function run(args: string[], stdin = new Uint8Array(), now?: () => number) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => stdin,
    now,
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

describe('qingyue CLI', () => {
  it('prints the document model as JSON', async () => {
    const { code, stdout } = await run(['clean', fixture('seed/page.html')]);
    expect(code).toBe(0);
    const document = JSON.parse(stdout);
    expect(document.title).toBe('三区政协主席秘书长联席会交流材料');
    expect(document.blocks.length).toBeGreaterThan(10);
  });

  it('prints text and Markdown', async () => {
    const text = await run(['clean', fixture('seed/page.html'), '--format', 'text']);
    expect(text.stdout.startsWith('三区政协主席秘书长联席会交流材料\n\n近几年来')).toBe(true);
    expect(text.stdout).toContain('……（此处省略706字）……');
    const markdown = await run(['clean', fixture('seed/page.html'), '--format', 'markdown']);
    expect(markdown.stdout).toContain('\n\n## 一、贯彻落实市委政协工作会议精神情况\n\n');
  });

  it('keeps the page’s Traditional when asked', async () => {
    const { stdout } = await run(['clean', fixture('seed/page.html'), '--format', 'text', '--script', 'traditional']);
    expect(stdout.startsWith('三區政協主席秘書長聯席會交流材料\n\n近幾年來，漢南區政協')).toBe(true);
  });

  it('decodes a GBK-served page by its declared charset', async () => {
    const { code, stdout } = await run(['clean', fixture('pages/d03/page.html'), '--format', 'text']);
    expect(code).toBe(0);
    expect(stdout.startsWith('青溪县人民政府第15次常务会议纪要')).toBe(true);
  });

  it('reads standard input', async () => {
    const { code, stdout } = await run(['clean', '--format', 'text'], readFileSync(fixture('seed/page.html')));
    expect(code).toBe(0);
    expect(stdout).toContain('认真传达全市政协工作会议精神');
  });

  it('reads a text file in GBK or Big5 as well as UTF-8, as text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingyue-text-'));
    const text = '三區政協主席秘書長聯席會交流材料\n\n近幾年來,漢南區政協在區委的領導下,認真開展政治協商。\n#include <stdio.h>';
    writeFileSync(join(dir, 'gbk.txt'), iconv.encode(text, 'gbk'));
    writeFileSync(join(dir, 'big5.txt'), iconv.encode(text, 'big5'));
    for (const file of ['gbk.txt', 'big5.txt']) {
      const { code, stdout, stderr } = await run(['clean', join(dir, file), '--format', 'text']);
      expect([code, stderr]).toEqual([0, '']);
      expect(stdout).toBe('三区政协主席秘书长联席会交流材料\n\n近几年来，汉南区政协在区委的领导下，认真开展政治协商。\n\n#include <stdio.h>\n');
    }
  });

  it('reads standard input as text unless it begins like HTML, and --as says which', async () => {
    const html = '<!DOCTYPE html><html><body><p>認真傳達會議精神。</p></body></html>';
    const asPage = await run(['clean', '--format', 'text'], Buffer.from(html));
    expect(asPage.stdout).toBe('认真传达会议精神。\n');
    const asText = await run(['clean', '--format', 'text', '--as', 'text'], Buffer.from(html));
    expect(asText.stdout).toContain('<!DOCTYPE html>');
    const text = await run(['clean', '--format', 'text'], Buffer.from('a < b 时，<p>不是段落。'));
    expect(text.stdout).toBe('a < b 时，<p>不是段落。\n');
    expect((await run(['clean', '--as', 'pdf'])).code).toBe(2);
  });

  it('takes texts from a directory too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingyue-dir-'));
    writeFileSync(join(dir, 'a.txt'), '第一篇。');
    writeFileSync(join(dir, 'b.md'), '# 第二篇\n\n正文。');
    writeFileSync(join(dir, 'c.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    const { stdout } = await run(['clean', dir]);
    expect(stdout.trim().split('\n').map((line) => JSON.parse(line)).map((document) => [document.file.replace(dir, ''), document.title])).toEqual([
      ['/a.txt', ''],
      ['/b.md', '第二篇'],
    ]);
  });

  it('never gives nothing for an input with text: it says why and exits non-zero', async () => {
    const undecodable = await run(['clean', '-'], new Uint8Array([0x81, 0x20, 0xff, 0xff, 0x80]));
    expect(undecodable).toEqual({ code: 1, stdout: '', stderr: 'qingyue: -: not UTF-8, UTF-16, GB18030 (GBK) or Big5 text\n' });
    const nothing = await run(['clean', '--format', 'text', '--as', 'html'], Buffer.from('<script>var a = 1;</script><p>   </p>'));
    expect(nothing.code).toBe(0);
    const lost = await run(['clean', '--format', 'text', '--as', 'html'], Buffer.from('<html><body><p style="display:none">只有看不见的字。</p></body></html>'));
    expect(lost.stderr).toMatch(/^qingyue: -: no article text found \(read as a page; --as text reads it the other way\)\n$/);
    expect(lost.code).toBe(1);
  });

  it('says why it cannot read a page and exits non-zero', async () => {
    const missing = await run(['clean', '/nonexistent/page.html']);
    expect(missing).toEqual({ code: 1, stdout: '', stderr: 'qingyue: /nonexistent/page.html: no such file\n' });
    const empty = await run(['clean', '-']);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('empty input');
    const binary = await run(['clean', '-'], new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    expect(binary.stderr).toContain('not a text file');
  });

  it('rejects bad usage with exit code 2', async () => {
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['clean', '--format', 'pdf', fixture('seed/page.html')])).stderr).toContain('--format must be one of');
    expect((await run(['clean', '--bogus'])).code).toBe(2);
  });

  it('cleans a directory in one process as JSON Lines with the file names', async () => {
    const { code, stdout } = await run(['clean', fixture('pages')]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.file.replace(/.*fixtures\//, ''))).toEqual(
      ['d01', 'd02', 'd03', 'd04', 'd05', 'd06'].map((name) => `pages/${name}/page.html`),
    );
    expect(lines.every((line) => line.detected && line.blocks.length > 0)).toBe(true);
  });

  it('puts a header before each page of text output', async () => {
    const { stdout } = await run(['clean', fixture('pages/d02/page.html'), fixture('pages/d05/page.html'), '--format', 'text']);
    expect(stdout.match(/^==> .*page\.html <==$/gm)).toHaveLength(2);
  });

  it('reports progress on stderr during long runs', async () => {
    let clock = 0;
    const { stderr } = await run(['detect', fixture('pages')], new Uint8Array(), () => (clock += 600));
    expect(stderr).toMatch(/^qingyue: \d\/6 pages, [\d.]+ pages\/s$/m);
    expect(stderr.trim().split('\n').at(-1)).toMatch(/^qingyue: 6\/6 pages/);
  });

  it('detects target pages and says no to others', async () => {
    const { stdout } = await run(['detect', fixture('seed/page.html'), fixture('ordinary')]);
    const lines = stdout.split('\n').filter(Boolean);
    expect(lines[0]).toMatch(/^detected\t.*seed\/page\.html\tunfinished-tail,member-omission/);
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^not-detected\t.*en-blog\.html\t$/),
      expect.stringMatching(/^not-detected\t.*zh-news\.html\t$/),
    ]);
  });
});

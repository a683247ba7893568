/**
 * Makes damaged pages the way the real ones were made, from a clean text of our own: the
 * Traditional text's GBK bytes get `字(pīnyīn)` inserted by byte-wise search and replace
 * (so codes also match across character boundaries), then a decoder that turns a lead byte
 * before an ASCII byte into `?` (eating the ASCII byte) and drops unmapped pairs reads them
 * back, and full-width forms become ASCII. Used to test layouts the fixtures do not have.
 */
import iconv from 'iconv-lite';
import { pinyin } from 'pinyin-pro';
import { bundledResources } from '../../src/core/bundled-resources';
import type { Block } from '../../src/core/model';
import { loadToTraditional } from '../../src/core/script';
import { charOfPair, encodeGbk } from '../../src/core/text/gbk';

export type Layout = 'table' | 'modern-h2';

export interface DamageOptions {
  layout: Layout;
  charset: 'utf-8' | 'gbk';
  /** How many of the most frequent Traditional-only characters get annotated. */
  annotatedCount: number;
  siteName: string;
  /** The page's script: Traditional (the default, as on most such sites) or Simplified. */
  script?: 'traditional' | 'simplified';
  /** What the document title puts between the title and the site's name (default `_`). */
  titleSeparator?: string;
  /** The site's name inside sentences is visible text (default: hidden in a span). */
  visibleWatermark?: boolean;
  /** Leave out the 未完 tail, so that only the damage itself can get the page recognised. */
  withoutTail?: boolean;
}

export interface DamagedPage {
  html: Uint8Array;
  truth: { title: string; blocks: Block[] };
}

function annotateBytes(bytes: number[], codes: Map<string, number[]>): number[] {
  let result = bytes;
  for (const [, replacement] of codes) {
    const code = replacement.slice(0, 2);
    const next: number[] = [];
    for (let i = 0; i < result.length; i++) {
      if (result[i] === code[0] && result[i + 1] === code[1]) {
        next.push(...replacement);
        i++;
      } else {
        next.push(result[i] ?? 0);
      }
    }
    result = next;
  }
  return result;
}

function faultyDecode(bytes: number[]): string {
  let text = '';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) {
      text += String.fromCharCode(byte);
      continue;
    }
    const trail = bytes[i + 1];
    i++;
    if (trail === undefined) break;
    text += trail < 0x40 ? '?' : charOfPair(byte, trail);
  }
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

interface SourceLine {
  kind: 'title' | 'heading' | 'paragraph';
  level: number;
  text: string;
}

function parseMarkdown(markdown: string): SourceLine[] {
  return markdown
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const hashes = /^(#+)\s+/.exec(line)?.[1]?.length ?? 0;
      const text = line.replace(/^#+\s+/, '').trim();
      if (hashes === 1) return { kind: 'title', level: 0, text };
      return hashes > 1 ? { kind: 'heading', level: hashes - 1, text } : { kind: 'paragraph', level: 0, text };
    });
}

export async function damagedPage(markdown: string, options: DamageOptions): Promise<DamagedPage> {
  const toTraditional = options.script === 'simplified' ? (text: string) => text : await loadToTraditional(bundledResources, 't');
  const lines = parseMarkdown(markdown);
  const traditional = lines.map((line) => toTraditional(line.text));
  const counts = new Map<string, number>();
  for (const text of traditional) {
    for (const ch of text) if (/\p{Script=Han}/u.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  const simplifiedText = lines.map((line) => line.text).join('');
  // Traditional pages get their Traditional-only characters annotated, Simplified ones their commonest.
  const annotated = [...counts.entries()]
    .filter(([ch]) => options.script === 'simplified' || !simplifiedText.includes(ch))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, options.annotatedCount)
    .map(([ch]) => ch);
  const codes = new Map<string, number[]>();
  for (const ch of annotated) {
    const reading = (pinyin(ch, { type: 'array' }) as string[])[0] ?? '';
    const bytes = encodeGbk(`${ch}(${reading})`);
    if (bytes) codes.set(ch, bytes);
  }
  const damaged = traditional.map((text) => faultyDecode(annotateBytes(encodeGbk(text) ?? [], codes)));

  const title = lines.find((line) => line.kind === 'title')?.text ?? '';
  const body = lines.flatMap((line, i) => (line.kind === 'title' ? [] : [{ line, damaged: damaged[i] ?? '' }]));
  const shownCount = Math.ceil(body.length * 0.6);
  const shown = body.slice(0, shownCount);
  const total = lines.map((line) => line.text.length).reduce((a, b) => a + b, 0);
  const visible = shown.map(({ line }) => line.text.length).reduce((a, b) => a + b, 0);
  const watermark = options.visibleWatermark ? options.siteName : `<span class="wm">${options.siteName}</span>`;
  const withWatermark = (text: string, i: number): string =>
    i % 3 === 1 ? text.replace(/，/, `，${watermark}`).replace(/,/, `,${watermark}`) : text;
  const tail = options.withoutTail ? '' : `……(未完,全文共${total}字,當前僅顯示${visible}字,請閱讀下面提示信息。收藏《${toTraditional(title)}》)`;

  const article =
    options.layout === 'table'
      ? `<table width="960"><tr><td class="nav"><a href="/">${options.siteName}</a> | <a href="/zj/">工作總結</a></td></tr>
         <tr><td class="content">${shown.map(({ damaged: text }, i) => withWatermark(text, i)).join('<br />\n')}<br />\n${tail}</td></tr></table>`
      : `<main><article><h1>${toTraditional(title)}</h1>${shown
          .map(({ line, damaged: text }, i) => (line.kind === 'heading' ? `<h${line.level + 1}>${text}</h${line.level + 1}>` : `<p>${withWatermark(text, i)}</p>`))
          .join('\n')}<p>${tail}</p></article></main>`;
  const html = `<!DOCTYPE html><html><head><meta charset="${options.charset}"><title>${toTraditional(title)}${options.titleSeparator ?? '_'}${options.siteName}</title>
    <style>.wm{display:none}.nav{background:#eee}</style></head><body>
    <header><a href="/">${options.siteName}</a> <a href="/login">登錄</a> <a href="/vip">開通VIP</a></header>
    ${article}
    <aside><h3>相關文章</h3><ul><li><a href="/a/1">工作總結範文</a></li><li><a href="/a/2">述職報告範文</a></li></ul></aside>
    </body></html>`;
  const blocks: Block[] = [
    ...shown.map(({ line }): Block => (line.kind === 'heading' ? { kind: 'heading', level: line.level, text: line.text } : { kind: 'paragraph', text: line.text })),
    ...(options.withoutTail ? [] : [{ kind: 'omission' as const, chars: total - visible, total, shown: visible }]),
  ];
  return { html: options.charset === 'gbk' ? iconv.encode(html, 'gbk') : new TextEncoder().encode(html), truth: { title, blocks } };
}

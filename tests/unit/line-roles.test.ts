/**
 * Every line judged for its role, on real pages and their texts alike (tests/fixtures/lines,
 * 73 pages from 69 sites with every line labelled; and the real sets' truths): no line of
 * an article is ever dropped, and the site's chrome mostly is. Each dropped line is a
 * recorded change with its role and its place among the blocks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanInput } from '../../src/cli/load-input';
import { cleanFile } from '../../src/cli/main';
import type { CleanDocument } from '../../src/core/model';
import { plainLine } from '../../src/core/roles/plain-line';
import { FIXTURES, REAL_EXCERPTS } from '../support/real-sets';
import type { TruthDocument } from '../support/scoring';

const LINES = new URL('lines/', FIXTURES);
const ITEMS = readdirSync(LINES).filter((name) => name.endsWith('.roles.json')).map((name) => name.slice(0, -'.roles.json'.length)).sort();
/** The share of the labelled chrome lines dropped, today: a floor, so that a change that loses some shows. */
const MIN_CHROME_DROPPED = 0.55;
const ARTICLE_ROLES = new Set(['paragraph', 'heading', 'title']);
const key = (text: string): string => plainLine(text).replace(/[\p{P}\p{S}\s]/gu, '');

interface Labelled {
  lines: { text: string; role: string }[];
}

const cleaned = new Map<string, { page: CleanDocument; text: CleanDocument }>();

beforeAll(async () => {
  for (const id of ITEMS) {
    const page = await cleanFile(readFileSync(new URL(`pages/${id}/page.html`, LINES)), 'simplified');
    const text = (await cleanInput(readFileSync(new URL(`${id}.source.txt`, LINES)), 'text', 'simplified')).document;
    cleaned.set(id, { page, text });
  }
}, 120_000);

/**
 * Dropped lines beyond the chrome lines of the same text: the article's own, dropped. On a
 * page, whose title is shown above the article, the title said again may go too.
 */
function articleLinesDropped(document: CleanDocument, labelled: Labelled, onPage: boolean): string[] {
  const chrome = new Map<string, number>();
  for (const line of labelled.lines) {
    if (!ARTICLE_ROLES.has(line.role)) chrome.set(key(line.text), (chrome.get(key(line.text)) ?? 0) + 1);
  }
  const dropped: string[] = [];
  for (const change of document.changes.filter((recorded) => recorded.line)) {
    if (onPage && change.line?.role === 'title' && key(change.before) === key(document.title)) continue;
    const left = chrome.get(key(change.before)) ?? 0;
    if (left > 0) chrome.set(key(change.before), left - 1);
    else dropped.push(change.before);
  }
  return dropped;
}

describe('the role of every line, on 73 labelled pages', () => {
  it('has them', () => {
    expect(ITEMS.length).toBeGreaterThanOrEqual(70);
  });

  it('never drops an article’s line, on the page or in its text', () => {
    for (const id of ITEMS) {
      const labelled = JSON.parse(readFileSync(new URL(`${id}.roles.json`, LINES), 'utf8')) as Labelled;
      const { page, text } = cleaned.get(id) ?? ({} as never);
      expect(articleLinesDropped(page, labelled, true), `${id} as a page`).toEqual([]);
      expect(articleLinesDropped(text, labelled, false), `${id} as text`).toEqual([]);
    }
  });

  it(`drops at least ${MIN_CHROME_DROPPED * 100}% of the site’s lines, each with its role and its place`, () => {
    let chrome = 0;
    let dropped = 0;
    for (const id of ITEMS) {
      const labelled = JSON.parse(readFileSync(new URL(`${id}.roles.json`, LINES), 'utf8')) as Labelled;
      const { text } = cleaned.get(id) ?? ({} as never);
      const chromeLines = labelled.lines.filter((line) => !ARTICLE_ROLES.has(line.role));
      chrome += chromeLines.length;
      const droppedKeys = text.changes.filter((change) => change.line).map((change) => key(change.before));
      dropped += chromeLines.filter((line) => droppedKeys.includes(key(line.text))).length;
      for (const change of text.changes.filter((recorded) => recorded.line)) {
        expect(change.line?.at).toBeGreaterThanOrEqual(0);
        expect(change.line?.at).toBeLessThanOrEqual(text.blocks.length);
      }
    }
    expect(dropped / chrome).toBeGreaterThanOrEqual(MIN_CHROME_DROPPED);
  });
});

describe('the real sets’ truths', () => {
  it.each(REAL_EXCERPTS.filter((excerpt) => excerpt.truth))('$set $name: no line of the truth is dropped, from the page or the text', async ({ page, source, truth }) => {
    const lines = new Set((JSON.parse(readFileSync(new URL(truth ?? '', FIXTURES), 'utf8')) as TruthDocument).blocks.flatMap((block) => ('text' in block ? block.text.split('\n') : [])).map(key));
    for (const document of [await cleanFile(readFileSync(new URL(page, FIXTURES)), 'simplified'), (await cleanInput(readFileSync(new URL(source, FIXTURES)), 'text', 'simplified')).document]) {
      expect(document.changes.filter((change) => change.line && lines.has(key(change.before))).map((change) => change.before)).toEqual([]);
    }
  });

  it('real2, the reference set: every line its readings drop as the site’s is dropped, from the page and the text', async () => {
    const index = JSON.parse(readFileSync(new URL('real2/index.json', FIXTURES), 'utf8')) as { id: string; expected_notes?: { removed_lines?: string[] } }[];
    for (const { id, expected_notes: notes } of index) {
      const chrome = (notes?.removed_lines ?? []).map((line) => key((line.split(' — ')[0] ?? '').replace(/…$/, '')));
      if (chrome.length === 0) continue;
      for (const document of [await cleanFile(readFileSync(new URL(`real2/pages/${id}/page.html`, FIXTURES)), 'simplified'), (await cleanInput(readFileSync(new URL(`real2/${id}.source.txt`, FIXTURES)), 'text', 'simplified')).document]) {
        const dropped = document.changes.filter((change) => change.line).map((change) => key(change.before));
        expect(chrome.filter((line) => !dropped.some((gone) => gone.startsWith(line.slice(0, 12)))), id).toEqual([]);
      }
    }
  });
});

describe('a modern layout’s own chrome inside the article', () => {
  it('drops its breadcrumb, meta row, tags and related list, and keeps every line of the article', async () => {
    const document = await cleanFile(readFileSync(new URL('unseen/modern-chrome.html', FIXTURES)), 'simplified');
    expect(document.changes.filter((change) => change.line).map((change) => [change.line?.role, change.before])).toEqual([
      ['navigation', '首页 › 调研报告 › 正文'],
      ['title', '关于加强基层党建工作的调研报告'],
      ['meta', '更新于 2024-05-06 · 浏览 5.2万 · 收藏 318'],
      ['meta', '标签：调研报告 基层党建'],
      ['related', '2023年基层党建工作总结'],
      ['related', '党建工作述职报告范文'],
    ]);
    expect(document.blocks.map((block) => ('text' in block ? block.text : ''))).toEqual([
      '近年来，我县坚持以党建引领基层治理，不断夯实基层基础，取得了明显成效。为全面掌握情况，调研组深入各乡镇开展调研。',
      '一、基本情况',
      '全县共有基层党组织五百余个，党员一万余名。各级党组织认真落实“三会一课”制度，组织生活日益规范。',
      '二、存在问题',
      '一是部分党组织书记能力不足；二是党员队伍老化，年轻党员比例偏低；三是活动阵地建设不平衡。',
    ]);
  });
});

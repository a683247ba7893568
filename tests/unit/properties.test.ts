/**
 * Properties of every pass and of the whole pipeline, on generated input (fast-check):
 * never throws, idempotent, conserves every visible Han character unless a recorded change
 * accounts for it, and stays linear on adversarial input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/cli/load-page';
import { bundledResources } from '../../src/core/bundled-resources';
import { newDraft, type Draft } from '../../src/core/draft';
import { markupStyleOf } from '../../src/core/hidden-text';
import { blockText, type CleanDocument } from '../../src/core/model';
import { censoredPinyin } from '../../src/core/passes/censored-pinyin';
import { emDash } from '../../src/core/passes/em-dash';
import { halfWidthPunctuation } from '../../src/core/passes/half-width-punctuation';
import { hardWrap } from '../../src/core/passes/hard-wrap';
import { lostBytes } from '../../src/core/passes/lost-bytes';
import { omissionNotice } from '../../src/core/passes/omission-notice';
import { outOfStepAnnotation } from '../../src/core/passes/out-of-step-annotation';
import { outlineBlock } from '../../src/core/passes/outline-block';
import { pinyinAnnotation } from '../../src/core/passes/pinyin-annotation';
import { siteChrome } from '../../src/core/passes/site-chrome';
import { structure } from '../../src/core/passes/structure';
import { watermark } from '../../src/core/passes/watermark';
import { cleanPage } from '../../src/core/pipeline';
import { testContext } from '../support/test-context';

/** Pieces of the damage the passes look for, so generated text exercises them. */
const DAMAGE = [
  '?', '(zhèn)', '(qū)', '(', ')', '……', 'shuji', ',', ';', ':', '。', '、', '一、', '（一）', '目录/提纲', ' ', '\n', '棗', 'r',
  '……(新文秘網http://jey722.cn省略706字,正式會員可完整閱讀)……', '……(未完,全文共3926字,當前僅顯示1983字,請閱讀下面提示信息。收藏《x》)',
  '認真?zhèn)鬟_', '。ǘ嫿ê椭C社會', '區(qū)委', '新文秘網', 'http://jey722.cn',
];
const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((code) => String.fromCharCode(code));
const piece = fc.oneof({ weight: 3, arbitrary: han }, { weight: 2, arbitrary: fc.constantFrom(...DAMAGE) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) });
const line = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));
const lines = fc.array(line, { minLength: 1, maxLength: 8 });

const PASSES = [omissionNotice, outlineBlock, siteChrome, watermark, hardWrap, pinyinAnnotation, outOfStepAnnotation, lostBytes, emDash, censoredPinyin, halfWidthPunctuation, structure];
/** A fixed seed keeps `npm test` reproducible; FC_SEED=<n> explores other inputs. */
const RUNS = { numRuns: 40, seed: Number(process.env.FC_SEED ?? 20261128) };

const textOf = (draft: Draft): string[] => draft.units.map((unit) => (unit.kind === 'line' ? unit.text : unit.block.kind === 'omission' ? `[${unit.block.chars}]` : blockText(unit.block)));
const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pageOf = (paragraphs: string[]): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>标题</title></head><body><div id="content">${paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('')}</div></body></html>`;
const clean = (html: string): Promise<CleanDocument> => {
  const document = parsePage(html);
  return cleanPage(document, markupStyleOf(document), bundledResources);
};
const hanCounts = (texts: string[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const text of texts) for (const ch of text.match(/\p{Script=Han}/gu) ?? []) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
};

describe.each(PASSES.map((pass) => [pass.name, pass] as const))('pass %s', (_name, pass) => {
  const run = (draft: Draft): Draft => pass.run(draft, testContext());

  it('never throws, on any lines', () => {
    fc.assert(fc.property(lines, (input) => void run(newDraft('', [], input))), RUNS);
  });

  it('is idempotent: running it on its own output changes nothing', () => {
    fc.assert(
      fc.property(lines, (input) => {
        const once = run(newDraft('', [], input));
        expect(textOf(run(once))).toEqual(textOf(once));
      }),
      RUNS,
    );
  });
});

describe('the whole pipeline', () => {
  it('never throws, on any string as a page', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), async (html) => void (await clean(html.split(String.fromCharCode(0)).join('')))), RUNS);
  });

  it('never throws, on pages of damaged-looking paragraphs', async () => {
    await fc.assert(fc.asyncProperty(lines, async (paragraphs) => void (await clean(pageOf(paragraphs)))), RUNS);
  });

  it('is idempotent: cleaning its clean output changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(lines, async (paragraphs) => {
        const once = await clean(pageOf(paragraphs));
        const texts = once.blocks.filter((block) => block.kind !== 'omission').map(blockText);
        const twice = await clean(pageOf(texts));
        expect(twice.blocks.filter((block) => block.kind !== 'omission').map(blockText)).toEqual(texts);
      }),
      RUNS,
    );
  });

  it('conserves every visible Han character, unless a recorded change accounts for it', async () => {
    await fc.assert(
      fc.asyncProperty(lines, async (paragraphs) => {
        const cleaned = await clean(pageOf(paragraphs));
        const output = hanCounts(cleaned.blocks.map(blockText));
        const removed = hanCounts(cleaned.changes.map((change) => change.before));
        const lost = [...hanCounts(paragraphs)].filter(([ch, count]) => count > (output.get(ch) ?? 0) + (removed.get(ch) ?? 0));
        expect(lost).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe('linear time on adversarial input', () => {
  /** Time of the slower of two runs' best, in ms: one slow sample must not decide. */
  async function cleaningTime(html: string): Promise<number> {
    let best = Infinity;
    for (let i = 0; i < 2; i++) {
      const start = performance.now();
      await clean(html);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  }

  /** The 未完 tail makes each a target page, so every repair pass runs on it. */
  const TAIL = '……(未完,全文共3926字,當前僅顯示1983字,請閱讀下面提示信息。)';
  const ADVERSARIAL: Record<string, (size: number) => string> = {
    'open brackets': (size) => pageOf(['中' + '('.repeat(size), TAIL]),
    'a long Latin run': (size) => pageOf(['中' + 'a'.repeat(size) + '文', TAIL]),
    'endless ?': (size) => pageOf(['認真' + '?'.repeat(size), TAIL]),
    'annotations without end': (size) => pageOf(['區(qū)'.repeat(size / 5), TAIL]),
    'out-of-step annotations without end': (size) => pageOf(['認真?zhèn)鬟_'.repeat(size / 40), TAIL]),
    'deep nesting': (size) => `<html><body>${'<div>'.repeat(size / 10)}正文${'</div>'.repeat(size / 10)}</body></html>`,
  };

  it.each(Object.keys(ADVERSARIAL))('%s: four times the input takes well under sixteen times as long', async (name) => {
    const page = ADVERSARIAL[name] ?? (() => '');
    await clean(page(400));
    const small = await cleaningTime(page(2_000));
    const large = await cleaningTime(page(8_000));
    // Quadratic work would take 16×; allow noise on a busy machine, not a square.
    expect(large).toBeLessThan(8 * small + 200);
  }, 120_000);
});

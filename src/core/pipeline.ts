/**
 * The one cleaning pipeline, shared by the extension and the CLI: extract the article,
 * run one pass per kind of damage, and produce the document model in the page's own
 * script (convert with `toScript`). Heavy resources load here, on first use, and only on
 * pages that need them (see resources.ts).
 */
import { detectTargetPage, MAX_TEXT } from './detect';
import { newDraft, type Draft } from './draft';
import { extractPageSteps, type ExtractedPage } from './extract';
import { textLines } from './input/text-lines';
import type { StyleOf } from './hidden-text';
import type { CharModelData } from './lm/char-model';
import { loadModel } from './lm/load-model';
import type { CleanDocument } from './model';
import { pageVocabulary } from './lm/page-pairs';
import { finishSteps } from './finish-document';
import { inPageForms } from './page-forms';
import { pageTextForDetector } from './page-text';
import type { PagePass, Pass, PassContext } from './pass';
import { censoredPinyin } from './passes/censored-pinyin';
import { emDash } from './passes/em-dash';
import { halfWidthPunctuation } from './passes/half-width-punctuation';
import { hardWrap } from './passes/hard-wrap';
import { lostBytes } from './passes/lost-bytes';
import { omissionNotice } from './passes/omission-notice';
import { outlineBlock } from './passes/outline-block';
import { outOfStepAnnotation } from './passes/out-of-step-annotation';
import { pinyinAnnotation } from './passes/pinyin-annotation';
import { siteChrome } from './passes/site-chrome';
import { structure } from './passes/structure';
import { watermark } from './passes/watermark';
import type { Resources } from './resources';
import { inSlices, runSteps, type Slices } from './slices';
import { pageScript, toSimplified } from './script';
import { hasDecoderMarkers } from './text/decoder-markers';
import { isJapanese } from './text/han';

/**
 * In order. Byte repairs run before anything that changes characters, and annotations
 * are removed first so that the bytes around a repair are the page's original bytes;
 * hard wraps are joined before that, since a line break can cut an annotation in two.
 *
 * Cleaning never waits for the page to be recognised: every pass runs on its own local
 * evidence (a reading that fits its character, bytes that re-decode clearly, lines broken
 * by width). Only where that evidence looks the same in ordinary text does the page have
 * to be recognised as well: a site's name in a sentence is news on a news page, a Latin
 * word between Han characters is a word, 枣 is a jujube, and a garbage-looking rare
 * character is a rare character. Those passes run on `recognised` pages only.
 */
type Step =
  | { pass: PagePass; scored?: false; runsOn: 'every page' | 'Chinese pages' | 'recognised pages' }
  /** `scored`: the pass weighs readings with the character model. */
  | { pass: Pass; scored: true; runsOn: 'pages with decoder markers' | 'recognised pages' };

const PASSES: Step[] = [
  { pass: omissionNotice, runsOn: 'Chinese pages' },
  { pass: outlineBlock, runsOn: 'recognised pages' },
  { pass: siteChrome, runsOn: 'Chinese pages' },
  { pass: watermark, runsOn: 'recognised pages' },
  { pass: hardWrap, runsOn: 'Chinese pages' },
  { pass: pinyinAnnotation, runsOn: 'Chinese pages' },
  { pass: outOfStepAnnotation, scored: true, runsOn: 'pages with decoder markers' },
  { pass: lostBytes, scored: true, runsOn: 'recognised pages' },
  // Re-reading bytes can reveal an annotation that was unreadable before (受益者?-h(huán)境).
  { pass: pinyinAnnotation, runsOn: 'Chinese pages' },
  { pass: emDash, scored: true, runsOn: 'recognised pages' },
  { pass: censoredPinyin, scored: true, runsOn: 'recognised pages' },
  { pass: halfWidthPunctuation, runsOn: 'Chinese pages' },
  { pass: structure, runsOn: 'every page' },
];

/** A toneless-pinyin run between Han characters: the only pass that inserts new words. */
const CENSORED_RUN = /\p{Script=Han}[a-z]{2,24}\p{Script=Han}/u;

interface PageFacts {
  japanese: boolean;
  recognised: boolean;
  decoderMarkers: boolean;
}

function runsHere(step: Step, page: PageFacts): boolean {
  if (step.runsOn === 'every page') return true;
  if (page.japanese) return false;
  if (step.runsOn === 'Chinese pages') return true;
  if (step.runsOn === 'pages with decoder markers') return page.recognised || page.decoderMarkers;
  return page.recognised;
}

async function scoringContext(
  text: string,
  traditional: boolean,
  modelData: Promise<CharModelData>,
  inSteps: <Result>(steps: Generator<void, Result>) => Promise<Result>,
): Promise<PassContext> {
  const needsTraditionalWords = traditional && CENSORED_RUN.test(text);
  const model = await loadModel(modelData);
  const vocabulary = await inSteps(pageVocabulary(text, model, toSimplified));
  return {
    model,
    toSimplified: (value) => toSimplified(value),
    toPageScript: needsTraditionalWords ? inPageForms(text, toSimplified) : (value) => value,
    pagePairs: vocabulary.pairs,
    pageCharacters: vocabulary.characters,
  };
}

export interface CleanOptions {
  /** Where the page was served from: its host is a watermark too when the page is a mirror. */
  url?: string;
  /** Spread the work over several tasks: the browser's time slices. */
  slices?: Slices;
  /**
   * A page's first screen, cleaned by the same passes on its own and handed over before the
   * rest is cleaned, so that the reader can show it at once, where the rest takes a while
   * (see `firstScreenOf`). The rest of the work waits for the returned promise: the reader
   * paints first.
   */
  onFirstScreen?: (firstScreen: CleanDocument) => Promise<void>;
}

/**
 * A first screen is the page's leading lines up to this many characters: more than a tall
 * window shows (about 30 lines of 36 characters).
 */
export const FIRST_SCREEN_CHARS = 2_000;
/** What follows the first screen is long when it holds this many: it takes a while to clean. */
const LONG_REST_CHARS = 10 * FIRST_SCREEN_CHARS;

/**
 * The lines of a first screen worth showing on its own, or undefined: worth it when the
 * rest of the page is long, or holds decoder markers, whose byte repairs are the costliest
 * work of all (d01's take half a second).
 */
function firstScreenOf<Line extends { text: string }>(lines: readonly Line[]): Line[] | undefined {
  let chars = 0;
  let end = 0;
  while (end < lines.length && chars < FIRST_SCREEN_CHARS) chars += lines[end++]?.text.length ?? 0;
  let restChars = 0;
  for (let i = end; i < lines.length && restChars < LONG_REST_CHARS; i++) restChars += lines[i]?.text.length ?? 0;
  const worthIt = restChars >= LONG_REST_CHARS || lines.some((line, i) => i >= end && hasDecoderMarkers(line.text));
  return worthIt ? lines.slice(0, end) : undefined;
}

function hostOf(url: string | undefined): string[] {
  try {
    return url ? [new URL(url).hostname.replace(/^www\./, '')].filter((host) => host.includes('.')) : [];
  } catch {
    return [];
  }
}

/** The tab's turns between the parts of the work: `pause` between parts, `inSteps` through a generator's. */
interface Turns {
  pause: (progress: number) => Promise<void>;
  inSteps: <Result>(steps: Generator<void, Result>, progress: (stepsDone: number) => number) => Promise<Result>;
}

function turnsOf(options: CleanOptions): Turns {
  return {
    // Between the parts of the work, a huge page gives the tab its turn.
    pause: async (progress) => {
      if (options.slices?.due()) await options.slices.next(progress);
    },
    inSteps: async (steps, progress) => (options.slices ? inSlices(steps, options.slices, progress) : runSteps(steps)),
  };
}

/**
 * Cleans a page. `styleOf` tells which elements are visible: computed style in the
 * browser, `markupStyleOf(document)` in Node. The result is in the page's own script.
 */
export async function cleanPage(
  document: Document,
  styleOf: StyleOf,
  resources: Resources,
  options: CleanOptions = {},
): Promise<CleanDocument> {
  const turns = turnsOf(options);
  const { detected } = detectTargetPage(pageTextForDetector(document, MAX_TEXT));
  // Asked for before extraction on a recognised page: in the extension, injecting the model then overlaps it.
  const modelData = detected ? resources.charModel() : undefined;
  // Should extraction throw, the load is never awaited: handled here, it is no unhandled rejection.
  modelData?.catch(() => undefined);
  await turns.pause(0);
  const page = await turns.inSteps(extractPageSteps(document, styleOf), () => 0);
  return cleanLines(page, detected, { resources, modelData, turns }, options);
}

/**
 * Cleans a text: its lines (input/text-lines.ts) go through the same passes as a page's,
 * recognised by the same detector. `markdown`: the text is a Markdown file's.
 */
export async function cleanText(text: string, resources: Resources, options: CleanOptions & { markdown?: boolean } = {}): Promise<CleanDocument> {
  const { detected } = detectTargetPage(text.slice(0, MAX_TEXT));
  const { title, lines } = textLines(text, options.markdown);
  const page = { title, siteNames: [], lines, hiddenTexts: [] };
  return cleanLines(page, detected, { resources, modelData: undefined, turns: turnsOf(options) }, options);
}

/** The passes over a page's (or a text's) lines, and the document they make. */
async function cleanLines(
  page: ExtractedPage,
  detected: boolean,
  { resources, modelData: asked, turns }: { resources: Resources; modelData: Promise<CharModelData> | undefined; turns: Turns },
  options: CleanOptions,
): Promise<CleanDocument> {
  const { pause, inSteps } = turns;
  let modelData = asked;
  await pause(0);
  const text = page.lines.map((line) => line.text).join('\n');
  const script = pageScript(text);
  const facts = { japanese: isJapanese(text), recognised: detected, decoderMarkers: hasDecoderMarkers(text) };
  const steps = PASSES.filter((step) => runsHere(step, facts));
  if (steps.some((step) => step.scored)) modelData ??= resources.charModel();
  await pause(0);
  const context = modelData ? await scoringContext(text, script === 'traditional', modelData, (steps) => inSteps(steps, () => 0)) : undefined;
  await pause(0);
  const hiddenTextChanges = page.hiddenTexts.map((hidden) => ({ pass: 'hidden-text', before: hidden, after: '', at: 'page' as const }));
  const names = [...page.siteNames, ...hostOf(options.url)];
  const passesOver = async (lines: typeof page.lines, progressShare: number): Promise<Draft> => {
    let draft: Draft = { ...newDraft(page.title, names, lines, detected), changes: hiddenTextChanges };
    for (const [index, step] of steps.entries()) {
      const units = Math.max(1, draft.units.length);
      const progress = (linesDone: number): number => ((index + Math.min(1, linesDone / units)) / steps.length) * progressShare;
      let work: Generator<void, Draft> | Draft;
      if (!step.scored) work = step.pass.steps?.(draft) ?? step.pass.run(draft);
      else if (context) work = step.pass.steps?.(draft, context) ?? step.pass.run(draft, context);
      else continue;
      draft = 'next' in work ? await inSteps(work, progress) : work;
      await pause(progress(units));
    }
    return draft;
  };
  const firstScreenLines = options.onFirstScreen ? firstScreenOf(page.lines) : undefined;
  if (options.onFirstScreen && firstScreenLines) {
    const firstScreen = await inSteps(finishSteps(await passesOver(firstScreenLines, 0), detected, script), () => 0);
    if (firstScreen.blocks.some((block) => block.kind !== 'omission')) await options.onFirstScreen(firstScreen);
  }
  return inSteps(finishSteps(await passesOver(page.lines, 1), detected, script), () => 1);
}

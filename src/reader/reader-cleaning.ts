/**
 * Cleaning the live page for the reader. A page's first screen (see `firstScreenOf` in the
 * pipeline) is shown as soon as it is clean, and the rest of the cleaning waits until the
 * reader is painted, then goes on behind it. A huge page is worked through in slices, with
 * a progress notice once it takes a while. Each script's version is made once, on first use.
 */
import { type CleanDocument, cleanPage, partOf, restoreLine, type Script, type Slices, toScript, type TraditionalStandard } from '../core';
import { computedStyleOf } from '../extension/computed-style';
import { injectedResources } from '../extension/injected-resources';
import { timeSlices } from '../extension/time-slices';
import { NothingToClean, nothingToClean, showProgress, type ProgressNotice } from './notices';
import { loadSettings, type ReaderSettings } from './settings';

/** An ordinary page is cleaned sooner than this; a longer wait gets a progress notice. */
const SHOW_PROGRESS_AFTER_MS = 1000;
/** Of the progress shown while opening, cleaning's part; converting the script takes the rest. */
const CLEANING_SHARE = 0.9;

/**
 * The cleaned page in either script, each made once; the Traditional one in the chosen
 * standard. Lines the reader put back stay put back, in every script and once the whole
 * page replaces its first screen.
 */
export class ScriptVersions {
  readonly #made = new Map<string, Promise<CleanDocument>>();
  /** The lines put back, by what the page had: a change's index differs between the first screen and the whole. */
  readonly #restored = new Set<string>();

  constructor(
    private original: CleanDocument,
    private readonly slices: Slices,
  ) {}

  of(script: Script, standard: TraditionalStandard): Promise<CleanDocument> {
    const key = script === 'simplified' ? script : `${script}-${standard}`;
    let converted = this.#made.get(key);
    if (!converted) {
      converted = toScript(this.original, script, injectedResources, standard, partOf(this.slices, CLEANING_SHARE, 1));
      this.#made.set(key, converted);
    }
    return converted;
  }

  /** The whole page, once cleaned, in place of its first screen. */
  replaceOriginal(whole: CleanDocument): void {
    this.original = whole;
    for (const line of this.#restored) this.#restore(line);
    this.#made.clear();
  }

  /** Puts back the line the change at `index` dropped. */
  restoreLine(index: number): void {
    const change = this.original.changes[index];
    if (!change?.line) return;
    this.#restored.add(change.before);
    this.#restore(change.before);
    this.#made.clear();
  }

  #restore(before: string): void {
    const index = this.original.changes.findIndex((change) => change.line && change.before === before);
    if (index >= 0) this.original = restoreLine(this.original, index);
  }
}

export interface ReaderCleaning {
  settings: ReaderSettings;
  versions: ScriptVersions;
  /** What the reader shows first, in the reader's default script. */
  shown: CleanDocument;
  /** Settled with the whole page; when `partial`, `shown` is only its first screen. */
  whole: Promise<CleanDocument>;
  partial: boolean;
  /** Says the reader is painted: the cleaning of the rest may go on. */
  painted: () => void;
}

export async function cleanForReader(view: Window): Promise<ReaderCleaning> {
  const page = view.document;
  // Chromium shows a PDF in a page of its own, with the file in an <embed>.
  if (page.contentType === 'application/pdf') throw new NothingToClean('cannotCleanPdf');
  if (!page.body || !page.documentElement) throw nothingToClean(page);
  let progressNotice: ProgressNotice | undefined;
  let readerShown = false;
  const openedAt = view.performance.now();
  const slices = timeSlices(
    () => view.performance.now(),
    (done) => {
      // Once a page's first screen is up, the rest is cleaned behind it, with no notice.
      if (readerShown || (!progressNotice && view.performance.now() - openedAt < SHOW_PROGRESS_AFTER_MS)) return;
      progressNotice ??= showProgress(page);
      progressNotice.update(done);
    },
  );
  let painted: (outcome: 'painted' | Error) => void = () => undefined;
  const firstPaint = new Promise<void>((resolve, reject) => (painted = (outcome) => (outcome === 'painted' ? resolve() : reject(outcome))));
  // Awaited only by the cleaning of a page with a first screen: elsewhere its failure is nobody's to handle.
  firstPaint.catch(() => undefined);
  let showFirstScreen: (firstScreen: CleanDocument) => void = () => undefined;
  const firstScreenCleaned = new Promise<CleanDocument>((resolve) => (showFirstScreen = resolve));
  const whole = cleanPage(page, computedStyleOf(view), injectedResources, {
    url: view.location.href,
    slices: partOf(slices, 0, CLEANING_SHARE),
    onFirstScreen: (firstScreen) => {
      showFirstScreen(firstScreen);
      return firstPaint;
    },
  });
  try {
    const first = Promise.race([firstScreenCleaned.then((document) => ({ document, partial: true })), whole.then((document) => ({ document, partial: false }))]);
    const [{ document, partial }, settings] = await Promise.all([first, loadSettings()]);
    if (!document.blocks.some((block) => block.kind !== 'omission')) throw nothingToClean(page);
    const versions = new ScriptVersions(document, slices);
    const shown = await versions.of(settings.defaultScript, settings.traditionalStandard);
    // Building the reader is a task's worth of work of its own.
    if (slices.due()) await slices.next(1);
    readerShown = true;
    return { settings, versions, shown, whole, partial, painted: () => painted('painted') };
  } catch (error) {
    // The cleaning that waits for a reader that will not come stops with it.
    whole.catch(() => undefined);
    painted(error instanceof Error ? error : new Error(String(error)));
    throw error;
  } finally {
    progressNotice?.remove();
  }
}

/**
 * The reader view: cleans the live page, shows the result in a closed shadow root above
 * the page, and removes itself on close so that the page is exactly as it was. Nothing of
 * the page is changed while it is open: the reader only adds its own host element.
 */
import { computedStyleOf } from '../extension/computed-style';
import { timeSlices } from '../extension/time-slices';
import { type CleanDocument, cleanPage, partOf, type Script, sectionText, toMarkdown, toScript, toText, type TraditionalStandard } from '../core';
import { injectedResources } from '../extension/injected-resources';
import { READER_PAINTED_MARK } from '../extension/messages';
import { t } from '../extension/i18n';
import { marksByBlock, type Mark } from './change-marks';
import { readerCommandFor, SHORTCUTS, type ReaderCommand } from './keyboard';
import { readAloudWith } from './read-aloud';
import readerCss from './reader.css?inline';
import { readingMinutes } from './reading-time';
import { blockId, elementMaker, renderArticle, renderBlocks, renderChangeSummary, renderOutline, type Make } from './render';
import type { ReadingPlace } from './reading-place';
import { recallPlace, rememberPlace } from './reading-place-store';
import { renderSettingsPanel } from './settings-panel';
import { applySettings, loadSettings, printPageStyle, readerSettingsItem, textLanguage, type ReaderSettings } from './settings';

const STATE = Symbol.for('qingyue.reader');
/** Blocks shown at once; a longer article gets the rest in slices, a chunk at a time. */
const FIRST_BLOCKS = 60;
/** An ordinary page is cleaned sooner than this; a longer wait gets a progress notice. */
const SHOW_PROGRESS_AFTER_MS = 1000;
/** Of the progress shown while opening, cleaning's part; converting the script takes the rest. */
const CLEANING_SHARE = 0.9;
const BLOCKS_PER_CHUNK = 100;
const XHTML = 'http://www.w3.org/1999/xhtml';
export const HOST_TAG = 'qingyue-reader';

interface OpenReader {
  close: () => void;
}

type ReaderState = OpenReader | 'opening' | undefined;


async function copyToClipboard(text: string, fallbackRoot: ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = fallbackRoot.ownerDocument.createElement('textarea');
    area.value = text;
    fallbackRoot.append(area);
    area.select();
    const copied = fallbackRoot.ownerDocument.execCommand('copy');
    area.remove();
    return copied;
  }
}

/** Bytes as base64, a slice at a time: spreading a whole file into `String.fromCharCode` overflows the stack. */
function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

/** Saves text or bytes as a file through a link with `download`; a data: URL leaves nothing to revoke. */
function saveFile(root: ShadowRoot, name: string, content: string | Uint8Array, type: string): void {
  const link = root.ownerDocument.createElement('a');
  link.href = typeof content === 'string' ? `data:${type},${encodeURIComponent(content)}` : `data:${type};base64,${base64Of(content)}`;
  link.download = name;
  root.append(link);
  link.click();
  link.remove();
}

const WORD_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function fileName(title: string, extension: string): string {
  return `${(title || '清阅').replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80)}.${extension}`;
}

function button(make: Make, className: string, text: string, label?: string): HTMLButtonElement {
  const element = make('button', className, text);
  element.type = 'button';
  if (label) element.setAttribute('aria-label', label);
  return element;
}

/** The reader's own element, with a closed shadow root the page cannot reach into. */
function createHost(page: Document): { host: HTMLElement; shadow: ShadowRoot; make: Make } {
  const host = page.createElement(HOST_TAG);
  return { host, shadow: host.attachShadow({ mode: 'closed' }), make: elementMaker(page) };
}

function renderHelp(make: Make): HTMLElement {
  const help = make('section', 'qy-panel qy-help');
  help.setAttribute('aria-label', t('helpTitle'));
  const list = make('dl', 'qy-shortcuts');
  for (const shortcut of SHORTCUTS) list.append(make('dt', undefined, shortcut.keys), make('dd', undefined, t(shortcut.label)));
  help.append(make('h2', 'qy-panel-title', t('helpTitle')), list);
  return help;
}

/** The page has no article text: a notice that says why, not an empty reader. */
class NothingToClean extends Error {
  constructor(readonly reason: 'cannotClean' | 'cannotCleanPdf' | 'cannotCleanFrames') {
    super(reason);
  }
}

/** Why a page gives no article text: its content is in frames, or it has none. */
function nothingToClean(page: Document): NothingToClean {
  return new NothingToClean(page.querySelector('frameset, frame, iframe') ? 'cannotCleanFrames' : 'cannotClean');
}

async function openReader(view: Window, onClosed: () => void): Promise<OpenReader> {
  const page = view.document;
  // Chromium shows a PDF in a page of its own, with the file in an <embed>.
  if (page.contentType === 'application/pdf') throw new NothingToClean('cannotCleanPdf');
  if (!page.body || !page.documentElement) throw nothingToClean(page);
  // A huge page is worked through in slices, with a progress notice once it takes a while.
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
  let settings: ReaderSettings;
  let original: CleanDocument;
  const versions = new Map<string, Promise<CleanDocument>>();
  const version = (script: Script): Promise<CleanDocument> => {
    const standard: TraditionalStandard = settings.traditionalStandard;
    const key = script === 'simplified' ? script : `${script}-${standard}`;
    let converted = versions.get(key);
    if (!converted) {
      converted = toScript(original, script, injectedResources, standard, partOf(slices, CLEANING_SHARE, 1));
      versions.set(key, converted);
    }
    return converted;
  };
  let shown: CleanDocument;
  // A page's first screen (see `firstScreenOf` in the pipeline) is shown as soon as it is clean; the rest of the cleaning
  // waits until the reader is painted, then goes on behind it.
  let painted: (outcome: 'painted' | Error) => void = () => undefined;
  const firstPaint = new Promise<void>((resolve, reject) => (painted = (outcome) => (outcome === 'painted' ? resolve() : reject(outcome))));
  // Awaited only by the cleaning of a page with a first screen: elsewhere its failure is nobody's to handle.
  firstPaint.catch(() => undefined);
  let showFirstScreen: (firstScreen: CleanDocument) => void = () => undefined;
  const firstScreenCleaned = new Promise<CleanDocument>((resolve) => (showFirstScreen = resolve));
  const wholeCleaned = cleanPage(page, computedStyleOf(view), injectedResources, {
    url: view.location.href,
    slices: partOf(slices, 0, CLEANING_SHARE),
    onFirstScreen: (firstScreen) => {
      showFirstScreen(firstScreen);
      return firstPaint;
    },
  });
  let partial: boolean;
  try {
    const first = Promise.race([firstScreenCleaned.then((document) => ({ document, partial: true })), wholeCleaned.then((document) => ({ document, partial: false }))]);
    [{ document: original, partial }, settings] = await Promise.all([first, loadSettings()]);
    if (!original.blocks.some((block) => block.kind !== 'omission')) throw nothingToClean(page);
    shown = await version(settings.defaultScript);
    // Building the reader is a task's worth of work of its own.
    if (slices.due()) await slices.next(1);
  } catch (error) {
    // The cleaning that waits for a reader that will not come stops with it.
    wholeCleaned.catch(() => undefined);
    painted(error instanceof Error ? error : new Error(String(error)));
    throw error;
  } finally {
    progressNotice?.remove();
  }
  readerShown = true;
  let showChanges = false;

  const previousFocus = page.activeElement;
  const { host, shadow, make } = createHost(page);
  const root = make('div', 'qy-root');
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-modal', 'true');
  root.setAttribute('aria-label', t('brand'));
  root.tabIndex = -1;

  const toolbar = make('div', 'qy-toolbar');
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', t('toolbar'));
  const brand = make('span', 'qy-brand', t('brand'));
  const status = make('span', 'qy-status');
  status.setAttribute('role', 'status');
  const copyButton = button(make, 'qy-copy', t('copy'), t('copyLabel'));
  const exportButton = button(make, 'qy-export-toggle', t('export'), t('exportLabel'));
  const changesButton = button(make, 'qy-changes', t('showChanges'));
  changesButton.setAttribute('aria-pressed', 'false');
  const settingsButton = button(make, 'qy-settings-toggle', 'Aa', t('settings'));
  const scriptButton = button(make, 'qy-script', '');
  const helpButton = button(make, 'qy-help-toggle', '?', t('help'));
  const closeButton = button(make, 'qy-close', t('close'), t('closeLabel'));
  // Shown only on narrow windows, where the outline is a drawer over the article.
  const drawerButton = button(make, 'qy-outline-toggle', t('outlineDrawer'), t('outlineDrawerLabel'));
  drawerButton.setAttribute('aria-expanded', 'false');
  const speakButton = button(make, 'qy-speak', t('readAloud'));
  speakButton.setAttribute('aria-pressed', 'false');
  const readAloud = readAloudWith(view.speechSynthesis);
  const offerReadAloud = (): void => {
    speakButton.disabled = !readAloud.available();
    speakButton.title = speakButton.disabled ? t('noChineseVoice') : t('readAloudTitle');
  };
  offerReadAloud();
  view.speechSynthesis?.addEventListener('voiceschanged', offerReadAloud);
  toolbar.append(drawerButton, brand, status, copyButton, exportButton, changesButton, settingsButton, speakButton, scriptButton, helpButton, closeButton);

  const progress = make('div', 'qy-progress');
  progress.setAttribute('role', 'progressbar');
  progress.setAttribute('aria-label', t('progress'));
  progress.setAttribute('aria-valuemin', '0');
  progress.setAttribute('aria-valuemax', '100');
  const progressFill = make('div', 'qy-progress-fill');
  progress.append(progressFill);

  const panels = make('div', 'qy-panels');
  const exportPanel = make('section', 'qy-panel qy-export');
  exportPanel.setAttribute('aria-label', t('export'));
  const copyMarkdown = button(make, 'qy-copy-markdown', t('copyMarkdown'));
  const saveText = button(make, 'qy-save-txt', t('saveTxt'));
  const saveMarkdown = button(make, 'qy-save-md', t('saveMd'));
  const saveWord = button(make, 'qy-save-docx', t('saveDocx'));
  exportPanel.append(copyMarkdown, saveText, saveMarkdown, saveWord);
  const helpPanel = renderHelp(make);
  let settingsPanel = make('section', 'qy-panel');
  const panelToggles = new Map<HTMLElement, HTMLButtonElement>([[exportPanel, exportButton], [helpPanel, helpButton]]);

  const layout = make('div', 'qy-layout');
  const scroller = make('main', 'qy-scroller');
  layout.append(scroller);
  root.append(toolbar, progress, panels, layout);
  shadow.append(make('style', undefined, readerCss), root);

  const openPanel = (panel: HTMLElement | undefined): void => {
    const current = panels.firstElementChild;
    for (const [candidate, toggle] of panelToggles) toggle.setAttribute('aria-expanded', String(candidate === panel && current !== panel));
    if (!panel || current === panel) {
      panels.replaceChildren();
      return;
    }
    panels.replaceChildren(panel);
    panel.querySelector<HTMLElement>('button, select, input')?.focus();
  };

  let sections: { of: CleanDocument; blocks: number[] } | undefined;
  /** Blocks that start a section (headings, outline entries), in article order. */
  const sectionBlocks = (): number[] => {
    if (sections?.of !== shown) {
      const headings = shown.blocks.flatMap((block, i) => (block.kind === 'heading' ? [i] : []));
      const entries = shown.outline.flatMap((entry) => (entry.block === undefined ? [] : [entry.block]));
      sections = { of: shown, blocks: [...new Set([...headings, ...entries])].sort((a, b) => a - b) };
    }
    return sections.blocks;
  };

  /**
   * Index of the first section whose distance below the top of the text passes `test`, which
   * holds from some section on (distances grow down the article). A binary search: a huge
   * article has thousands of sections, and each distance asks for layout.
   */
  const firstSectionWhere = (test: (offset: number) => boolean): number => {
    const blocks = sectionBlocks();
    const top = scroller.getBoundingClientRect().top;
    let low = 0;
    let high = blocks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const element = shadow.getElementById(blockId(blocks[middle] ?? 0));
      if (element && test(element.getBoundingClientRect().top - top)) high = middle;
      else low = middle + 1;
    }
    return low;
  };

  const drawerOpen = (): boolean => root.dataset.drawer === 'open';
  const setDrawer = (open: boolean): void => {
    const outline = layout.querySelector<HTMLElement>('.qy-outline');
    const focusWasInside = outline?.contains(shadow.activeElement) ?? false;
    root.dataset.drawer = open ? 'open' : 'closed';
    drawerButton.setAttribute('aria-expanded', String(open));
    if (open) (outline?.querySelector<HTMLElement>('[aria-current="true"]') ?? outline?.querySelector<HTMLElement>('.qy-outline-link'))?.focus();
    else if (focusWasInside) drawerButton.focus();
  };

  const goTo = (block: number): void => {
    const target = shadow.getElementById(blockId(block));
    if (!target) return;
    if (drawerOpen()) setDrawer(false);
    target.tabIndex = -1;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  };

  const updateReadingPosition = (): void => {
    const scrollable = scroller.scrollHeight - scroller.clientHeight;
    const percent = scrollable > 0 ? Math.round((scroller.scrollTop / scrollable) * 100) : 100;
    progressFill.style.width = `${percent}%`;
    progress.setAttribute('aria-valuenow', String(percent));
    const current = sectionBlocks()[firstSectionWhere((offset) => offset > 32) - 1];
    for (const link of shadow.querySelectorAll<HTMLElement>('.qy-outline-link[aria-current]')) {
      if (Number(link.dataset.block) !== current) link.removeAttribute('aria-current');
    }
    if (current !== undefined) {
      for (const link of shadow.querySelectorAll<HTMLElement>(`.qy-outline-link[data-block="${current}"]`)) link.setAttribute('aria-current', 'true');
    }
  };

  const stepSection = (direction: 1 | -1): void => {
    const target = direction === 1 ? firstSectionWhere((offset) => offset > 4) : firstSectionWhere((offset) => offset >= -4) - 1;
    const block = sectionBlocks()[target];
    if (block !== undefined) goTo(block);
  };

  let renders = 0;
  /**
   * The rest of a huge article, added a slice at a time after the first paint, in chunks
   * the browser can lay out (or skip, off screen) as one.
   */
  const renderRest = async (generation: number, article: HTMLElement, marks: ReadonlyMap<number, readonly Mark[]>, firstBlocks: number): Promise<void> => {
    const slices = timeSlices(() => view.performance.now(), () => undefined);
    // The first paint comes first.
    await slices.next(0);
    for (let from = firstBlocks; from < shown.blocks.length && generation === renders; from += BLOCKS_PER_CHUNK) {
      const chunk = make('div', 'qy-chunk');
      chunk.append(...renderBlocks(make, shown, marks, from, from + BLOCKS_PER_CHUNK));
      article.append(chunk);
      if (slices.due()) await slices.next(from / shown.blocks.length);
    }
  };

  /** `firstBlocks`: how many blocks come in this task, the rest in slices after the paint. */
  const render = (firstBlocks = FIRST_BLOCKS): void => {
    const generation = ++renders;
    const traditional = shown.script === 'traditional';
    scriptButton.textContent = traditional ? t('showSimplified') : t('showTraditional');
    scriptButton.setAttribute('aria-label', traditional ? t('showSimplifiedLabel') : t('showTraditionalLabel'));
    layout.querySelector('.qy-outline')?.remove();
    if (shown.outline.length > 0) layout.prepend(renderOutline(make, shown, { select: goTo, copySection }));
    const marks = showChanges ? marksByBlock(shown) : new Map<number, Mark[]>();
    const article = renderArticle(make, shown, marks, firstBlocks);
    const meta = make('p', 'qy-meta', t('readingTime', readingMinutes(shown)));
    article.querySelector('.qy-title')?.after(meta);
    if (showChanges) meta.after(renderChangeSummary(make, shown));
    scroller.replaceChildren(article);
    root.lang = textLanguage(shown.script, settings.traditionalStandard);
    article.lang = root.lang;
    // After the paint, when layout is done anyway: asking for it now would add it to this task.
    view.requestAnimationFrame(() => view.setTimeout(updateReadingPosition));
    if (shown.blocks.length > firstBlocks) void renderRest(generation, article, marks, firstBlocks);
  };

  /**
   * The whole page, once cleaned, in place of its first screen: everything the first screen
   * showed is drawn in one task and the block at the top of the view stays where it is, so
   * that what the reader is looking at does not move.
   */
  const replaceFirstScreen = (): void => {
    const top = scroller.getBoundingClientRect().top;
    const shownBefore = scroller.querySelectorAll('[id^="qy-block-"]').length;
    const inView = blockAtTop(scroller);
    const anchor = inView && { element: inView.element, offset: inView.box.top - top };
    const anchorId = anchor?.element.id;
    render(Math.max(FIRST_BLOCKS, shownBefore));
    const moved = anchorId ? shadow.getElementById(anchorId) : null;
    if (anchor && moved) scroller.scrollTop += moved.getBoundingClientRect().top - top - anchor.offset;
  };

  const renderSettings = (): void => {
    const wasOpen = panels.firstElementChild === settingsPanel;
    panelToggles.delete(settingsPanel);
    settingsPanel = renderSettingsPanel(make, settings, (next) => void changeSettings(next));
    panelToggles.set(settingsPanel, settingsButton);
    if (wasOpen) panels.replaceChildren(settingsPanel);
  };

  const changeSettings = async (next: ReaderSettings): Promise<void> => {
    const standardChanged = next.traditionalStandard !== settings.traditionalStandard;
    settings = next;
    applySettings(root, settings);
    printSheet.textContent = printPageStyle(settings.preset);
    renderSettings();
    void readerSettingsItem.setValue(settings);
    if (standardChanged && shown.script === 'traditional') {
      try {
        shown = await version('traditional');
        render();
      } catch (error) {
        failed('scriptFailed', error);
      }
    }
  };

  /** A failure the reader tells of: in its status line, and in one line of the console. */
  const failed = (message: 'scriptFailed' | 'saveFailed', error: unknown): void => {
    status.textContent = t(message);
    console.warn(`Qingyue: ${t(message)};`, error);
  };

  /** Settled once the whole page is in: copy and export wait for it, never giving a first screen for the page. */
  let restCleaned: Promise<void> = Promise.resolve();
  const copy = (): void => {
    void restCleaned.then(() => copyToClipboard(toText(shown), shadow)).then((copied) => {
      status.textContent = copied ? t('copied') : t('copyFailed');
    });
  };
  const copySection = (entryIndex: number): void => {
    void restCleaned.then(() => copyToClipboard(sectionText(shown, entryIndex), shadow)).then((copied) => {
      status.textContent = copied ? t('copiedSection') : t('copyFailed');
    });
  };
  const toggleScript = (): void => {
    version(shown.script === 'simplified' ? 'traditional' : 'simplified').then(
      (next) => {
        shown = next;
        status.textContent = '';
        render();
      },
      (error: unknown) => failed('scriptFailed', error),
    );
  };

  const stopReading = (): void => {
    readAloud.stop();
    speakButton.setAttribute('aria-pressed', 'false');
  };
  speakButton.addEventListener('click', () => {
    if (speakButton.getAttribute('aria-pressed') === 'true') return stopReading();
    const top = scroller.getBoundingClientRect().top;
    const paragraphs = [...shadow.querySelectorAll<HTMLElement>('.qy-paragraph, .qy-heading, .qy-quote, .qy-list > li, .qy-caption')].filter((element) => element.getBoundingClientRect().bottom > top);
    speakButton.setAttribute('aria-pressed', 'true');
    readAloud.start(paragraphs, root.lang, settings.speechRate, stopReading);
  });

  let closed = false;
  const close = (): void => {
    closed = true;
    stopReading();
    view.speechSynthesis?.removeEventListener('voiceschanged', offerReadAloud);
    page.removeEventListener('keydown', onKeyDown, true);
    host.remove();
    (previousFocus as HTMLElement | null)?.focus?.({ preventScroll: true });
    onClosed();
  };
  const run = (command: ReaderCommand): void => {
    if (command === 'close') {
      if (drawerOpen()) setDrawer(false);
      else if (panels.firstElementChild) openPanel(undefined);
      else close();
    } else if (command === 'next-section') stepSection(1);
    else if (command === 'previous-section') stepSection(-1);
    else if (command === 'toggle-script') toggleScript();
    else if (command === 'copy') copy();
    else openPanel(helpPanel);
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    const inField = /^(INPUT|SELECT|TEXTAREA)$/.test(shadow.activeElement?.tagName ?? '');
    const command = readerCommandFor(event, inField);
    if (!command) return;
    event.preventDefault();
    event.stopPropagation();
    run(command);
  };

  copyButton.addEventListener('click', copy);
  scriptButton.addEventListener('click', toggleScript);
  exportButton.addEventListener('click', () => openPanel(exportPanel));
  settingsButton.addEventListener('click', () => openPanel(settingsPanel));
  helpButton.addEventListener('click', () => openPanel(helpPanel));
  changesButton.addEventListener('click', () => {
    showChanges = !showChanges;
    changesButton.setAttribute('aria-pressed', String(showChanges));
    render();
  });
  copyMarkdown.addEventListener('click', () => {
    void restCleaned.then(() => copyToClipboard(toMarkdown(shown), shadow)).then((copied) => {
      status.textContent = copied ? t('copiedMarkdown') : t('copyFailed');
    });
  });
  saveText.addEventListener('click', () => void restCleaned.then(() => saveFile(shadow, fileName(shown.title, 'txt'), toText(shown), 'text/plain;charset=utf-8')));
  saveMarkdown.addEventListener('click', () => void restCleaned.then(() => saveFile(shadow, fileName(shown.title, 'md'), toMarkdown(shown), 'text/markdown;charset=utf-8')));
  saveWord.addEventListener('click', () =>
    void restCleaned
      .then(async () => saveFile(shadow, fileName(shown.title, 'docx'), await (await injectedResources.wordWriter())(shown), WORD_TYPE))
      .catch((error: unknown) => failed('saveFailed', error)),
  );
  closeButton.addEventListener('click', close);
  drawerButton.addEventListener('click', () => setDrawer(!drawerOpen()));
  scroller.addEventListener('click', () => drawerOpen() && setDrawer(false));
  // Where the reader is, kept a moment after scrolling stops: reopening the page returns there.
  let placeTimer: number | undefined;
  const keepPlace = (): void => {
    view.clearTimeout(placeTimer);
    placeTimer = view.setTimeout(() => {
      const place = placeInView(scroller);
      if (place && !closed) void rememberPlace(view.location.href, place);
    }, KEEP_PLACE_AFTER_MS);
  };
  scroller.addEventListener('scroll', () => view.requestAnimationFrame(updateReadingPosition), { passive: true });
  scroller.addEventListener('scroll', keepPlace, { passive: true });
  page.addEventListener('keydown', onKeyDown, true);

  // Printing shows only the article: the page is hidden by a print-only sheet that lives
  // inside the reader's own element, so it leaves with the reader.
  const printSheet = page.createElement('style');
  printSheet.media = 'print';
  printSheet.textContent = printPageStyle(settings.preset);
  host.append(printSheet);

  applySettings(root, settings);
  renderSettings();
  render();
  page.documentElement.append(host);
  // Focus asks for layout: given after the first paint, it does not lengthen this task.
  view.requestAnimationFrame(() => view.setTimeout(() => root.focus()));
  // The frame after this one is painted with the reader: a mark on the page's own timeline,
  // for `npm run bench` (trigger to painted reader) and anyone profiling a page.
  view.requestAnimationFrame(() => view.setTimeout(() => view.performance.mark(READER_PAINTED_MARK)));
  if (partial) {
    status.textContent = t('cleaningRest');
    restCleaned = wholeCleaned.then(
      async (whole) => {
        if (closed) return;
        original = whole;
        versions.clear();
        shown = await version(shown.script);
        if (closed) return;
        replaceFirstScreen();
        status.textContent = '';
      },
      (error: unknown) => {
        status.textContent = t('cleaningRestFailed');
        console.warn('Qingyue: the rest of the page could not be cleaned;', error);
      },
    );
    view.requestAnimationFrame(() => view.setTimeout(() => painted('painted')));
  }
  void restCleaned.then(async () => {
    const place = await recallPlace(view.location.href);
    // Not where the reader has already scrolled to, nor after it closed.
    if (place && !closed && scroller.scrollTop === 0) await returnTo(place, shadow, scroller, view);
  });
  return { close };
}

/** How long after scrolling stops the place is kept. */
const KEEP_PLACE_AFTER_MS = 400;
/** How long a place's block may take to appear: a huge article adds its blocks in chunks after the first paint. */
const WAIT_FOR_PLACE_MS = 3_000;

/**
 * The first block whose bottom is below the top of the view. A binary search, the blocks
 * going down the article in order: a huge one has thousands, and each box asks for layout.
 */
function blockAtTop(scroller: HTMLElement): { element: HTMLElement; box: DOMRect } | undefined {
  const blocks = scroller.querySelectorAll<HTMLElement>('[id^="qy-block-"]');
  const top = scroller.getBoundingClientRect().top;
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((blocks[middle]?.getBoundingClientRect().bottom ?? top) > top) high = middle;
    else low = middle + 1;
  }
  const element = blocks[low];
  return element ? { element, box: element.getBoundingClientRect() } : undefined;
}

/** The block at the top of the view, and how far into it. */
function placeInView(scroller: HTMLElement): ReadingPlace | undefined {
  const inView = blockAtTop(scroller);
  if (!inView) return undefined;
  const { element, box } = inView;
  const into = box.height > 0 ? Math.max(0, (scroller.getBoundingClientRect().top - box.top) / box.height) : 0;
  return { block: Number(element.id.slice('qy-block-'.length)), into, at: Date.now() };
}

async function returnTo(place: ReadingPlace, shadow: ShadowRoot, scroller: HTMLElement, view: Window): Promise<void> {
  const deadline = view.performance.now() + WAIT_FOR_PLACE_MS;
  let target = shadow.getElementById(blockId(place.block));
  while (!target && view.performance.now() < deadline) {
    await new Promise((next) => view.requestAnimationFrame(next));
    target = shadow.getElementById(blockId(place.block));
  }
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  scroller.scrollTop += place.into * target.getBoundingClientRect().height;
}

interface ProgressNotice {
  update: (done: number) => void;
  remove: () => void;
}

/** How far the reader is through a huge page, in a small notice of its own. */
function showProgress(page: Document): ProgressNotice {
  const { host, shadow, make } = createHost(page);
  const notice = make('div', 'qy-notice qy-cleaning');
  notice.setAttribute('role', 'status');
  const text = make('p', 'qy-notice-text', t('cleaningProgress', 0));
  const bar = make('progress', 'qy-cleaning-bar') as HTMLProgressElement;
  bar.max = 100;
  bar.value = 0;
  notice.append(make('strong', 'qy-brand', t('brand')), text, bar);
  shadow.append(make('style', undefined, readerCss), notice);
  page.documentElement.append(host);
  return {
    update(done) {
      const percent = Math.round(done * 100);
      bar.value = percent;
      text.textContent = t('cleaningProgress', percent);
    },
    remove: () => host.remove(),
  };
}

/**
 * A short notice instead of the reader: the page has no article text, or cleaning failed.
 * A failure offers its details (the error and the page's address, nothing else) to copy.
 */
function showNotice(view: Window, message: string, report: string | undefined, onClosed: () => void): OpenReader {
  const page = view.document;
  const { host, shadow, make } = createHost(page);
  const notice = make('div', 'qy-notice');
  notice.setAttribute('role', 'alertdialog');
  notice.setAttribute('aria-label', t('brand'));
  const text = make('p', 'qy-notice-text', message);
  const actions = make('div', 'qy-notice-actions');
  const closeButton = button(make, 'qy-close', t('close'), t('closeLabel'));
  if (report !== undefined) {
    const copyReport = button(make, 'qy-copy-report', t('copyReport'));
    copyReport.addEventListener('click', () => void copyToClipboard(report, shadow).then((copied) => (copyReport.textContent = copied ? t('copied') : t('copyFailed'))));
    actions.append(copyReport);
  }
  actions.append(closeButton);
  notice.append(make('strong', 'qy-brand', t('brand')), text, actions);
  shadow.append(make('style', undefined, readerCss), notice);
  const close = (): void => {
    page.removeEventListener('keydown', onKeyDown, true);
    host.remove();
    onClosed();
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') close();
  };
  closeButton.addEventListener('click', close);
  page.addEventListener('keydown', onKeyDown, true);
  page.documentElement.append(host);
  closeButton.focus();
  return { close };
}

/** Opens the reader in `view`, or closes it when it is already open there. */
export async function toggleReaderIn(view: Window): Promise<void> {
  // An image or an XML document (SVG) has no HTML to put the reader or a notice in.
  if (view.document.documentElement?.namespaceURI !== XHTML) return;
  const global = view as unknown as Record<symbol, ReaderState>;
  const state = global[STATE];
  if (state === 'opening') return;
  if (state) {
    state.close();
    return;
  }
  global[STATE] = 'opening';
  const closed = (): void => {
    global[STATE] = undefined;
  };
  try {
    global[STATE] = await openReader(view, closed);
  } catch (error) {
    view.document.querySelectorAll(HOST_TAG).forEach((host) => host.remove());
    const report = `${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n${view.location.href}`;
    global[STATE] = error instanceof NothingToClean ? showNotice(view, t(error.reason), undefined, closed) : showNotice(view, t('failed'), report, closed);
  }
}

/**
 * The reader view: cleans the live page, shows the result in a closed shadow root above
 * the page, and removes itself on close so that the page is exactly as it was. Nothing of
 * the page is changed while it is open: the reader only adds its own host element. This
 * file wires the parts together; each part is a file of its own.
 */
import { type CleanDocument, sectionText, toMarkdown, toText } from '../core';
import { t } from '../extension/i18n';
import { injectedResources } from '../extension/injected-resources';
import { READER_PAINTED_MARK, READER_WHOLE_MARK } from '../extension/messages';
import { articleView } from './article-view';
import { copyToClipboard } from './clipboard';
import { createHost } from './host';
import { readerCommandFor, type ReaderCommand } from './keyboard';
import type { OpenReader } from './notices';
import { KEEP_PLACE_AFTER_MS, placeInView, returnTo } from './place-in-view';
import { readAloudButton } from './read-aloud-button';
import { cleanForReader } from './reader-cleaning';
import readerCss from './reader.css?inline';
import { recallPlace, rememberPlace } from './reading-place-store';
import { blockId } from './render';
import { fileName, saveFile, WORD_TYPE } from './save-file';
import { markCurrentSection, outlineDrawer, sectionNavigator } from './sections';
import { renderSettingsPanel } from './settings-panel';
import { applySettings, printPageStyle, readerSettingsItem, textLanguage, type ReaderSettings } from './settings';
import { labelScriptButton, renderExportPanel, renderHelp, renderProgressBar, renderToolbar } from './toolbar';

/** What the reader holds while open: everything else is drawn from it. */
interface ReaderState {
  settings: ReaderSettings;
  shown: CleanDocument;
  showChanges: boolean;
  closed: boolean;
  /** Settled once the whole page is in: copy and export wait for it, never giving a first screen for the page. */
  restCleaned: Promise<void>;
}

export async function openReader(view: Window, onClosed: () => void): Promise<OpenReader> {
  const page = view.document;
  const cleaning = await cleanForReader(view);
  const { versions } = cleaning;
  const state: ReaderState = { settings: cleaning.settings, shown: cleaning.shown, showChanges: false, closed: false, restCleaned: Promise.resolve() };
  const lang = (): string => textLanguage(state.shown.script, state.settings.traditionalStandard);

  const previousFocus = page.activeElement;
  const { host, shadow, make } = createHost(page);
  const root = make('div', 'qy-root');
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-modal', 'true');
  root.setAttribute('aria-label', t('brand'));
  root.tabIndex = -1;
  const toolbar = renderToolbar(make);
  const progress = renderProgressBar(make);
  const panels = make('div', 'qy-panels');
  const exportPanel = renderExportPanel(make);
  const helpPanel = renderHelp(make);
  let settingsPanel = make('section', 'qy-panel');
  const panelToggles = new Map<HTMLElement, HTMLButtonElement>([[exportPanel.element, toolbar.export], [helpPanel, toolbar.help]]);
  const layout = make('div', 'qy-layout');
  const scroller = make('main', 'qy-scroller');
  layout.append(scroller);
  root.append(toolbar.element, progress.element, panels, layout);
  shadow.append(make('style', undefined, readerCss), root);

  const readAloud = readAloudButton(view, toolbar.speak, { shadow, scroller, lang: () => root.lang, rate: () => state.settings.speechRate });
  const sections = sectionNavigator(shadow, scroller, () => state.shown);
  const drawer = outlineDrawer(root, shadow, toolbar.drawer);

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

  const goTo = (block: number | undefined): void => {
    const target = block === undefined ? null : shadow.getElementById(blockId(block));
    if (!target) return;
    if (drawer.isOpen()) drawer.set(false);
    target.tabIndex = -1;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  };

  const updateReadingPosition = (): void => {
    const scrollable = scroller.scrollHeight - scroller.clientHeight;
    progress.show(scrollable > 0 ? Math.round((scroller.scrollTop / scrollable) * 100) : 100);
    markCurrentSection(shadow, sections.current());
  };

  /** A failure the reader tells of: in its status line, and in one line of the console. */
  const failed = (message: 'scriptFailed' | 'saveFailed', error: unknown): void => {
    toolbar.status.textContent = t(message);
    console.warn(`Qingyue: ${t(message)};`, error);
  };

  /** Copies what `text` makes of the whole page, once it is in, and says so in the status line. */
  const copyWhole = (text: (document: CleanDocument) => string, done: 'copied' | 'copiedSection' | 'copiedMarkdown'): void => {
    void state.restCleaned.then(() => copyToClipboard(text(state.shown), shadow)).then((copied) => {
      toolbar.status.textContent = copied ? t(done) : t('copyFailed');
    });
  };
  const copy = (): void => copyWhole(toText, 'copied');
  const copySection = (entryIndex: number): void => copyWhole((document) => sectionText(document, entryIndex), 'copiedSection');

  /** Puts a dropped line back where it stood, in the script shown; copy and export have it from then on. */
  const putBack = (change: number): void => {
    versions.restoreLine(change);
    void showScript(state.shown.script);
  };
  const article = articleView(view, make, { shadow, layout, scroller }, { select: goTo, copySection }, updateReadingPosition, (change) => putBack(change));
  const shownNow = () => ({ document: state.shown, showChanges: state.showChanges, lang: lang() });
  const render = (): void => {
    labelScriptButton(toolbar.script, state.shown.script === 'traditional');
    root.lang = lang();
    article.render(shownNow());
  };

  const showScript = (script: CleanDocument['script']): Promise<void> =>
    versions.of(script, state.settings.traditionalStandard).then(
      (next) => {
        state.shown = next;
        toolbar.status.textContent = '';
        render();
      },
      (error: unknown) => failed('scriptFailed', error),
    );
  const toggleScript = (): void => void showScript(state.shown.script === 'simplified' ? 'traditional' : 'simplified');

  const renderSettings = (): void => {
    const wasOpen = panels.firstElementChild === settingsPanel;
    panelToggles.delete(settingsPanel);
    settingsPanel = renderSettingsPanel(make, state.settings, changeSettings);
    panelToggles.set(settingsPanel, toolbar.settings);
    if (wasOpen) panels.replaceChildren(settingsPanel);
  };
  // Printing shows only the article: the page is hidden by a print-only sheet that lives
  // inside the reader's own element, so it leaves with the reader.
  const printSheet = page.createElement('style');
  printSheet.media = 'print';
  host.append(printSheet);
  const applyAll = (): void => {
    applySettings(root, state.settings);
    printSheet.textContent = printPageStyle(state.settings.preset);
  };
  const changeSettings = (next: ReaderSettings): void => {
    const standardChanged = next.traditionalStandard !== state.settings.traditionalStandard;
    state.settings = next;
    applyAll();
    renderSettings();
    void readerSettingsItem.setValue(next);
    if (standardChanged && state.shown.script === 'traditional') void showScript('traditional');
  };

  const close = (): void => {
    state.closed = true;
    readAloud.stop();
    readAloud.dispose();
    page.removeEventListener('keydown', onKeyDown, true);
    host.remove();
    (previousFocus as HTMLElement | null)?.focus?.({ preventScroll: true });
    onClosed();
  };
  const run = (command: ReaderCommand): void => {
    if (command === 'close') {
      if (drawer.isOpen()) drawer.set(false);
      else if (panels.firstElementChild) openPanel(undefined);
      else close();
    } else if (command === 'next-section') goTo(sections.step(1));
    else if (command === 'previous-section') goTo(sections.step(-1));
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

  const save = (extension: string, type: string, content: (document: CleanDocument) => string | Promise<Uint8Array>): void =>
    void state.restCleaned
      .then(async () => saveFile(shadow, fileName(state.shown.title, extension), await content(state.shown), type))
      .catch((error: unknown) => failed('saveFailed', error));
  toolbar.copy.addEventListener('click', copy);
  toolbar.script.addEventListener('click', toggleScript);
  toolbar.export.addEventListener('click', () => openPanel(exportPanel.element));
  toolbar.settings.addEventListener('click', () => openPanel(settingsPanel));
  toolbar.help.addEventListener('click', () => openPanel(helpPanel));
  toolbar.changes.addEventListener('click', () => {
    state.showChanges = !state.showChanges;
    toolbar.changes.setAttribute('aria-pressed', String(state.showChanges));
    render();
  });
  toolbar.close.addEventListener('click', close);
  toolbar.drawer.addEventListener('click', () => drawer.set(!drawer.isOpen()));
  exportPanel.copyMarkdown.addEventListener('click', () => copyWhole(toMarkdown, 'copiedMarkdown'));
  exportPanel.saveText.addEventListener('click', () => save('txt', 'text/plain;charset=utf-8', toText));
  exportPanel.saveMarkdown.addEventListener('click', () => save('md', 'text/markdown;charset=utf-8', toMarkdown));
  exportPanel.saveWord.addEventListener('click', () => save('docx', WORD_TYPE, async (document) => (await injectedResources.wordWriter())(document)));
  scroller.addEventListener('click', () => drawer.isOpen() && drawer.set(false));
  // Where the reader is, kept a moment after scrolling stops: reopening the page returns there.
  let placeTimer: number | undefined;
  const keepPlace = (): void => {
    view.clearTimeout(placeTimer);
    placeTimer = view.setTimeout(() => {
      const place = placeInView(scroller);
      if (place && !state.closed) void rememberPlace(view.location.href, place);
    }, KEEP_PLACE_AFTER_MS);
  };
  scroller.addEventListener('scroll', () => view.requestAnimationFrame(updateReadingPosition), { passive: true });
  scroller.addEventListener('scroll', keepPlace, { passive: true });
  page.addEventListener('keydown', onKeyDown, true);

  applyAll();
  renderSettings();
  render();
  page.documentElement.append(host);
  // Focus asks for layout: given after the first paint, it does not lengthen this task.
  view.requestAnimationFrame(() => view.setTimeout(() => root.focus()));
  // The frame after this one is painted with the reader: a mark on the page's own timeline,
  // for `npm run bench` (trigger to painted reader) and anyone profiling a page.
  view.requestAnimationFrame(() => view.setTimeout(() => view.performance.mark(READER_PAINTED_MARK)));
  if (cleaning.partial) {
    toolbar.status.textContent = t('cleaningRest');
    state.restCleaned = cleaning.whole.then(
      async (whole) => {
        if (state.closed) return;
        versions.replaceOriginal(whole);
        state.shown = await versions.of(state.shown.script, state.settings.traditionalStandard);
        if (state.closed) return;
        root.lang = lang();
        article.replaceFirstScreen(shownNow());
        toolbar.status.textContent = '';
        view.performance.mark(READER_WHOLE_MARK);
      },
      (error: unknown) => {
        toolbar.status.textContent = t('cleaningRestFailed');
        console.warn('Qingyue: the rest of the page could not be cleaned;', error);
      },
    );
    view.requestAnimationFrame(() => view.setTimeout(cleaning.painted));
  }
  void state.restCleaned.then(async () => {
    const place = await recallPlace(view.location.href);
    // Not where the reader has already scrolled to, nor after it closed.
    if (place && !state.closed && scroller.scrollTop === 0) await returnTo(place, shadow, scroller, view);
  });
  return { close };
}

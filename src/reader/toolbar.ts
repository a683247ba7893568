/**
 * The reader's controls: the toolbar, the export and help panels it opens, and the bar
 * that shows how far down the article the reader is. Built here; what they do is wired
 * in reader-view.ts.
 */
import { t } from '../extension/i18n';
import { button } from './host';
import { SHORTCUTS } from './keyboard';
import type { Make } from './render';

export interface Toolbar {
  element: HTMLElement;
  /** The status line: what a copy, a save or a failure did. */
  status: HTMLElement;
  copy: HTMLButtonElement;
  export: HTMLButtonElement;
  changes: HTMLButtonElement;
  settings: HTMLButtonElement;
  speak: HTMLButtonElement;
  script: HTMLButtonElement;
  help: HTMLButtonElement;
  close: HTMLButtonElement;
  /** Shown only on narrow windows, where the outline is a drawer over the article. */
  drawer: HTMLButtonElement;
}

export function renderToolbar(make: Make): Toolbar {
  const element = make('div', 'qy-toolbar');
  element.setAttribute('role', 'toolbar');
  element.setAttribute('aria-label', t('toolbar'));
  const status = make('span', 'qy-status');
  status.setAttribute('role', 'status');
  const toolbar: Toolbar = {
    element,
    status,
    copy: button(make, 'qy-copy', t('copy'), t('copyLabel')),
    export: button(make, 'qy-export-toggle', t('export'), t('exportLabel')),
    changes: button(make, 'qy-changes', t('showChanges')),
    settings: button(make, 'qy-settings-toggle', 'Aa', t('settings')),
    speak: button(make, 'qy-speak', t('readAloud')),
    script: button(make, 'qy-script', ''),
    help: button(make, 'qy-help-toggle', '?', t('help')),
    close: button(make, 'qy-close', t('close'), t('closeLabel')),
    drawer: button(make, 'qy-outline-toggle', t('outlineDrawer'), t('outlineDrawerLabel')),
  };
  toolbar.changes.setAttribute('aria-pressed', 'false');
  toolbar.speak.setAttribute('aria-pressed', 'false');
  toolbar.drawer.setAttribute('aria-expanded', 'false');
  const { copy, changes, settings, speak, script, help, close, drawer } = toolbar;
  element.append(drawer, make('span', 'qy-brand', t('brand')), status, copy, toolbar.export, changes, settings, speak, script, help, close);
  return toolbar;
}

/** The script button says which script a press gives. */
export function labelScriptButton(script: HTMLButtonElement, traditionalShown: boolean): void {
  script.textContent = traditionalShown ? t('showSimplified') : t('showTraditional');
  script.setAttribute('aria-label', traditionalShown ? t('showSimplifiedLabel') : t('showTraditionalLabel'));
}

export interface ExportPanel {
  element: HTMLElement;
  copyMarkdown: HTMLButtonElement;
  saveText: HTMLButtonElement;
  saveMarkdown: HTMLButtonElement;
  saveWord: HTMLButtonElement;
}

export function renderExportPanel(make: Make): ExportPanel {
  const element = make('section', 'qy-panel qy-export');
  element.setAttribute('aria-label', t('export'));
  const panel: ExportPanel = {
    element,
    copyMarkdown: button(make, 'qy-copy-markdown', t('copyMarkdown')),
    saveText: button(make, 'qy-save-txt', t('saveTxt')),
    saveMarkdown: button(make, 'qy-save-md', t('saveMd')),
    saveWord: button(make, 'qy-save-docx', t('saveDocx')),
  };
  element.append(panel.copyMarkdown, panel.saveText, panel.saveMarkdown, panel.saveWord);
  return panel;
}

export function renderHelp(make: Make): HTMLElement {
  const help = make('section', 'qy-panel qy-help');
  help.setAttribute('aria-label', t('helpTitle'));
  const list = make('dl', 'qy-shortcuts');
  for (const shortcut of SHORTCUTS) list.append(make('dt', undefined, shortcut.keys), make('dd', undefined, t(shortcut.label)));
  help.append(make('h2', 'qy-panel-title', t('helpTitle')), list);
  return help;
}

/** How far down the article the reader is, as a bar under the toolbar. */
export function renderProgressBar(make: Make): { element: HTMLElement; show: (percent: number) => void } {
  const element = make('div', 'qy-progress');
  element.setAttribute('role', 'progressbar');
  element.setAttribute('aria-label', t('progress'));
  element.setAttribute('aria-valuemin', '0');
  element.setAttribute('aria-valuemax', '100');
  const fill = make('div', 'qy-progress-fill');
  element.append(fill);
  return {
    element,
    show(percent) {
      fill.style.width = `${percent}%`;
      element.setAttribute('aria-valuenow', String(percent));
    },
  };
}

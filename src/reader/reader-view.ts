/**
 * The reader view: cleans the live page, shows the result in a closed shadow root above
 * the page, and removes itself on close so that the page is exactly as it was. Nothing of
 * the page is changed while it is open: the reader only adds its own host element.
 */
import { computedStyleOf } from '../browser/computed-style';
import { toText } from '../core/export';
import type { CleanDocument, Script } from '../core/model';
import { cleanPage } from '../core/pipeline';
import { toScript } from '../core/to-script';
import readerCss from './reader.css?inline';
import { marksByBlock } from './change-marks';
import { blockId, elementMaker, renderArticle, renderChangeSummary, renderOutline } from './render';

const STATE = Symbol.for('qingyue.reader');
export const HOST_TAG = 'qingyue-reader';

interface OpenReader {
  close: () => void;
}

type ReaderState = OpenReader | 'opening' | undefined;

const LABELS: Record<Script, { copy: string; copied: string; copyFailed: string; close: string; other: string; switchTo: string }> = {
  simplified: { copy: '复制全文', copied: '已复制', copyFailed: '复制失败', close: '关闭', other: '繁體', switchTo: '切换为繁体' },
  traditional: { copy: '複製全文', copied: '已複製', copyFailed: '複製失敗', close: '關閉', other: '简体', switchTo: '切换为简体' },
};

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

async function openReader(view: Window, onClosed: () => void): Promise<OpenReader> {
  const page = view.document;
  const original = await cleanPage(page, computedStyleOf(view), { url: view.location.href });
  const versions = new Map<Script, Promise<CleanDocument>>([[original.script, Promise.resolve(original)]]);
  const version = (script: Script): Promise<CleanDocument> => {
    let converted = versions.get(script);
    if (!converted) {
      converted = toScript(original, script);
      versions.set(script, converted);
    }
    return converted;
  };
  let shown = await version('simplified');

  const previousFocus = page.activeElement;
  const host = page.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const make = elementMaker(page);
  const style = make('style', undefined, readerCss);
  const root = make('div', 'qy-root');
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-modal', 'true');
  root.setAttribute('aria-label', '清阅 Qingyue');
  root.tabIndex = -1;

  const toolbar = make('div', 'qy-toolbar');
  toolbar.setAttribute('role', 'toolbar');
  const brand = make('span', 'qy-brand', '清阅 Qingyue');
  const copyButton = make('button', 'qy-copy');
  const scriptButton = make('button', 'qy-script');
  const changesButton = make('button', 'qy-changes', '显示修改');
  changesButton.setAttribute('aria-pressed', 'false');
  const closeButton = make('button', 'qy-close');
  const status = make('span', 'qy-status');
  status.setAttribute('role', 'status');
  for (const button of [copyButton, changesButton, scriptButton, closeButton]) button.type = 'button';
  toolbar.append(brand, status, copyButton, changesButton, scriptButton, closeButton);
  let showChanges = false;

  const layout = make('div', 'qy-layout');
  const scroller = make('main', 'qy-scroller');
  layout.append(scroller);
  root.append(toolbar, layout);
  shadow.append(style, root);

  const goTo = (block: number): void => {
    const target = shadow.getElementById(blockId(block));
    if (!target) return;
    target.tabIndex = -1;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  };

  const render = (): void => {
    const labels = LABELS[shown.script];
    copyButton.textContent = labels.copy;
    copyButton.setAttribute('aria-label', `${labels.copy}（清洁文本）`);
    scriptButton.textContent = labels.other;
    scriptButton.setAttribute('aria-label', labels.switchTo);
    closeButton.textContent = labels.close;
    closeButton.setAttribute('aria-label', `${labels.close}阅读视图`);
    layout.querySelector('.qy-outline')?.remove();
    if (shown.outline.length > 0) layout.prepend(renderOutline(make, shown, goTo));
    const article = renderArticle(make, shown, showChanges ? marksByBlock(shown) : undefined);
    if (showChanges) article.querySelector('.qy-title')?.after(renderChangeSummary(make, shown));
    scroller.replaceChildren(article);
    root.lang = shown.script === 'simplified' ? 'zh-Hans' : 'zh-Hant';
  };

  copyButton.addEventListener('click', () => {
    void copyToClipboard(toText(shown), shadow).then((copied) => {
      status.textContent = copied ? LABELS[shown.script].copied : LABELS[shown.script].copyFailed;
    });
  });
  scriptButton.addEventListener('click', () => {
    void version(shown.script === 'simplified' ? 'traditional' : 'simplified').then((next) => {
      shown = next;
      status.textContent = '';
      render();
    });
  });

  const close = (): void => {
    page.removeEventListener('keydown', onKeyDown, true);
    host.remove();
    (previousFocus as HTMLElement | null)?.focus?.({ preventScroll: true });
    onClosed();
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
    }
  };
  changesButton.addEventListener('click', () => {
    showChanges = !showChanges;
    changesButton.setAttribute('aria-pressed', String(showChanges));
    render();
  });
  closeButton.addEventListener('click', close);
  page.addEventListener('keydown', onKeyDown, true);

  render();
  page.documentElement.append(host);
  root.focus();
  return { close };
}

/** Opens the reader in `view`, or closes it when it is already open there. */
export async function toggleReaderIn(view: Window): Promise<void> {
  const global = view as unknown as Record<symbol, ReaderState>;
  const state = global[STATE];
  if (state === 'opening') return;
  if (state) {
    state.close();
    return;
  }
  global[STATE] = 'opening';
  try {
    global[STATE] = await openReader(view, () => {
      global[STATE] = undefined;
    });
  } catch (error) {
    global[STATE] = undefined;
    throw error;
  }
}

/**
 * What the reader shows instead of itself: a notice that the page has no article text or
 * that cleaning failed, and the progress of a huge page being cleaned.
 */
import { t } from '../extension/i18n';
import { copyToClipboard } from './clipboard';
import { button, createHost } from './host';
import readerCss from './reader.css?inline';

/** What is on the page, reader or notice, while it is open. */
export interface OpenReader {
  close: () => void;
}

/** The page has no article text: a notice that says why, not an empty reader. */
export class NothingToClean extends Error {
  constructor(readonly reason: 'cannotClean' | 'cannotCleanPdf' | 'cannotCleanFrames') {
    super(reason);
  }
}

/** Why a page gives no article text: its content is in frames, or it has none. */
export function nothingToClean(page: Document): NothingToClean {
  return new NothingToClean(page.querySelector('frameset, frame, iframe') ? 'cannotCleanFrames' : 'cannotClean');
}

export interface ProgressNotice {
  update: (done: number) => void;
  remove: () => void;
}

/** How far the reader is through a huge page, in a small notice of its own. */
export function showProgress(page: Document): ProgressNotice {
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
export function showNotice(view: Window, message: string, report: string | undefined, onClosed: () => void): OpenReader {
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

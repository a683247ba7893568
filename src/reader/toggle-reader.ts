/**
 * Opening and closing the reader in a page: one reader per page, a notice instead when the
 * page has nothing to clean or cleaning fails, and nothing at all on a page that is not HTML.
 */
import { t } from '../extension/i18n';
import { HOST_TAG } from './host';
import { NothingToClean, showNotice, type OpenReader } from './notices';
import { openReader } from './reader-view';

const STATE = Symbol.for('qingyue.reader');
const XHTML = 'http://www.w3.org/1999/xhtml';

type ReaderSlot = OpenReader | 'opening' | undefined;

/** Opens the reader in `view`, or closes it when it is already open there. */
export async function toggleReaderIn(view: Window): Promise<void> {
  // An image or an XML document (SVG) has no HTML to put the reader or a notice in.
  if (view.document.documentElement?.namespaceURI !== XHTML) return;
  const global = view as unknown as Record<symbol, ReaderSlot>;
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

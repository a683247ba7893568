/**
 * Injected on demand (toolbar, keyboard command, a detected page, the context menu): opens
 * or closes the reader, or, when the context menu asked for it, copies the clean text.
 * The one script serves both, so the pipeline ships once.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { takeReaderRequest } from '../src/extension/messages';
import { copyCleanText } from '../src/reader/copy-clean';
import { toggleReaderIn } from '../src/reader/toggle-reader';

export default defineUnlistedScript(() => {
  if (takeReaderRequest(window) === 'copy-clean-text') void copyCleanText(window);
  else void toggleReaderIn(window);
});

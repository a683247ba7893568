/**
 * Injected on demand (toolbar button, keyboard command, or a detected page): opens the
 * reader, or closes it when it is open.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { toggleReaderIn } from '../src/reader/reader-view';

export default defineUnlistedScript(() => {
  void toggleReaderIn(window);
});

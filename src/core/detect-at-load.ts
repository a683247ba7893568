/**
 * The detector's verdict on a page as it loads, read the way the extension reads it: the
 * page's text nodes outside scripts and styles, a sample first (page-text.ts). The
 * extension's detector script and `qingyue detect` both ask this, so they cannot disagree.
 */
import { detectTargetPage, MAX_TEXT, type Detection } from './detect';
import { LOAD_SAMPLE, pageTextForDetector } from './page-text';

export function detectAtLoad(document: Document): Detection {
  return detectTargetPage(pageTextForDetector(document, MAX_TEXT, LOAD_SAMPLE));
}

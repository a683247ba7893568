/**
 * Bundled into the pages `bench/chromium.ts` measures: the detector, Readability alone and
 * the whole pipeline, run on the live page in real Chromium, each timed with the page's
 * own clock.
 */
import { Readability } from '@mozilla/readability';
import { computedStyleOf } from '../src/extension/computed-style';
import { bundledResources } from '../src/core/bundled-resources';
import { detectAtLoad } from '../src/core/detect-at-load';
import { cleanPage } from '../src/core/pipeline';
import { timed, timedMean } from './timing';

const harness = {
  /** What the detector content script does: read the page's text and judge it. */
  detector: (repeat: number) => timedMean(() => detectAtLoad(document), repeat),
  readability: (repeat: number) => timed(() => new Readability(document.cloneNode(true) as Document).parse(), repeat),
  pipeline: (repeat: number) => timed(() => cleanPage(document, computedStyleOf(window), bundledResources, { url: location.href }), repeat),
};

(window as unknown as { qingyueBench: typeof harness }).qingyueBench = harness;

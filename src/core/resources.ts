/**
 * The large resources, loaded only when a page needs them: the character model that
 * scores byte repairs (target pages only), the Simplified→Traditional dictionary (only
 * when the reader asks for Traditional) and the Word writer (only when a Word file is
 * asked for). The core never imports them itself: the CLI and
 * tests import them (`bundledResources`), while the extension injects each as its own
 * script on first use (`injectedResources`), so neither weighs on the reader script.
 */
import type { Converter } from 'opencc-js/cn2t';
import type { CharModelData } from './lm/char-model';
import type { CleanDocument } from './model';

/** opencc-js's `Converter`, e.g. `makeConverter({ from: 'cn', to: 'tw' })`. */
export type MakeConverter = typeof Converter;

/** `toWordDocument` (word-document.ts): the document as the bytes of a .docx file. */
export type WordWriter = (document: CleanDocument) => Promise<Uint8Array>;

export interface Resources {
  charModel: () => Promise<CharModelData>;
  simplifiedToTraditional: () => Promise<MakeConverter>;
  wordWriter: () => Promise<WordWriter>;
}

/**
 * Clean, then convert: the one order in which a page becomes text in the reader's script.
 * Cleaning works on the page's own script (its repairs score in Simplified and write back in
 * the page's), so conversion comes last. The CLI and the context menu's copy take this
 * path whole; the reader takes it in two steps, to convert again when the script is toggled.
 */
import type { CleanDocument, Script } from './model';
import { cleanPage, type CleanOptions } from './pipeline';
import type { Resources } from './resources';
import type { StyleOf } from './hidden-text';
import type { TraditionalStandard } from './script';
import { toScript } from './to-script';

export async function cleanInScript(
  page: Document,
  styleOf: StyleOf,
  resources: Resources,
  wanted: { script: Script; standard?: TraditionalStandard },
  options: CleanOptions = {},
): Promise<CleanDocument> {
  return toScript(await cleanPage(page, styleOf, resources, options), wanted.script, resources, wanted.standard);
}

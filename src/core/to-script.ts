/** Converts a cleaned document into the script the reader wants. */
import type { CleanDocument, Script } from './model';
import type { Resources } from './resources';
import { loadToTraditional, toSimplified, type TraditionalStandard } from './script';
import { kanaShare } from './text/han';

/** Japanese pages share Han characters with Chinese but must never be converted. */
const MAX_KANA_SHARE = 0.1;

export async function toScript(
  document: CleanDocument,
  target: Script,
  resources: Resources,
  standard: TraditionalStandard = 't',
): Promise<CleanDocument> {
  const allText = document.blocks.map((block) => (block.kind === 'omission' ? '' : block.text)).join('');
  if (kanaShare(allText) > MAX_KANA_SHARE) return document;
  // A page already in Traditional is shown as it is in the general standard; a regional
  // standard (台湾, 香港) is reached through Simplified, as OpenCC does.
  if (document.script === target && (target === 'simplified' || standard === 't')) return document;
  const toTarget = target === 'simplified' ? (text: string) => toSimplified(text) : await loadToTraditional(resources, standard);
  const convert = document.script === 'traditional' && target === 'traditional' ? (text: string) => toTarget(toSimplified(text)) : toTarget;
  return {
    ...document,
    script: target,
    title: convert(document.title),
    blocks: document.blocks.map((block) => (block.kind === 'omission' ? block : { ...block, text: convert(block.text) })),
    outline: document.outline.map((entry) => ({ ...entry, text: convert(entry.text) })),
    changes: document.changes.map((change) => ({ ...change, after: convert(change.after) })),
    flags: document.flags.map((flag) => ({ ...flag, text: convert(flag.text) })),
  };
}

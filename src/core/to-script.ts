/** Converts a cleaned document into the script the reader wants. */
import { blockText, mapBlockText, type CleanDocument, type Script } from './model';
import type { Resources } from './resources';
import { loadToTraditional, toSimplified, type TraditionalStandard } from './script';
import type { Slices } from './slices';
import { isJapanese } from './text/han';

const HAN = /\p{Script=Han}/u;

export async function toScript(
  document: CleanDocument,
  target: Script,
  resources: Resources,
  standard: TraditionalStandard = 't',
  slices?: Slices,
): Promise<CleanDocument> {
  const allText = document.blocks.map(blockText).join('');
  // Japanese pages share Han characters with Chinese but must never be converted.
  if (isJapanese(allText)) return document;
  // A page already in Traditional is shown as it is in the general standard; a regional
  // standard (台湾, 香港) is reached through Simplified, as OpenCC does.
  if (document.script === target && (target === 'simplified' || standard === 't')) return document;
  const toTarget = target === 'simplified' ? (text: string) => toSimplified(text) : await loadToTraditional(resources, standard);
  const convert = document.script === 'traditional' && target === 'traditional' ? (text: string) => toTarget(toSimplified(text)) : toTarget;
  // Converted a piece at a time: a huge page has thousands of blocks and a hundred thousand changes.
  const converted = async <Item>(items: readonly Item[], convertItem: (item: Item) => Item): Promise<Item[]> => {
    const out: Item[] = [];
    for (const item of items) {
      out.push(convertItem(item));
      if (slices?.due()) await slices.next(out.length / items.length);
    }
    return out;
  };
  if (slices?.due()) await slices.next(0);
  return {
    ...document,
    script: target,
    title: convert(document.title),
    blocks: await converted(document.blocks, (block) => mapBlockText(block, convert)),
    outline: await converted(document.outline, (entry) => ({ ...entry, text: convert(entry.text) })),
    // Most repairs insert no Han (a widened comma, a dropped reading): those stay as they are.
    changes: await converted(document.changes, (change) => {
      const after = HAN.test(change.after) ? { ...change, after: convert(change.after) } : change;
      return change.line ? { ...after, line: { ...change.line, text: convert(change.line.text) } } : after;
    }),
    flags: await converted(document.flags, (flag) => ({ ...flag, text: convert(flag.text) })),
  };
}

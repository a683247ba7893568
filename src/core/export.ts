/**
 * The document as text and Markdown. `toText` is exactly what the reader's "copy clean
 * text" copies and what `qingyue clean --format text` prints.
 */
import type { Block, CleanDocument, OmissionBlock, Script } from './model';

const LABELS: Record<Script, { omitted: (n: number) => string; unfinished: (total: number, shown: number) => string }> = {
  simplified: {
    omitted: (n) => `此处省略${n}字`,
    unfinished: (total, shown) => `未完：全文共${total}字，此处显示${shown}字`,
  },
  traditional: {
    omitted: (n) => `此處省略${n}字`,
    unfinished: (total, shown) => `未完：全文共${total}字，此處顯示${shown}字`,
  },
};

/** The honest marker for text the site hides: "此处省略706字". */
export function omissionLabel(block: OmissionBlock, script: Script): string {
  const labels = LABELS[script];
  return block.total !== undefined && block.shown !== undefined
    ? labels.unfinished(block.total, block.shown)
    : labels.omitted(block.chars);
}

function blockText(block: Block, script: Script): string {
  return block.kind === 'omission' ? `……（${omissionLabel(block, script)}）……` : block.text;
}

export function toText(document: CleanDocument): string {
  return [document.title, ...document.blocks.map((block) => blockText(block, document.script))].filter(Boolean).join('\n\n') + '\n';
}

export function toMarkdown(document: CleanDocument): string {
  const lines = document.blocks.map((block) => {
    if (block.kind === 'heading') return `${'#'.repeat(Math.min(6, block.level + 1))} ${block.text}`;
    if (block.kind === 'omission') return `> ${omissionLabel(block, document.script)}`;
    return block.text;
  });
  return [`# ${document.title}`, ...lines].join('\n\n') + '\n';
}

/**
 * The text of one outline entry's section: from its block up to the next entry of the same
 * or a higher level that is on the page (or to the end), in the `toText` format.
 */
export function sectionText(document: CleanDocument, entryIndex: number): string {
  const entry = document.outline[entryIndex];
  if (!entry?.present || entry.block === undefined) return '';
  const start = entry.block;
  const next = document.outline.slice(entryIndex + 1).find((other) => other.level <= entry.level && other.block !== undefined && other.block > start);
  const end = next?.block ?? document.blocks.length;
  return document.blocks.slice(start, end).map((block) => blockText(block, document.script)).join('\n\n') + '\n';
}

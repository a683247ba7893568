/**
 * The outline a reader navigates by. When the page has a 目录/提纲 block, its entries are
 * the outline, in its order; an entry is `present` when its text occurs in the visible
 * body, and links to the block where it does. Without such a block the outline is built
 * from the headings and the run-in leads (`一是…`, `1.…`) up to their first 。；！？.
 */
import { blockText, type Block, type OutlineEntry } from './model';
import { levelsInUse, numberingStyle } from './text/numbering';

const PUNCTUATION_AND_SPACE = /[\p{P}\p{S}\s]/gu;

function normalized(text: string): string {
  return text.replace(PUNCTUATION_AND_SPACE, '');
}

function withoutFinalStop(text: string): string {
  return text.replace(/[。．.；;]$/, '');
}

function runInLead(text: string): string {
  return /^[^。；！？]+/.exec(text)?.[0] ?? text;
}

export function buildOutline(blocks: readonly Block[], outlineBlock: readonly string[] | undefined): OutlineEntry[] {
  const texts = blocks.map(blockText);
  const levels = levelsInUse([...texts, ...(outlineBlock ?? [])]);
  const levelOf = (text: string): number => levels.get(numberingStyle(text) ?? 'chinese-comma') ?? 1;

  if (outlineBlock) {
    const searchable = texts.map(normalized);
    return outlineBlock.map((raw) => {
      const text = withoutFinalStop(raw);
      const key = normalized(text);
      const at = key ? searchable.findIndex((blockText) => blockText.includes(key)) : -1;
      return at >= 0 ? { level: levelOf(text), text, present: true, block: at } : { level: levelOf(text), text, present: false };
    });
  }

  const entries: OutlineEntry[] = [];
  blocks.forEach((block, i) => {
    if (block.kind === 'heading') entries.push({ level: block.level, text: withoutFinalStop(block.text), present: true, block: i });
    if (block.kind === 'paragraph' && numberingStyle(block.text)) {
      entries.push({ level: levelOf(block.text), text: runInLead(block.text), present: true, block: i });
    }
  });
  return entries;
}

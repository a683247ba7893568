/**
 * The document model: the contract shared by the CLI's JSON output and the reader view
 * (DESIGN.md §3). Text fields hold the script named by `script`.
 */

export type Script = 'simplified' | 'traditional';

export interface HeadingBlock {
  kind: 'heading';
  level: number;
  text: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
}

/** Text the site hides from non-members. `total`/`shown` only on the final 未完 notice. */
export interface OmissionBlock {
  kind: 'omission';
  chars: number;
  total?: number;
  shown?: number;
}

export type Block = HeadingBlock | ParagraphBlock | OmissionBlock;

export interface OutlineEntry {
  level: number;
  text: string;
  /** The entry's text occurs in the visible body. */
  present: boolean;
  /** Index of the block the entry links to, when present. */
  block?: number;
}

/** One removal or repair, so the reader can inspect what was done. */
export interface Change {
  pass: string;
  before: string;
  after: string;
  /** Index into `blocks`; absent for changes to the title or the outline. */
  block?: number;
}

/** A span that looks damaged but could not be repaired with confidence. */
export interface Flag {
  kind: string;
  text: string;
  block?: number;
}

export interface CleanDocument {
  detected: boolean;
  title: string;
  script: Script;
  blocks: Block[];
  outline: OutlineEntry[];
  changes: Change[];
  flags: Flag[];
}

export function isTextBlock(block: Block): block is HeadingBlock | ParagraphBlock {
  return block.kind !== 'omission';
}

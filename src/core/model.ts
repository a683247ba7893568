/**
 * The document model: the contract shared by the CLI's JSON output and the reader view,
 * described for users in the README's CLI section. Text fields hold the script named by
 * `script`.
 */
import { convertedWithSpans } from './inline-spans';

export type Script = 'simplified' | 'traditional';

export interface HeadingBlock {
  kind: 'heading';
  level: number;
  text: string;
}

/**
 * A stretch of a text the page linked (`href`, an http(s) address) or emphasised: `emphasis`
 * for `<em>`, shown with 着重号, `strong` for `<strong>` and `<b>`. Offsets into the text.
 */
export interface InlineSpan {
  start: number;
  end: number;
  kind: 'link' | 'emphasis' | 'strong';
  href?: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  spans?: InlineSpan[];
}

/** Text the site hides from non-members. `total`/`shown` only on the final 未完 notice. */
export interface OmissionBlock {
  kind: 'omission';
  chars: number;
  total?: number;
  shown?: number;
}

/** One item of a list; `depth` 0 for the list's own items, 1 for those of a list inside one, … */
export interface ListItem {
  text: string;
  depth: number;
  ordered: boolean;
  spans?: InlineSpan[];
}

export interface ListBlock {
  kind: 'list';
  items: ListItem[];
}

export interface QuoteBlock {
  kind: 'quote';
  text: string;
  spans?: InlineSpan[];
}

/** Text whose line breaks and spacing are the page's own: code, or verse laid out in `<pre>`. */
export interface PreformattedBlock {
  kind: 'preformatted';
  text: string;
}

export interface TableCell {
  text: string;
  /** Pictures in the cell, after its text: in a table a small one is a datum (✓, ✗). */
  images?: Pick<ImageBlock, 'src' | 'alt'>[];
  header?: true;
  colspan?: number;
  rowspan?: number;
}

export interface TableBlock {
  kind: 'table';
  rows: TableCell[][];
}

/** A picture the page showed; `src` is the address it loaded (or would load when scrolled to). */
export interface ImageBlock {
  kind: 'image';
  src: string;
  alt: string;
  caption?: string;
}

export type Block = HeadingBlock | ParagraphBlock | OmissionBlock | ListBlock | QuoteBlock | PreformattedBlock | TableBlock | ImageBlock;

export interface OutlineEntry {
  level: number;
  text: string;
  /** The entry's text occurs in the visible body. */
  present: boolean;
  /** Index of the block the entry links to, when present. */
  block?: number;
}

/** The kinds of site chrome a line of an article's container can be (core/roles). */
export type ChromeRole = 'spam' | 'navigation' | 'meta' | 'related' | 'pager' | 'comments' | 'notice' | 'watermark' | 'template' | 'seo';
/** Why a whole line was dropped: the site's chrome, or the article's title said again. */
export type DroppedRole = ChromeRole | 'title';

/** One removal or repair, so the reader can inspect what was done. */
export interface Change {
  pass: string;
  before: string;
  after: string;
  /** Index into `blocks`; absent for changes to the title or the outline. */
  block?: number;
  /**
   * A whole line dropped as not the article's: what it was judged to be, where it stood
   * (before block `at`, `blocks.length` at the end), and its text as it would read there
   * (without pasted readings, in the document's script), so that a reader can bring it back.
   */
  line?: { role: DroppedRole; at: number; text: string };
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

/**
 * A block's words as plain text: a list's items and a table's rows on lines of their own,
 * a table's cells separated by tabs, an image by its caption. An omission has none.
 */
export function blockText(block: Block): string {
  switch (block.kind) {
    case 'omission':
      return '';
    case 'list':
      return block.items.map((item) => item.text).join('\n');
    case 'table':
      return block.rows.map((row) => row.map((cell) => cell.text).join('\t')).join('\n');
    case 'image':
      return block.caption ?? '';
    default:
      return block.text;
  }
}

/** A text and its spans, converted so that each span still covers its own words. */
function withSpansConverted<Part extends { text: string; spans?: InlineSpan[] }>(part: Part, convert: (text: string) => string): Part {
  return part.spans ? { ...part, ...convertedWithSpans(part.text, part.spans, convert) } : { ...part, text: convert(part.text) };
}

/** The block with `convert` applied to each of its texts (an image's address is no text). */
export function mapBlockText(block: Block, convert: (text: string) => string): Block {
  switch (block.kind) {
    case 'omission':
      return block;
    case 'paragraph':
    case 'quote':
      return withSpansConverted(block, convert);
    case 'list':
      return { ...block, items: block.items.map((item) => withSpansConverted(item, convert)) };
    case 'table':
      return { ...block, rows: block.rows.map((row) => row.map((cell) => ({ ...cell, text: convert(cell.text) }))) };
    case 'image':
      return { ...block, alt: convert(block.alt), ...(block.caption === undefined ? {} : { caption: convert(block.caption) }) };
    default:
      return { ...block, text: convert(block.text) };
  }
}

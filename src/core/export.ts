/**
 * The document as text and Markdown. `toText` is exactly what the reader's "copy clean
 * text" copies and what `qingyue clean --format text` prints.
 */
import type { Block, CleanDocument, ImageBlock, InlineSpan, ListBlock, ListItem, OmissionBlock, Script, TableBlock, TableCell } from './model';

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

/** A list's items as text: numbered where the list is ordered, a bullet where not, indented by depth. */
function listLines(block: ListBlock, marker: (item: ListItem, number: number) => string): string {
  const numbers = itemNumbers(block);
  return block.items.map((item, i) => `${'  '.repeat(item.depth)}${marker(item, numbers[i] ?? 1)}${item.text.replace(/\n/g, ' ')}`).join('\n');
}

/** Each item's number among the items of its own list: 1, 2, … again in a list inside an item. */
export function itemNumbers(block: ListBlock): number[] {
  const counts: number[] = [];
  return block.items.map((item) => {
    counts.length = item.depth + 1;
    counts[item.depth] = (counts[item.depth] ?? 0) + 1;
    return counts[item.depth] ?? 1;
  });
}

/** One block in the `toText` format: a table as tab-separated rows, ready to paste into a spreadsheet or Word. */
function textOf(block: Block, script: Script): string {
  switch (block.kind) {
    case 'omission':
      return `……（${omissionLabel(block, script)}）……`;
    case 'list':
      return listLines(block, (item, number) => (item.ordered ? `${number}. ` : '• '));
    case 'table':
      return block.rows.map((row) => row.map((cell) => cell.text.replace(/\s*\n\s*/g, ' ')).join('\t')).join('\n');
    case 'image':
      return block.caption ?? '';
    default:
      return block.text;
  }
}

export function toText(document: CleanDocument): string {
  return [document.title, ...document.blocks.map((block) => textOf(block, document.script))].filter(Boolean).join('\n\n') + '\n';
}

/** A cell's text inside a pipe table: no bar, no line break. */
const tableCell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, '<br>');

/** `![alt](<src>)`, brackets in the alt text escaped. */
const imageMarkdown = ({ src, alt }: Pick<ImageBlock, 'src' | 'alt'>): string => `![${alt.replace(/[[\]]/g, '\\$&')}](<${src}>)`;

function markdownTable(block: TableBlock): string {
  const width = Math.max(1, ...block.rows.map((row) => row.length));
  const line = (cells: readonly string[]): string => `| ${Array.from({ length: width }, (_, i) => tableCell(cells[i] ?? '')).join(' | ')} |`;
  const cellMarkdown = (cell: TableCell): string => [cell.text, ...(cell.images ?? []).map((image) => imageMarkdown(image))].filter(Boolean).join(' ');
  const [head = [], ...body] = block.rows.map((row) => row.map(cellMarkdown));
  return [line(head), line(Array.from({ length: width }, () => '---')), ...body.map(line)].join('\n');
}

/** Markdown's marks around a span: `[text](<href>)`, `**strong**`, `*emphasis*`. */
const MARKDOWN_MARKS: Record<InlineSpan['kind'], (span: InlineSpan) => [string, string]> = {
  link: (span) => ['[', `](<${span.href ?? ''}>)`],
  strong: () => ['**', '**'],
  emphasis: () => ['*', '*'],
};

/** Text with its spans written as Markdown: at one place, a span ends before another begins, and the longer opens first. */
function inlineMarkdown(text: string, spans: readonly InlineSpan[] = []): string {
  const inserts = spans.flatMap((span) => {
    const [open, close] = MARKDOWN_MARKS[span.kind](span);
    return [
      { at: span.start, text: open, order: 1, length: span.end - span.start },
      { at: span.end, text: close, order: 0, length: span.end - span.start },
    ];
  });
  inserts.sort((a, b) => a.at - b.at || a.order - b.order || (a.order === 1 ? b.length - a.length : a.length - b.length));
  let result = '';
  let at = 0;
  for (const insert of inserts) {
    result += text.slice(at, insert.at) + insert.text;
    at = insert.at;
  }
  return result + text.slice(at);
}

function markdownOf(block: Block, script: Script): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(Math.min(6, block.level + 1))} ${block.text}`;
    case 'omission':
      return `> ${omissionLabel(block, script)}`;
    case 'list':
      return listLines({ ...block, items: block.items.map((item) => ({ ...item, text: inlineMarkdown(item.text, item.spans) })) }, (item, number) => (item.ordered ? `${number}. ` : '- '));
    case 'quote':
      return inlineMarkdown(block.text, block.spans).split('\n').map((line) => `> ${line}`).join('\n');
    case 'paragraph':
      // A line of verse ends in a backslash: Markdown's hard line break.
      return inlineMarkdown(block.text, block.spans).replace(/\n/g, '\\\n');
    case 'preformatted': {
      const fence = '`'.repeat(Math.max(3, ...[...block.text.matchAll(/`+/g)].map((run) => run[0].length + 1)));
      return `${fence}\n${block.text}\n${fence}`;
    }
    case 'table':
      return markdownTable(block);
    case 'image':
      return `${imageMarkdown(block)}${block.caption ? `\n\n*${block.caption}*` : ''}`;
  }
}

export function toMarkdown(document: CleanDocument): string {
  return [`# ${document.title}`, ...document.blocks.map((block) => markdownOf(block, document.script))].join('\n\n') + '\n';
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
  return document.blocks.slice(start, end).map((block) => textOf(block, document.script)).filter(Boolean).join('\n\n') + '\n';
}

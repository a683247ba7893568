/**
 * Lines that belong to a list item, a table cell, a quote, a caption or a `<pre>` become
 * that block, their text cleaned by the passes like any other line's: a table's lines its
 * cells (`一季度	120万元`), a list's lines its items. Used by the structure pass.
 */
import type { DraftBlock, DraftLine, DraftUnit } from './draft';
import type { ListBlock, PreformattedBlock, TableBlock, TableCell } from './model';
import { finalSpans } from './inline-spans';

/** The block the last grouped line went into, and what it was grouped by. */
interface OpenGroup {
  key: string;
  unit: DraftBlock;
}

function groupKey(line: DraftLine): string | undefined {
  const container = line.container;
  if (container?.kind === 'list-item') return `list ${container.list}`;
  if (container?.kind === 'cell') return `table ${container.table}`;
  if (container?.kind === 'pre') return `pre ${container.pre}`;
  return undefined;
}

/** Adds a line to a table: in its cell, after what the cell already holds. */
function addCell(table: TableBlock, line: DraftLine): void {
  if (line.container?.kind !== 'cell') return;
  const { row, column, header, colspan, rowspan } = line.container;
  const cells = (table.rows[row] ??= []);
  const cell = (cells[column] ??= { text: '', ...(header ? { header: true } : {}), ...(colspan ? { colspan } : {}), ...(rowspan ? { rowspan } : {}) });
  if (line.text) cell.text = cell.text ? `${cell.text}\n${line.text}` : line.text;
  if (line.cellPictures) cell.images = [...(cell.images ?? []), ...line.cellPictures];
}

function addItem(list: ListBlock, line: DraftLine, lastItem: number | undefined): void {
  if (line.container?.kind !== 'list-item') return;
  const { item, depth, ordered } = line.container;
  const previous = list.items.at(-1);
  const { spans } = finalSpans(line);
  if (previous && lastItem === item) {
    const shift = previous.text.length + 1;
    previous.text += `\n${line.text}`;
    if (spans) previous.spans = [...(previous.spans ?? []), ...spans.map((span) => ({ ...span, start: span.start + shift, end: span.end + shift }))];
  } else list.items.push({ text: line.text, depth, ordered, ...(spans ? { spans } : {}) });
}

/** The block a grouped line starts. */
function startBlock(line: DraftLine): ListBlock | TableBlock | PreformattedBlock {
  if (line.container?.kind === 'cell') return { kind: 'table', rows: [] };
  if (line.container?.kind === 'list-item') return { kind: 'list', items: [] };
  return { kind: 'preformatted', text: '' };
}

/** Cells a line never reached (empty on the page, or emptied by a repair) are empty cells. */
function withoutHoles(rows: readonly (TableCell[] | undefined)[]): TableCell[][] {
  return Array.from(rows, (row) => Array.from(row ?? [], (cell) => cell ?? { text: '' }));
}

/**
 * Groups a unit onto the previous one where both belong to the same list, table or `<pre>`
 * (returns true, recording the merge), or attaches a caption to the picture before it.
 */
export class LineGrouper {
  private open: OpenGroup | undefined;
  private lastItem: number | undefined;

  constructor(
    private readonly units: DraftUnit[],
    private readonly mergedInto: Map<number, number>,
  ) {}

  add(line: DraftLine): boolean {
    const key = groupKey(line);
    if (line.container?.kind === 'caption') return this.caption(line);
    if (!key) {
      this.open = undefined;
      return false;
    }
    const open = this.open?.key === key && this.units.at(-1) === this.open.unit ? this.open : undefined;
    if (!open) {
      const block = startBlock(line);
      const unit: DraftBlock = { id: line.id, kind: 'block', block };
      this.units.push(unit);
      this.open = { key, unit };
      this.fill(block, line);
      return true;
    }
    this.mergedInto.set(line.id, open.unit.id);
    this.fill(open.unit.block, line);
    return true;
  }

  /** Tables with their holes filled: called once the units are all added. */
  finish(): void {
    for (const [i, unit] of this.units.entries()) {
      if (unit.kind === 'block' && unit.block.kind === 'table') this.units[i] = { ...unit, block: { ...unit.block, rows: withoutHoles(unit.block.rows) } };
    }
  }

  private fill(block: DraftBlock['block'], line: DraftLine): void {
    if (block.kind === 'table') addCell(block, line);
    if (block.kind === 'list') addItem(block, line, this.lastItem);
    if (block.kind === 'preformatted') block.text = block.text ? `${block.text}\n${line.text}` : line.text;
    if (line.container?.kind === 'list-item') this.lastItem = line.container.item;
  }

  private caption(line: DraftLine): boolean {
    this.open = undefined;
    const previous = this.units.at(-1);
    if (previous?.kind !== 'block' || previous.block.kind !== 'image') return false;
    const caption = previous.block.caption;
    this.units[this.units.length - 1] = { ...previous, block: { ...previous.block, caption: caption ? `${caption}\n${line.text}` : line.text } };
    this.mergedInto.set(line.id, previous.id);
    return true;
  }
}

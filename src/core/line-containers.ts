/**
 * Which list item, data table cell, quote, caption or `<pre>` the line walk of extract.ts is
 * in, so that each line it makes carries its container (see rich-elements.ts).
 */
import { isDataTable, type LineContainer } from './rich-elements';

/** What an element opened for the lines inside it, to be closed on leaving it (see `Containers`). */
export type Opened = 'container' | 'list' | 'table' | undefined;

/**
 * The container the walk's lines are in. A table cell or a list item keeps what is inside
 * it as its own text (a list inside a cell is the cell's text), except that a list inside a
 * list item deepens that list; a quote or a caption gives way to a table, a list or a
 * `<pre>` inside it.
 */
export class Containers {
  private readonly open: LineContainer[] = [];
  /** The lists the walk is in, outermost first. */
  private readonly lists: { id: number; ordered: boolean }[] = [];
  private readonly tables: { id: number; row: number; column: number }[] = [];
  private count = 0;

  get current(): LineContainer | undefined {
    return this.open.at(-1);
  }

  enter(element: Element, tag: string): Opened {
    const current = this.current;
    const id = ++this.count;
    const yields = !current || current.kind === 'quote' || current.kind === 'caption';
    if (tag === 'UL' || tag === 'OL') {
      if (!yields && current?.kind !== 'list-item') return undefined;
      this.lists.push({ id, ordered: tag === 'OL' });
      return 'list';
    }
    if (tag === 'LI' && this.lists.length > 0 && (yields || current?.kind === 'list-item')) {
      const list = this.lists[0]?.id ?? id;
      return this.opens({ kind: 'list-item', list, item: id, depth: this.lists.length - 1, ordered: this.lists.at(-1)?.ordered ?? false });
    }
    if (!yields) return undefined;
    const table = this.tables.at(-1);
    if (tag === 'TABLE' && isDataTable(element)) {
      this.tables.push({ id, row: -1, column: 0 });
      return 'table';
    }
    if (tag === 'TR' && table) [table.row, table.column] = [table.row + 1, 0];
    if ((tag === 'TD' || tag === 'TH') && table) {
      const span = (name: 'colspan' | 'rowspan'): { colspan?: number; rowspan?: number } => {
        const value = Number(element.getAttribute(name));
        return Number.isInteger(value) && value > 1 ? { [name]: value } : {};
      };
      const row = Math.max(0, table.row);
      return this.opens({ kind: 'cell', table: table.id, row, column: table.column++, header: tag === 'TH', ...span('colspan'), ...span('rowspan') });
    }
    if (tag === 'PRE') return this.opens({ kind: 'pre', pre: id });
    if (current) return undefined;
    if (tag === 'BLOCKQUOTE') return this.opens({ kind: 'quote' });
    if (tag === 'FIGCAPTION') return this.opens({ kind: 'caption' });
    return undefined;
  }

  leave(opened: Opened): void {
    if (opened === 'container') this.open.pop();
    if (opened === 'list') this.lists.pop();
    if (opened === 'table') this.tables.pop();
  }

  /** Inside a table a picture of its own would split it: only a cell's own pictures are kept, with the cell. */
  get inTable(): boolean {
    return this.tables.length > 0;
  }

  private opens(container: LineContainer): Opened {
    this.open.push(container);
    return 'container';
  }
}


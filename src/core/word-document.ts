/**
 * The document as a Word file (.docx) laid out as a 公文 after GB/T 9704-2012: body in 仿宋
 * at 三号 (16 pt), level-1 headings in 黑体, level-2 in 楷体, level-3 and below in bold 仿宋,
 * the title in 方正小标宋 at 二号, on A4 with the standard's margins and 22 lines of 28
 * characters. Headings are Word's own heading styles, so that Word's navigation pane shows
 * the outline. Built with the `docx` library: too large for the reader script, so the
 * extension injects this module as a script of its own on first use (see resources.ts).
 *
 * Pictures are linked by their address, not embedded: embedding would mean fetching them,
 * and Qingyue fetches nothing.
 */
import {
  AlignmentType,
  Document,
  DocumentGridType,
  EmphasisMarkType,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IBaseParagraphStyleOptions,
  type ParagraphChild,
} from 'docx';
import { itemNumbers, omissionLabel } from './export';
import { spanSegments } from './inline-spans';
import type { Block, CleanDocument, InlineSpan, TableBlock } from './model';

/** Word measures fonts in half-points and the page in twentieths of a point. */
const HALF_POINTS = { 二号: 44, 三号: 32 } as const;
const TWIPS_PER_MM = 1440 / 25.4;
const mm = (length: number): number => Math.round(length * TWIPS_PER_MM);
/** One 三号 character's width, in twips: a 公文's paragraphs are indented by two. */
const CHARACTER = (HALF_POINTS.三号 / 2) * 20;

export const WORD_FONTS = { body: '仿宋', heading1: '黑体', heading2: '楷体', title: '方正小标宋简体' } as const;

/** GB/T 9704-2012 §5.2: A4, top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; 22 lines in the 225 mm of text. */
const PAGE = { width: mm(210), height: mm(297), top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
const LINES_PER_PAGE = 22;
const TEXT_HEIGHT_MM = 297 - 37 - 35;

const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name });
const style = (name: string, size: number, bold = false): IBaseParagraphStyleOptions => ({
  run: { font: font(name), size, bold, color: '000000' },
  paragraph: { spacing: { before: 0, after: 0 } },
});

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/**
 * A text's runs: its links as Word hyperlinks, `<strong>` in bold, `<em>` with Word's
 * emphasis dots (着重号).
 */
function runs(text: string, spans: readonly InlineSpan[] = []): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  for (const { from, to, over } of spanSegments(text.length, spans)) {
    // A line of verse is a line break in Word, not a new paragraph.
    const pieces = text
      .slice(from, to)
      .split('\n')
      .map(
        (piece, line) =>
          new TextRun({
            text: piece,
            ...(line > 0 ? { break: 1 } : {}),
            ...(over.some((span) => span.kind === 'strong') ? { bold: true } : {}),
            ...(over.some((span) => span.kind === 'emphasis') ? { emphasisMark: { type: EmphasisMarkType.DOT } } : {}),
            ...(over.some((span) => span.kind === 'link') ? { style: 'Hyperlink' } : {}),
          }),
      );
    const link = over.find((span) => span.kind === 'link' && span.href);
    children.push(...(link?.href ? [new ExternalHyperlink({ link: link.href, children: pieces })] : pieces));
  }
  return children;
}

/** A paragraph of body text, indented by two characters as 公文 are. */
const bodyParagraph = (text: string, spans?: readonly InlineSpan[]): Paragraph => new Paragraph({ children: runs(text, spans), indent: { firstLine: 2 * CHARACTER } });

function wordTable(block: TableBlock): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: block.rows.map(
      (row) =>
        new TableRow({
          tableHeader: row.every((cell) => cell.header) || undefined,
          children: row.map(
            (cell) =>
              new TableCell({
                ...(cell.colspan ? { columnSpan: cell.colspan } : {}),
                ...(cell.rowspan ? { rowSpan: cell.rowspan } : {}),
                children: (cell.text || ' ').split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: cell.header })] })),
              }),
          ),
        }),
    ),
  });
}

function wordBlocks(block: Block, document: CleanDocument): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[Math.min(HEADINGS.length, block.level) - 1], children: [new TextRun(block.text)] })];
    case 'paragraph':
      return [bodyParagraph(block.text, block.spans)];
    case 'omission':
      return [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `……（${omissionLabel(block, document.script)}）……`, italics: true })] })];
    case 'list': {
      const numbers = itemNumbers(block);
      return block.items.map((item, i) => {
        const marker = item.ordered ? `${numbers[i] ?? 1}. ` : '• ';
        return new Paragraph({ indent: { left: (item.depth + 1) * 2 * CHARACTER }, children: [new TextRun(marker), ...runs(item.text.replace(/\n/g, ' '), item.spans)] });
      });
    }
    case 'quote':
      return [new Paragraph({ indent: { left: 2 * CHARACTER }, children: runs(block.text, block.spans) })];
    case 'preformatted':
      return block.text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, font: font('Consolas') })] }));
    case 'table':
      return [wordTable(block)];
    case 'image':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new ExternalHyperlink({ link: block.src, children: [new TextRun({ text: `〔图：${block.alt || block.src}〕`, style: 'Hyperlink' })] })],
        }),
        ...(block.caption ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(block.caption)] })] : []),
      ];
  }
}

export async function toWordDocument(document: CleanDocument): Promise<Uint8Array> {
  const word = new Document({
    title: document.title,
    styles: {
      default: {
        document: { run: { font: font(WORD_FONTS.body), size: HALF_POINTS.三号 } },
        title: style(WORD_FONTS.title, HALF_POINTS.二号),
        heading1: style(WORD_FONTS.heading1, HALF_POINTS.三号),
        heading2: style(WORD_FONTS.heading2, HALF_POINTS.三号),
        heading3: style(WORD_FONTS.body, HALF_POINTS.三号, true),
        heading4: style(WORD_FONTS.body, HALF_POINTS.三号, true),
        heading5: style(WORD_FONTS.body, HALF_POINTS.三号, true),
        heading6: style(WORD_FONTS.body, HALF_POINTS.三号, true),
      },
    },
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right } },
          grid: { type: DocumentGridType.LINES, linePitch: Math.floor(mm(TEXT_HEIGHT_MM) / LINES_PER_PAGE) },
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(document.title)] }),
          ...document.blocks.flatMap((block) => wordBlocks(block, document)),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(word));
}

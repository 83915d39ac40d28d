import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { type ExportTable, formatMln } from './export-table.ts';

// The plan as a Word document in the layout of the act's annex: a landscape page, the table with its
// two header rows repeated on every page, a heading row per section spanning the table, and the list of
// abbreviations after it.

// A4 landscape is 16838 twips wide; 720-twip margins leave this much for the table.
const TABLE_WIDTH = 15398;
const FONT = 'Times New Roman';
const SIZE = 20; // half-points: 10 pt

const text = (value: string, options: { bold?: boolean; align?: 'left' | 'center' } = {}): Paragraph[] =>
  value.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: options.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: [new TextRun({ text: line, bold: options.bold ?? false, font: FONT, size: SIZE })],
      }),
  );

const cell = (
  value: string | Paragraph[],
  options: {
    bold?: boolean;
    align?: 'left' | 'center';
    rowSpan?: number;
    columnSpan?: number;
    shade?: boolean;
  } = {},
): TableCell =>
  new TableCell({
    children: typeof value === 'string' ? text(value, options) : value,
    verticalAlign: options.bold ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    ...(options.rowSpan ? { rowSpan: options.rowSpan } : {}),
    ...(options.columnSpan ? { columnSpan: options.columnSpan } : {}),
    ...(options.shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EFEFEF' } } : {}),
  });

/** Writes the table as a DOCX file. */
export async function writeDocx(table: ExportTable): Promise<Buffer> {
  const years = table.years.length;
  const columnCount = 8 + years;
  // Shares of the width: №, measure, form, executors, deadline, total, years…, source, programme.
  const shares = [4, 29, 10, 10, 10, 7, ...table.years.map(() => 5), 9, 8];
  const sum = shares.reduce((a, b) => a + b, 0);
  const columnWidths = shares.map((s) => Math.floor((s / sum) * TABLE_WIDTH));
  const money = (value: number | string | null): string =>
    value === null ? '-' : typeof value === 'number' ? formatMln(table.locale, value) : value;

  const c = table.columns;
  const header = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: [
        cell(c.number, { bold: true, rowSpan: 2 }),
        cell(c.measure, { bold: true, rowSpan: 2 }),
        cell(c.form, { bold: true, rowSpan: 2 }),
        cell(c.executors, { bold: true, rowSpan: 2 }),
        cell(c.deadline, { bold: true, rowSpan: 2 }),
        cell(c.cost, { bold: true, columnSpan: 1 + years }),
        cell(c.source, { bold: true, rowSpan: 2 }),
        cell(c.programme, { bold: true, rowSpan: 2 }),
      ],
    }),
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: [cell(c.total, { bold: true }), ...c.years.map((y) => cell(y, { bold: true }))],
    }),
  ];
  const body = table.lines.map((line) =>
    line.kind === 'section'
      ? new TableRow({
          cantSplit: true,
          children: [cell(line.text, { bold: true, columnSpan: columnCount, shade: true })],
        })
      : new TableRow({
          children: [
            cell(`${line.number}.`),
            cell(line.title, { align: 'left' }),
            cell(line.form),
            cell(line.executors.join('\n')),
            cell(line.deadline),
            cell(money(line.total)),
            ...line.years.map((y) => cell(money(y))),
            cell(line.source),
            cell(line.programme),
          ],
        }),
  );

  const paragraph = (value: string, bold = false) =>
    new Paragraph({
      spacing: { after: 120 },
      children: [new TextRun({ text: value, bold, font: FONT, size: SIZE + 4 })],
    });
  const document = new Document({
    creator: 'Qorgau',
    title: table.title,
    lastModifiedBy: 'Qorgau',
    revision: 1,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE },
            margin: { top: 720, right: 720, bottom: 720, left: 720 },
          },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 120 },
            children: [new TextRun({ text: table.title, bold: true, font: FONT, size: SIZE + 8 })],
          }),
          ...table.heading.map((line) => paragraph(line)),
          new Table({
            width: { size: TABLE_WIDTH, type: WidthType.DXA },
            columnWidths,
            rows: [...header, ...body],
          }),
          ...(table.note ? [paragraph(table.note)] : []),
          new Paragraph({ children: [] }),
          paragraph(table.abbreviationsHeading, true),
          ...table.abbreviations.map(
            (a) =>
              new Paragraph({
                indent: { left: 720 },
                children: [
                  new TextRun({ text: a.code, bold: true, font: FONT, size: SIZE + 4 }),
                  new TextRun({ text: ` – ${a.name}`, font: FONT, size: SIZE + 4 }),
                ],
              }),
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

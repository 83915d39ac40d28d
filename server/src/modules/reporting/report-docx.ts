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
  WidthType,
} from 'docx';
import type { ReportTable } from './government-report.ts';

// The Government report as a Word document: A4 landscape, the header row repeated on every page, a
// heading row per section spanning the table, as in the roadmap's annex.

const TABLE_WIDTH = 15398;
const FONT = 'Times New Roman';
const SIZE = 20;
const SHARES = [4, 22, 9, 9, 9, 37, 10];

const lines = (value: string, bold = false, align: 'left' | 'center' = 'left'): Paragraph[] =>
  value.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [new TextRun({ text: line, bold, font: FONT, size: SIZE })],
      }),
  );

/** Writes the report table as DOCX. */
export async function writeReportDocx(table: ReportTable): Promise<Buffer> {
  const sum = SHARES.reduce((a, b) => a + b, 0);
  const columnWidths = SHARES.map((s) => Math.floor((s / sum) * TABLE_WIDTH));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((c) => new TableCell({ children: lines(c, true, 'center') })),
  });
  const body = table.rows.map((row) =>
    row.kind === 'section'
      ? new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              columnSpan: table.columns.length,
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EFEFEF' },
              children: lines(row.text, true, 'center'),
            }),
          ],
        })
      : new TableRow({
          children: row.cells.map(
            (cell, i) => new TableCell({ children: lines(cell, false, i === 0 ? 'center' : 'left') }),
          ),
        }),
  );
  const document = new Document({
    creator: 'Qorgau',
    title: table.title,
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
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [new TextRun({ text: table.subtitle, font: FONT, size: SIZE + 4 })],
          }),
          new Table({
            width: { size: TABLE_WIDTH, type: WidthType.DXA },
            columnWidths,
            rows: [header, ...body],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

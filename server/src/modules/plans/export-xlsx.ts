import ExcelJS from 'exceljs';
import type { ExportTable } from './export-table.ts';

// The plan as a workbook: the table on the first sheet (frozen header, section rows spanning the
// table, amounts as numbers so they can be summed), the list of abbreviations on the second.

const THIN = { style: 'thin' as const };
const LINE_HEIGHT = 15; // points per line of 11-point text

/**
 * The height a row needs for its wrapped text. Spreadsheet programs do not grow rows that a file gives
 * no height when they open it, so the table would print with cut-off text; this estimates it instead.
 */
function heightFor(values: readonly unknown[], widths: readonly number[]): number {
  let lines = 1;
  values.forEach((value, i) => {
    if (typeof value !== 'string') return;
    // A column of width w holds about 1.3·w letters of 11-point text in Excel and LibreOffice.
    const width = Math.max(1, ((widths[i] ?? 10) - 1) * 1.3);
    const needed = value
      .split('\n')
      .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / width)), 0);
    lines = Math.max(lines, needed);
  });
  return lines * LINE_HEIGHT + 4;
}
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const MONEY_FORMAT = '#,##0.0##';

/** Writes the table as an XLSX file. `created` is the document's creation time (from the clock). */
export async function writeXlsx(table: ExportTable, created: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Qorgau';
  workbook.created = created;
  workbook.modified = created;

  const yearCount = table.years.length;
  const columnCount = 8 + yearCount;
  const sheet = workbook.addWorksheet(table.sheetNames.measures.slice(0, 31), {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const widths = [6, 60, 22, 22, 20, 13, ...table.years.map(() => 11), 20, 14];
  sheet.columns = widths.map((width) => ({ width }));
  const fullWidth = widths.reduce((a, b) => a + b, 0);

  const spanRow = (text: string, bold: boolean) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, columnCount);
    row.getCell(1).font = { bold };
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    row.height = heightFor([text], [fullWidth * 0.9]);
    return row;
  };
  spanRow(table.title, true);
  for (const line of table.heading) spanRow(line, false);
  sheet.addRow([]);

  const c = table.columns;
  const first = sheet.addRow([
    c.number,
    c.measure,
    c.form,
    c.executors,
    c.deadline,
    c.cost,
    ...c.years.map(() => ''),
    c.source,
    c.programme,
  ]);
  const second = sheet.addRow(['', '', '', '', '', c.total, ...c.years, '', '']);
  first.height = heightFor(
    [
      c.number,
      c.measure,
      c.form,
      c.executors,
      c.deadline,
      '',
      ...c.years.map(() => ''),
      c.source,
      c.programme,
    ],
    widths,
  );
  for (const col of [1, 2, 3, 4, 5, columnCount - 1, columnCount])
    sheet.mergeCells(first.number, col, second.number, col);
  sheet.mergeCells(first.number, 6, first.number, 6 + yearCount);
  for (const row of [first, second]) {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { bold: true };
      cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      cell.border = BORDER;
    });
  }
  sheet.views = [{ state: 'frozen', ySplit: second.number }];
  // The header repeats on every printed page.
  sheet.pageSetup.printTitlesRow = `${first.number}:${second.number}`;

  for (const line of table.lines) {
    if (line.kind === 'section') {
      const row = spanRow(line.text, true);
      row.getCell(1).alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      row.getCell(1).border = BORDER;
      row.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
      continue;
    }
    const values = [
      line.number,
      line.title,
      line.form,
      line.executors.join('\n'),
      line.deadline,
      line.total,
      ...line.years.map((y) => y ?? '-'),
      line.source,
      line.programme,
    ];
    const row = sheet.addRow(values);
    row.height = heightFor(values, widths);
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.alignment = { wrapText: true, vertical: 'top', horizontal: col === 2 ? 'left' : 'center' };
      cell.border = BORDER;
      if (typeof cell.value === 'number' && col >= 6) cell.numFmt = MONEY_FORMAT;
    });
  }
  if (table.note) spanRow(table.note, false);

  const list = workbook.addWorksheet(table.sheetNames.abbreviations.slice(0, 31));
  list.columns = [{ width: 16 }, { width: 100 }];
  const title = list.addRow([table.abbreviationsHeading]);
  title.getCell(1).font = { bold: true };
  list.mergeCells(title.number, 1, title.number, 2);
  const head = list.addRow([table.abbreviationColumns.code, table.abbreviationColumns.name]);
  head.eachCell((cell) => {
    cell.font = { bold: true };
    cell.border = BORDER;
  });
  for (const a of table.abbreviations) {
    const row = list.addRow([a.code, a.name]);
    row.height = heightFor([a.code, a.name], [16, 100]);
    row.eachCell((cell) => {
      cell.border = BORDER;
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
  }

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

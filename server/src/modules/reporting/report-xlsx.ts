import ExcelJS from 'exceljs';
import type { ReportTable } from './government-report.ts';

// The Government report as a workbook: a frozen header, section rows spanning the table, wrapped text.

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const WIDTHS = [6, 45, 20, 18, 18, 80, 18];

// Spreadsheet programs do not grow rows a file gives no height, so the height is estimated from the text.
const heightOf = (cells: readonly string[]): number => {
  let lines = 1;
  cells.forEach((value, i) => {
    const width = Math.max(1, ((WIDTHS[i] ?? 10) - 1) * 1.3);
    lines = Math.max(
      lines,
      value.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / width)), 0),
    );
  });
  return Math.min(409, lines * 15 + 4);
};

/** Writes the report table as XLSX; `created` is the document's creation time. */
export async function writeReportXlsx(table: ReportTable, created: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Qorgau';
  workbook.created = created;
  workbook.modified = created;
  const sheet = workbook.addWorksheet(table.language === 'kk' ? 'Есеп' : 'Отчет', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  const span = (text: string, bold: boolean) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, table.columns.length);
    row.getCell(1).font = { bold };
    row.getCell(1).alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    row.height = heightOf([text.slice(0, 400)]);
    return row;
  };
  span(table.title, true);
  span(table.subtitle, false);
  sheet.addRow([]);
  const header = sheet.addRow([...table.columns]);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.border = BORDER;
  });
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
  for (const row of table.rows) {
    if (row.kind === 'section') {
      const added = span(row.text, true);
      added.getCell(1).border = BORDER;
      added.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
      continue;
    }
    const added = sheet.addRow([...row.cells]);
    added.height = heightOf(row.cells);
    added.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.alignment = { wrapText: true, vertical: 'top', horizontal: col === 1 ? 'center' : 'left' };
      cell.border = BORDER;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

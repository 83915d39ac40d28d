import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { ReportTable } from './government-report.ts';

// The Government report as PDF. The fonts are DejaVu (from the `dejavu-fonts-ttf` package), which carry
// every letter of the Kazakh alphabet (ә ғ қ ң ө ұ ү һ і); PDFKit's built-in fonts carry none of them.
// The table is drawn by hand — cell heights measured, rows moved to the next page whole, the header
// repeated — because PDFKit's own table takes seconds for a plan of two hundred measures.

const require = createRequire(import.meta.url);
const FONTS = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const REGULAR = join(FONTS, 'DejaVuSans.ttf');
const BOLD = join(FONTS, 'DejaVuSans-Bold.ttf');
const SHARES = [4, 22, 9, 9, 9, 37, 10];
const MARGIN = 30;
const PAD = 3;
const SIZE = 7;

/** Writes the report table as PDF (A4 landscape). */
export async function writeReportPdf(table: ReportTable): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    info: { Title: table.title, Creator: 'Qorgau' },
    lang: table.language,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);
  doc.font('bold').fontSize(12).text(table.title, { align: 'center' });
  doc.font('regular').fontSize(9).text(table.subtitle, { align: 'center' });
  doc.moveDown();

  const width = doc.page.width - 2 * MARGIN;
  const bottom = doc.page.height - MARGIN;
  const sum = SHARES.reduce((a, b) => a + b, 0);
  const widths = SHARES.map((s) => (s / sum) * width);
  let y = doc.y;

  const heightOf = (cells: readonly string[], spans: readonly number[], font: string): number => {
    doc.font(font).fontSize(SIZE);
    return Math.max(
      ...cells.map((cell, i) => doc.heightOfString(cell, { width: (spans[i] ?? 0) - 2 * PAD }) + 2 * PAD),
    );
  };
  const draw = (
    cells: readonly string[],
    spans: readonly number[],
    font: string,
    options: { fill?: string; align?: 'left' | 'center' } = {},
  ) => {
    const height = heightOf(cells, spans, font);
    let x = MARGIN;
    cells.forEach((cell, i) => {
      const w = spans[i] ?? 0;
      if (options.fill) doc.rect(x, y, w, height).fill(options.fill).fillColor('black');
      doc.rect(x, y, w, height).lineWidth(0.5).stroke();
      doc
        .font(font)
        .fontSize(SIZE)
        .text(cell, x + PAD, y + PAD, {
          width: w - 2 * PAD,
          align: options.align ?? 'left',
          lineBreak: true,
        });
      x += w;
    });
    y += height;
  };
  const header = () => draw(table.columns, widths, 'bold', { fill: '#efefef', align: 'center' });
  const room = (height: number) => {
    if (y + height <= bottom) return;
    doc.addPage();
    y = MARGIN;
    header();
  };

  header();
  for (const row of table.rows) {
    if (row.kind === 'section') {
      const height = heightOf([row.text], [width], 'bold');
      room(height);
      draw([row.text], [width], 'bold', { fill: '#f5f5f5', align: 'center' });
      continue;
    }
    // A row taller than a page is split into page-sized parts of its text, so nothing is cut off.
    let cells = [...row.cells];
    for (;;) {
      const height = heightOf(cells, widths, 'regular');
      const page = bottom - MARGIN - heightOf(table.columns, widths, 'bold');
      if (height <= page) {
        room(height);
        draw(cells, widths, 'regular');
        break;
      }
      const [head, rest] = splitTallest(cells, widths, page, (text, w) => {
        doc.font('regular').fontSize(SIZE);
        return doc.heightOfString(text, { width: w - 2 * PAD }) + 2 * PAD;
      });
      room(page);
      draw(head, widths, 'regular');
      cells = rest;
    }
  }
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}

/** Splits every cell of a row at a line boundary so the first part fits in `limit` points. */
function splitTallest(
  cells: readonly string[],
  widths: readonly number[],
  limit: number,
  measure: (text: string, width: number) => number,
): [string[], string[]] {
  const head: string[] = [];
  const rest: string[] = [];
  cells.forEach((cell, i) => {
    const w = widths[i] ?? 0;
    if (measure(cell, w) <= limit) {
      head.push(cell);
      rest.push('');
      return;
    }
    const words = cell.split(' ');
    let low = 1;
    let high = words.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (measure(words.slice(0, mid).join(' '), w) <= limit) low = mid;
      else high = mid - 1;
    }
    head.push(words.slice(0, low).join(' '));
    rest.push(words.slice(low).join(' '));
  });
  return [head, rest];
}

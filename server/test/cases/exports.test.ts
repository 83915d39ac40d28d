import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeCell } from '../../src/modules/cases/exports.ts';
import { createTestApp, type Session, signIn, type TestApp } from '../harness.ts';
import { iinFor, registration } from './fixtures.ts';

let t: TestApp;
let psychologist: Session;
let caseId: string;
const IIN = iinFor('2013-04-15', 'male', 301);

beforeAll(async () => {
  t = await createTestApp();
  psychologist = await signIn(t, 'psychologist');
  const created = await psychologist.request(
    'POST',
    '/api/v1/cases',
    registration(t, {
      surname: 'Серікбаев',
      givenName: 'Әлихан',
      patronymic: 'Нұрланұлы',
      birthDate: '2013-04-15',
      sex: 'male',
      iin: IIN,
    }),
  );
  caseId = created.json().caseId;
  await psychologist.request('POST', `/api/v1/cases/${caseId}/notes`, {
    text: 'Өңгейлі Үміт Һәм Ғалия — барлық әріп: әғқңөұүһі.',
  });
});
afterAll(async () => t?.close());

/** The text of a PDF as pdftotext reads it (poppler, installed by npm test). */
function pdfText(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'qorgau-pdf-'));
  try {
    writeFileSync(join(dir, 'case.pdf'), bytes);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'case.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('case exports', () => {
  it('print a case summary as PDF in Kazakh with every Kazakh letter readable', async () => {
    const response = await psychologist.request('GET', `/api/v1/cases/${caseId}/summary.pdf?lang=kk`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = pdfText(response.rawPayload);
    expect(text).toContain('Іс бойынша қысқаша мәлімет');
    expect(text).toContain('Серікбаев Әлихан Нұрланұлы');
    expect(text).toContain('Физикалық');
    expect(text).toContain('әғқңөұүһі');
    expect(text).toContain(IIN);
    // The address names the place, not only its KATO code.
    expect(text).toContain('Жеңіс даңғылы, 12, район Алматы (711110000)');
  });

  it('print it in Russian with Russian headings and labels', async () => {
    const text = pdfText(
      (await psychologist.request('GET', `/api/v1/cases/${caseId}/summary.pdf?lang=ru`)).rawPayload,
    );
    expect(text).toContain('Краткие сведения по случаю');
    expect(text).toContain('Физическое насилие');
  });

  it('refuse the summary of a case to someone outside it, as if it did not exist', async () => {
    const psychologist2 = await signIn(t, 'psychologist2');
    expect((await psychologist2.request('GET', `/api/v1/cases/${caseId}/summary.pdf`)).statusCode).toBe(404);
  });

  it('write the case list as XLSX with Kazakh headings, the IIN for roles that need it, not for a helpline operator', async () => {
    const xlsx = await psychologist.request('GET', '/api/v1/cases/export.xlsx?lang=kk');
    expect(xlsx.statusCode).toBe(200);
    const sheet =
      (await (await JSZip.loadAsync(xlsx.rawPayload)).file('xl/sharedStrings.xml')?.async('string')) ?? '';
    expect(sheet).toContain('Іс нөмірі');
    expect(sheet).toContain('ЖСН');
    expect(sheet).toContain('Серікбаев Әлихан Нұрланұлы');
    expect(sheet).toMatch(/<t[^>]*>Астана[^<]*<\/t>/);
    expect(sheet).not.toContain('<t>710000000</t>');
    const helpline = await signIn(t, 'helpline');
    await helpline.request(
      'POST',
      '/api/v1/cases',
      registration(
        t,
        {
          surname: 'Жұмабаева',
          givenName: 'Дана',
          birthDate: '2012-09-09',
          sex: 'female',
          iin: iinFor('2012-09-09', 'female', 302),
        },
        { source: 'helpline' },
      ),
    );
    const csv = (await helpline.request('GET', '/api/v1/cases/export.csv?lang=ru')).body;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = csv.slice(1).trim().split('\n');
    expect(header).toContain('Номер случая');
    expect(header).not.toContain('ИИН');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('Жұмабаева Дана');
  });

  it('never let a cell start a spreadsheet formula', () => {
    for (const dangerous of ['=HYPERLINK("http://x")', '+7 701 111', '-2+3', '@SUM(A1)', '\t=1']) {
      expect(String(safeCell(dangerous)).startsWith("'")).toBe(true);
    }
    expect(safeCell('Серікбаев')).toBe('Серікбаев');
    expect(safeCell(5)).toBe(5);
  });

  it('keep every export in the audit log', async () => {
    const admin = await signIn(t, 'admin');
    const events = (await admin.request('GET', '/api/v1/audit?action=case.exported')).json().items;
    expect(events.length).toBeGreaterThanOrEqual(4);
  });
});

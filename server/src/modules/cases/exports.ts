import { createRequire } from 'node:module';
import type { PersonRecord } from '@qorgau/domain/cases/index';
import { formatDate, formatDateTime } from '@qorgau/domain/locale-format';
import { stringify } from 'csv-stringify/sync';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import PDFDocument from 'pdfkit';
import type { Actor } from '../../platform/access/actor.ts';
import { type AuditContext, writeAudit } from '../../platform/audit/audit.ts';
import { users } from '../../platform/auth/tables.ts';
import type { AppContext } from '../../platform/context.ts';
import { organisations, territories } from '../../platform/directory/tables.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { type MessageKey, t, translateKey } from '../../platform/i18n/translate.ts';
import { type CaseListFilter, caseListConditions, loadCaseDetail } from './read-cases.ts';
import { cases, caseTasks, persons } from './tables.ts';

const require = createRequire(import.meta.url);
// DejaVu Sans carries every letter of the Kazakh alphabet (Ә Ғ Қ Ң Ө Ұ Ү Һ І), which PDF's standard fonts do not.
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

const label = (locale: Locale, segment: string, code: string) =>
  translateKey(locale, `case.${segment}.${code}`);

function fullName(name: {
  surname: string;
  givenName: string;
  patronymic?: string | null | undefined;
}): string {
  return [name.surname, name.givenName, name.patronymic].filter(Boolean).join(' ');
}

/** A territory's name in a language: Russian where the KATO tree has no other. */
function territoryNameIn(locale: Locale, name: { kk: string | null; ru: string; en: string | null }): string {
  return name[locale] ?? name.ru;
}

/** A territory's name with its KATO code. */
async function placeName(ctx: AppContext, code: string, locale: Locale): Promise<string> {
  const [row] = await ctx.db.select().from(territories).where(eq(territories.code, code)).limit(1);
  if (!row) return code;
  return `${territoryNameIn(locale, { kk: row.nameKk, ru: row.nameRu, en: row.nameEn })} (${code})`;
}

/** A case summary as a PDF in Kazakh or Russian (or English), for the case's team; the export is audited. */
export async function caseSummaryPdf(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  caseId: string,
  locale: Locale,
): Promise<{ body: Buffer; filename: string }> {
  const c = await loadCaseDetail(ctx, actor, caseId);
  const now = ctx.clock.now();
  const child = c.child.record as PersonRecord;
  const incident = c.incident as {
    occurredAt?: string | null;
    occurredOn?: string | null;
    place: string;
    description: string;
    perpetrators: { relation: string; name?: string | null }[];
  };
  const L = (key: MessageKey, params?: Record<string, string | number | Date>) => t(locale, key, params);
  const place = child.address?.katoCode ? await placeName(ctx, child.address.katoCode, locale) : null;

  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `${L('case.pdf.title')} ${c.number}`, Author: 'Qorgau' },
  });
  doc.registerFont('regular', FONT);
  doc.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const heading = (text: string) =>
    doc.moveDown(0.6).font('bold').fontSize(12).text(text).moveDown(0.2).font('regular').fontSize(10);
  const field = (key: MessageKey, value: string | null | undefined) =>
    doc
      .font('bold')
      .text(`${L(key)}: `, { continued: true })
      .font('regular')
      .text(value && value.trim() !== '' ? value : L('case.pdf.none'));

  doc
    .font('bold')
    .fontSize(16)
    .text(`${L('case.pdf.title')} ${c.number}`);
  doc.font('regular').fontSize(8).fillColor('#7a1f1f').text(L('case.pdf.confidential')).fillColor('black');
  doc.fontSize(8).text(L('case.pdf.generated', { date: formatDateTime(locale, now), user: actor.fullName }));
  doc.fontSize(10);

  if (c.flags.length > 0) {
    heading(L('case.pdf.flags'));
    for (const f of c.flags) doc.text(`• ${label(locale, 'flag', f.reason)}${f.note ? ` — ${f.note}` : ''}`);
  }

  heading(L('case.pdf.child'));
  field('case.field.child', fullName(child.name));
  if (child.latinName) doc.text(fullName(child.latinName));
  field('case.field.iin', child.iin);
  field('case.field.birth_date', child.birthDate ? formatDate(locale, child.birthDate) : null);
  if (!child.birthDate && child.estimatedAge) field('case.field.age', String(child.estimatedAge.years));
  field('case.field.sex', child.sex ? label(locale, 'sex', child.sex) : null);
  field('case.field.address', [child.address?.line, place].filter(Boolean).join(', '));
  field(
    'case.field.school',
    [
      child.school?.name,
      child.school?.grade != null ? `${child.school.grade}${child.school.letter ?? ''}` : null,
    ]
      .filter(Boolean)
      .join(', '),
  );

  heading(L('case.pdf.family'));
  if (child.family.length === 0) doc.text(L('case.pdf.none'));
  for (const member of child.family) {
    const contacts = member.contacts.map((k) => k.value).join(', ');
    doc.text(
      `• ${label(locale, 'family', member.relation)}: ${fullName(member.name)}${contacts ? ` (${contacts})` : ''} — ${member.safeToContact ? L('case.pdf.safe_contact') : L('case.pdf.unsafe_contact')}`,
    );
  }

  heading(L('case.pdf.concerns'));
  field('case.field.source', label(locale, 'source', c.source));
  field('case.field.reported_at', formatDateTime(locale, c.reportedAt));
  for (const concern of c.concerns) doc.text(`• ${label(locale, 'concern', concern)}`);

  heading(L('case.pdf.incident'));
  field(
    'case.field.when',
    incident.occurredAt
      ? formatDateTime(locale, incident.occurredAt)
      : incident.occurredOn
        ? formatDate(locale, incident.occurredOn)
        : null,
  );
  field('case.field.where', label(locale, 'place', incident.place));
  field(
    'case.field.perpetrator',
    incident.perpetrators
      .map((p) => [label(locale, 'perpetrator', p.relation), p.name].filter(Boolean).join(' '))
      .join('; '),
  );
  doc
    .font('bold')
    .text(`${L('case.field.what')}:`)
    .font('regular')
    .text(incident.description);

  heading(L('case.pdf.triage'));
  field('case.field.risk', label(locale, 'risk', c.riskLevel));
  field('case.field.risk_reason', c.riskReason);
  field('case.field.deadline', formatDateTime(locale, c.triage.deadline));
  field('case.field.first_contact', c.firstContactAt ? formatDateTime(locale, c.firstContactAt) : null);
  field('case.field.stage', label(locale, 'stage', c.stage));
  field('case.field.status', label(locale, 'status', c.status));

  heading(L('case.pdf.team'));
  field('case.pdf.owner', [c.owner.user, c.owner.organisation?.[locale]].filter(Boolean).join(', '));
  for (const a of c.assignees) doc.text(`• ${a.name ?? ''}`);

  heading(L('case.pdf.referrals'));
  if (c.referrals.length === 0) doc.text(L('case.pdf.none'));
  for (const r of c.referrals) {
    const state = r.state as { service: string; createdAt: string };
    doc.text(
      `• ${formatDate(locale, state.createdAt)} → ${r.to?.[locale] ?? ''}: ${label(locale, 'intervention', state.service)} (${label(locale, 'referralStatus', r.status)})`,
    );
  }

  heading(L('case.pdf.tasks'));
  if (c.tasks.length === 0) doc.text(L('case.pdf.none'));
  for (const task of c.tasks) {
    doc.text(
      `• ${formatDateTime(locale, task.dueAt)} — ${task.title}${task.assignee ? ` (${task.assignee})` : ''}${task.doneAt ? ` ✓ ${formatDateTime(locale, task.doneAt)}` : ''}`,
    );
  }

  heading(L('case.pdf.notes'));
  if (c.notes.length === 0) doc.text(L('case.pdf.none'));
  for (const note of c.notes.slice(0, 20)) {
    doc
      .font('bold')
      .text(`${formatDateTime(locale, note.createdAt)}, ${note.author ?? ''}`)
      .font('regular')
      .text(note.text)
      .moveDown(0.3);
  }
  doc.end();
  const body = await done;

  await ctx.db.transaction((tx) =>
    writeAudit(
      tx,
      audit,
      {
        action: 'case.exported',
        objectType: 'case',
        objectId: caseId,
        objectRegionCode: c.regionCode,
        details: { format: 'pdf', locale, bytes: body.length },
      },
      now,
    ),
  );
  return { body, filename: `${c.number}.pdf` };
}

/** Roles that see a child's IIN in list exports: those who identify children officially in their work. */
const IIN_ROLES = new Set([
  'juvenile_inspector',
  'health_worker',
  'social_worker',
  'case_manager',
  'supervisor',
  'school_psychologist',
  'social_pedagogue',
  'school_director',
  'kdn_secretary',
]);

// A cell a spreadsheet would read as a formula is written as text, so a child's name such as "=HYPERLINK(…)"
// typed by someone cannot run when a colleague opens the file.
export function safeCell(value: string | number | null): string | number | null {
  if (typeof value !== 'string') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The export limit: a list export is for work, not for copying the registry. */
export const EXPORT_MAX_ROWS = 5000;

/** A case list (the same filters and access as the list screen) as XLSX or CSV, with only the fields the role may see. */
export async function exportCaseList(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  filter: Omit<CaseListFilter, 'sort' | 'cursor' | 'limit'>,
  format: 'xlsx' | 'csv',
  locale: Locale,
): Promise<{ body: Buffer; filename: string; contentType: string }> {
  const asOf = ctx.clock.now();
  const region = alias(territories, 'region');
  const rows = await ctx.db
    .select({
      id: cases.id,
      number: cases.number,
      surname: persons.surname,
      givenName: persons.givenName,
      patronymic: persons.patronymic,
      iin: persons.iin,
      birthDate: persons.birthDate,
      concerns: cases.concerns,
      riskLevel: cases.riskLevel,
      stage: cases.stage,
      status: cases.status,
      owner:
        locale === 'kk'
          ? organisations.nameKk
          : locale === 'ru'
            ? organisations.nameRu
            : organisations.nameEn,
      ownerUser: users.fullName,
      regionCode: cases.regionCode,
      region: { kk: region.nameKk, ru: region.nameRu, en: region.nameEn },
      updatedAt: cases.updatedAt,
      openTasks: sql<number>`(select count(*)::int from ${caseTasks} where ${caseTasks.caseId} = ${cases.id} and ${caseTasks.doneAt} is null)`,
    })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.childId))
    .innerJoin(organisations, eq(organisations.id, cases.ownerOrganisationId))
    .leftJoin(users, eq(users.id, cases.ownerUserId))
    .leftJoin(region, eq(region.code, cases.regionCode))
    .where(and(...caseListConditions(actor, filter, asOf)))
    .orderBy(desc(cases.updatedAt), asc(cases.id))
    .limit(EXPORT_MAX_ROWS);
  const showIin = actor.roles.some((r) => IIN_ROLES.has(r));
  const columns: { key: MessageKey; value: (r: (typeof rows)[number]) => string | number | null }[] = [
    { key: 'case.field.number', value: (r) => r.number },
    { key: 'case.field.child', value: (r) => fullName(r) },
    ...(showIin ? [{ key: 'case.field.iin' as MessageKey, value: (r: (typeof rows)[number]) => r.iin }] : []),
    { key: 'case.field.birth_date', value: (r) => (r.birthDate ? formatDate(locale, r.birthDate) : null) },
    {
      key: 'case.field.concerns',
      value: (r) => r.concerns.map((c) => label(locale, 'concern', c)).join('; '),
    },
    { key: 'case.field.risk', value: (r) => label(locale, 'risk', r.riskLevel) },
    { key: 'case.field.stage', value: (r) => label(locale, 'stage', r.stage) },
    { key: 'case.field.status', value: (r) => label(locale, 'status', r.status) },
    { key: 'case.field.owner', value: (r) => [r.ownerUser, r.owner].filter(Boolean).join(', ') },
    { key: 'case.field.region', value: (r) => (r.region ? territoryNameIn(locale, r.region) : r.regionCode) },
    { key: 'case.field.open_tasks', value: (r) => Number(r.openTasks) },
    { key: 'case.field.updated', value: (r) => formatDateTime(locale, r.updatedAt) },
  ];
  const header = columns.map((c) => t(locale, c.key));
  const table = rows.map((r) => columns.map((c) => safeCell(c.value(r))));
  let body: Buffer;
  if (format === 'csv') {
    // A byte-order mark so Excel opens the UTF-8 file with Kazakh letters intact.
    body = Buffer.from(`\uFEFF${stringify([header, ...table])}`, 'utf8');
  } else {
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet(t(locale, 'case.export.sheet'));
    sheet.addRow(header).font = { bold: true };
    for (const row of table) sheet.addRow(row);
    sheet.columns.forEach((column) => {
      column.width = 22;
    });
    body = Buffer.from(await book.xlsx.writeBuffer());
  }
  await ctx.db.transaction((tx) =>
    writeAudit(
      tx,
      audit,
      {
        action: 'case.exported',
        objectType: 'case',
        details: { format, locale, rows: rows.length, filter, caseIds: rows.map((r) => r.id) },
      },
      asOf,
    ),
  );
  return {
    body,
    filename: `cases-${asOf.toISOString().slice(0, 10)}.${format}`,
    contentType:
      format === 'csv'
        ? 'text/csv; charset=utf-8'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}

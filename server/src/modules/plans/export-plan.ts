import type { ParsedMeasure, PlanLanguage } from '@qorgau/domain/roadmap/index';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.ts';
import { type AuditContext, writeAudit } from '../../platform/audit/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { buildExportTable, type MeasureTranslation } from './export-table.ts';
import { actLine } from './plan-messages.ts';
import { fingerprintOf } from './read-measures.ts';
import { actOf, getPlan, getVersion, versionContent } from './store.ts';
import { planMeasureTranslations } from './tables.ts';

export type ExportFormat = 'xlsx' | 'docx';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface ExportedFile {
  body: Buffer;
  contentType: string;
  /** The name in the export's language, and a plain-ASCII one for clients that cannot read the first. */
  filename: string;
  asciiFilename: string;
}

/**
 * The plan in the official column layout as XLSX or DOCX, headings in the chosen language (the plan's
 * own by default). In another language than the plan's, a measure a person has translated — and whose
 * original has not changed since — is shown in translation, marked; the rest stays in the original.
 * Every export is audited.
 */
export async function exportPlan(
  ctx: AppContext,
  _actor: Actor,
  audit: AuditContext,
  request: { planId: string; format: ExportFormat; lang?: Locale | undefined; version?: number | undefined },
): Promise<ExportedFile> {
  const plan = await getPlan(ctx.db, request.planId);
  const version = await getVersion(ctx.db, plan, request.version);
  const locale = request.lang ?? (plan.language as PlanLanguage);
  const content = await versionContent(ctx.db, version);
  const translations = new Map<number, MeasureTranslation>();
  if (locale !== plan.language) {
    const rows = await ctx.db
      .select()
      .from(planMeasureTranslations)
      .where(eq(planMeasureTranslations.planId, plan.id));
    const byNumber = new Map<number, ParsedMeasure>(content.measures.map((m) => [m.number, m]));
    for (const row of rows) {
      const measure = byNumber.get(row.measureNumber);
      if (row.locale !== locale || !measure || row.sourceFingerprint !== fingerprintOf(measure)) continue;
      translations.set(row.measureNumber, {
        title: row.title,
        form: row.formText,
        deadline: row.deadlineText,
      });
    }
  }
  const act = actOf(plan);
  const table = buildExportTable({
    locale,
    act,
    version: version.version,
    importedAt: version.importedAt,
    content,
    translations,
  });
  const now = ctx.clock.now();
  // The writers' libraries are large; only an export needs them, so the server and the CLI start without.
  const body =
    request.format === 'xlsx'
      ? await (await import('./export-xlsx.ts')).writeXlsx(table, now)
      : await (await import('./export-docx.ts')).writeDocx(table);
  await ctx.db.transaction(async (tx) => {
    await writeAudit(
      tx,
      audit,
      {
        action: 'plan.exported',
        objectType: 'plan',
        objectId: plan.id,
        details: { format: request.format, lang: locale, version: version.version, bytes: body.length },
      },
      now,
    );
  });
  const base = `plan-${act.number}-${act.date}-v${version.version}-${locale}`.replace(
    /[^A-Za-z0-9._-]+/g,
    '-',
  );
  const named = `${actLine(locale, act)} (v${version.version})`.replace(/[\\/:*?"<>|]+/g, ' ');
  return {
    body,
    contentType: CONTENT_TYPES[request.format],
    filename: `${named}.${request.format}`,
    asciiFilename: `${base}.${request.format}`,
  };
}

import type { IndicatorCode } from '@qorgau/domain/reporting/index';
import type { Actor } from '../../platform/access/actor.ts';
import { type AuditContext, writeAudit } from '../../platform/audit/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { getPlan, getVersion, versionContent } from '../plans/service.ts';
import { formIndicators, measureForm } from './plan-content.ts';
import { reportingMeasureForms } from './tables.ts';

/**
 * Sets what a measure's reports ask for: whether the document it produced is required, and which
 * indicators it counts (null: the whole catalogue). Applies to reports saved from now on.
 */
export async function saveMeasureForm(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  planId: string,
  number: number,
  input: { documentRequired: boolean; indicators: IndicatorCode[] | null },
) {
  const plan = await getPlan(ctx.db, planId);
  const content = await versionContent(ctx.db, await getVersion(ctx.db, plan));
  const measure = content.measures.find((m) => m.number === number);
  if (!measure) throw new AppError('MEASURE_NOT_FOUND', { params: { number: String(number) } });
  const now = ctx.clock.now();
  const values = {
    documentRequired: input.documentRequired,
    indicators: input.indicators === null ? null : [...new Set(input.indicators)],
    updatedAt: now,
    updatedBy: actor.userId,
  };
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(reportingMeasureForms)
      .values({ planId, measureNumber: number, ...values })
      .onConflictDoUpdate({
        target: [reportingMeasureForms.planId, reportingMeasureForms.measureNumber],
        set: values,
      });
    await writeAudit(
      tx,
      audit,
      {
        action: 'reporting.measure_form_saved',
        objectType: 'plan',
        objectId: planId,
        details: { measure: number, ...input },
      },
      now,
    );
  });
  const form = await measureForm(ctx.db, planId, measure);
  return { documentRequired: form.documentRequired, indicators: formIndicators(form) };
}

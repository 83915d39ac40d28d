import type { PlanLanguage } from '@qorgau/domain/roadmap/index';
import { and, eq } from 'drizzle-orm';
import { type Actor, holds } from '../../platform/access/actor.ts';
import { type AuditContext, diffFields, writeAudit } from '../../platform/audit/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { fingerprintOf, getMeasure, presentTranslation, type TranslationDto } from './read-measures.ts';
import type { TranslationInput } from './schemas.ts';
import { canonicalMeasure, getPlan, getVersion } from './store.ts';
import { planMeasureTranslations } from './tables.ts';

/**
 * Saves a person's translation of a measure of the current version into another language. The
 * original text stays as imported; the translation remembers which original it translated.
 */
export async function translateMeasure(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  target: { planId: string; number: number; locale: Locale },
  input: TranslationInput,
): Promise<TranslationDto> {
  if (!holds(actor, 'manage:plan')) throw new AppError('FORBIDDEN');
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const plan = await getPlan(tx, target.planId);
    if (plan.language === target.locale) throw new AppError('TRANSLATION_OF_ORIGINAL');
    const version = await getVersion(tx, plan);
    const measure = canonicalMeasure((await getMeasure(tx, version, target.number)).parsed);
    const key = and(
      eq(planMeasureTranslations.planId, plan.id),
      eq(planMeasureTranslations.measureNumber, target.number),
      eq(planMeasureTranslations.locale, target.locale),
    );
    const [before] = await tx.select().from(planMeasureTranslations).where(key);
    const values = {
      title: input.title,
      formText: input.form ?? null,
      deadlineText: input.deadline ?? null,
      sourceVersion: version.version,
      sourceFingerprint: fingerprintOf(measure),
      translatedAt: now,
      translatedBy: actor.userId,
    };
    const [row] = await tx
      .insert(planMeasureTranslations)
      .values({ planId: plan.id, measureNumber: target.number, locale: target.locale, ...values })
      .onConflictDoUpdate({
        target: [
          planMeasureTranslations.planId,
          planMeasureTranslations.measureNumber,
          planMeasureTranslations.locale,
        ],
        set: values,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await writeAudit(
      tx,
      audit,
      {
        action: 'plan.translation_saved',
        objectType: 'plan',
        objectId: plan.id,
        changes: diffFields(before ?? null, values, ['title', 'formText', 'deadlineText', 'sourceVersion']),
        details: { measure: target.number, locale: target.locale, version: version.version },
      },
      now,
    );
    return presentTranslation(row, plan.language as PlanLanguage, measure, actor.username);
  });
}

import {
  DEFAULT_REMINDER_RULE,
  deriveObligations,
  effectiveRule,
  type ObligationWarningCode,
  periodFor,
  type ReminderRule,
  type ReportingRule,
  reminderRuleSchema,
  reportingRuleSchema,
} from '@qorgau/domain/reporting/index';
import { and, eq, gte, lte } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.ts';
import { type AuditContext, writeAudit } from '../../platform/audit/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { t } from '../../platform/i18n/translate.ts';
import { canonicalMeasure, executorResolver, getPlan, getVersion, reportingOf } from '../plans/service.ts';
import { planMeasures } from '../plans/tables.ts';
import { presentPeriod } from './read-periods.ts';
import type { OpenPeriodInput } from './schemas.ts';
import { nameIn, organisationsById } from './store.ts';
import { reportingObligations, reportingPeriods } from './tables.ts';

const WARNING_KEYS: Record<ObligationWarningCode, `reporting.warning.${ObligationWarningCode}`> = {
  deadline_unreadable: 'reporting.warning.deadline_unreadable',
  no_executors: 'reporting.warning.no_executors',
  nobody_obliged: 'reporting.warning.nobody_obliged',
  lead_invited: 'reporting.warning.lead_invited',
};

/**
 * Opens a reporting period of a plan and creates its obligations (or, as a dry run, shows what opening
 * would create). The rule is the plan's own unless the coordinator overrides a part of it; a plan that
 * states no rule needs the missing parts given. Periods of one plan may not overlap.
 */
export async function openPeriod(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  locale: Locale,
  input: OpenPeriodInput,
) {
  const plan = await getPlan(ctx.db, input.planId);
  const version = await getVersion(ctx.db, plan, plan.currentVersion);
  const planRule = reportingOf(plan);
  const override: Partial<ReportingRule> = {
    ...(input.frequency === undefined ? {} : { frequency: input.frequency }),
    ...(input.executorsDueDay === undefined ? {} : { executorsDueDay: input.executorsDueDay }),
    ...(input.coordinatorDueDay === undefined ? {} : { coordinatorDueDay: input.coordinatorDueDay }),
  };
  const chosen = effectiveRule(planRule, override);
  if (!chosen.ok) {
    throw AppError.invalid(
      chosen.missing.map((field) => ({ field, key: 'reporting.rule_missing' as const })),
    );
  }
  const checked = reportingRuleSchema.safeParse(chosen.rule);
  if (!checked.success) {
    throw AppError.invalid([
      { field: 'coordinatorDueDay', key: 'reporting_rule.coordinator_before_executors' },
    ]);
  }
  const rule = checked.data;
  if (input.year < plan.periodFrom || input.year > plan.periodTo) {
    throw AppError.invalid([
      {
        field: 'year',
        key: 'reporting.year_outside_plan',
        params: { from: String(plan.periodFrom), to: String(plan.periodTo) },
      },
    ]);
  }
  let period: ReturnType<typeof periodFor>;
  try {
    period = periodFor({ year: input.year, part: input.part }, rule);
  } catch {
    throw AppError.invalid([{ field: 'part', key: 'reporting.part_invalid' }]);
  }
  const reminders: ReminderRule = input.reminders
    ? reminderRuleSchema.parse(input.reminders)
    : DEFAULT_REMINDER_RULE;

  const [overlapping] = await ctx.db
    .select({ code: reportingPeriods.code })
    .from(reportingPeriods)
    .where(
      and(
        eq(reportingPeriods.planId, plan.id),
        lte(reportingPeriods.start, period.end),
        gte(reportingPeriods.end, period.start),
      ),
    )
    .limit(1);
  if (overlapping) throw new AppError('PERIOD_OVERLAPS', { params: { code: overlapping.code } });

  const measures = (
    await ctx.db
      .select({ parsed: planMeasures.parsed })
      .from(planMeasures)
      .where(eq(planMeasures.versionId, version.id))
  ).map((r) => canonicalMeasure(r.parsed));
  const resolve = await executorResolver(ctx.db, plan.id);
  const derived = deriveObligations({ measures, period, resolveExecutor: resolve });
  const orgs = await organisationsById(
    ctx.db,
    derived.obligations.map((o) => o.organisationId),
  );

  const byExecutor = new Map<string, { expected: number; invited: number; lead: number }>();
  for (const o of derived.obligations) {
    const held = byExecutor.get(o.organisationId) ?? { expected: 0, invited: 0, lead: 0 };
    if (o.invited) held.invited++;
    else held.expected++;
    if (o.lead) held.lead++;
    byExecutor.set(o.organisationId, held);
  }
  const overridden =
    planRule?.frequency !== rule.frequency ||
    planRule?.executorsDueDay !== rule.executorsDueDay ||
    planRule?.coordinatorDueDay !== rule.coordinatorDueDay;
  const now = ctx.clock.now();
  const id = input.dryRun ? null : crypto.randomUUID();
  const counts = {
    measures: new Set(derived.obligations.map((o) => o.measure)).size,
    obligations: derived.obligations.length,
    expected: derived.obligations.filter((o) => !o.invited).length,
    invited: derived.obligations.filter((o) => o.invited).length,
  };
  const row = {
    id: id ?? '00000000-0000-4000-8000-000000000000',
    planId: plan.id,
    planVersion: version.version,
    code: period.code,
    frequency: rule.frequency,
    year: period.year,
    part: period.part,
    start: period.start,
    end: period.end,
    executorsDueDay: rule.executorsDueDay,
    coordinatorDueDay: rule.coordinatorDueDay,
    executorsDue: period.executorsDue,
    coordinatorDue: period.coordinatorDue,
    overridden,
    reminderRule: reminders,
    openedAt: now,
    openedBy: actor.userId,
    revision: 0,
  };

  if (id !== null) {
    await ctx.db.transaction(async (tx) => {
      await tx.insert(reportingPeriods).values(row);
      const values = derived.obligations.map((o) => ({
        id: crypto.randomUUID(),
        periodId: id,
        planId: plan.id,
        measureNumber: o.measure,
        section: o.section,
        organisationId: o.organisationId,
        regionCode: o.regionCode,
        districtCode: orgs.get(o.organisationId)?.districtCode ?? null,
        codes: [...o.codes],
        lead: o.lead,
        invited: o.invited,
        reportDue: o.reportDue,
        deliverableDue: o.deliverableDue,
      }));
      for (let i = 0; i < values.length; i += 500)
        await tx.insert(reportingObligations).values(values.slice(i, i + 500));
      await writeAudit(
        tx,
        audit,
        {
          action: 'reporting.period_opened',
          objectType: 'reporting_period',
          objectId: id,
          details: {
            planId: plan.id,
            code: period.code,
            rule,
            overridden,
            ...counts,
            unresolved: derived.unresolved.length,
          },
        },
        now,
      );
    });
  }

  return {
    dryRun: id === null,
    period: { ...presentPeriod(row, counts), id },
    planRule: planRule
      ? {
          ...(planRule.frequency ? { frequency: planRule.frequency } : {}),
          ...(planRule.executorsDueDay ? { executorsDueDay: planRule.executorsDueDay } : {}),
          ...(planRule.coordinatorDueDay ? { coordinatorDueDay: planRule.coordinatorDueDay } : {}),
        }
      : null,
    unresolved: derived.unresolved.map((u) => ({ measure: u.measure, code: u.code })),
    warnings: derived.warnings.map((w) => ({
      measure: w.measure,
      code: w.code,
      message: t(locale, WARNING_KEYS[w.code], { measure: w.measure }),
    })),
    byExecutor: [...byExecutor]
      .map(([organisationId, c]) => ({
        organisationId,
        name: nameIn(locale, orgs.get(organisationId)),
        ...c,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, locale)),
  };
}

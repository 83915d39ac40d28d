import { effectiveGrants, isRole, type Role } from '@qorgau/domain/access/roles';
import { addDays, dateInKazakhstan, type Reminder, remindersDue } from '@qorgau/domain/reporting/index';
import { and, eq, gte, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { userRoles, users } from '../../platform/auth/tables.ts';
import type { AppContext } from '../../platform/context.ts';
import { organisations } from '../../platform/directory/tables.ts';
import { defineJob } from '../../platform/jobs/queue.ts';
import { type Notice, notify, queueEmail } from '../../platform/notify/notify.ts';
import type { NotificationKind } from '../../platform/notify/render.ts';
import { reminderRuleOf } from './store.ts';
import { reportingObligations, reportingPeriods } from './tables.ts';

// The reminder round: for every period still being reported on, what `remindersDue` says is due now —
// a week and a day before, on the day, every few days overdue — to the executor's focal points, and after
// the grace period to the organisation's head (its official address) and to the coordinators. Keys from
// the domain make a second round in the same hour, or after a restart, send nothing twice.

const KINDS: Record<Reminder['kind'], NotificationKind> = {
  before: 'reporting.reminder_before',
  due_today: 'reporting.reminder_due_today',
  overdue: 'reporting.reminder_overdue',
  escalation: 'reporting.escalation',
};

/** Active people holding a permission, by organisation (null: anywhere). */
async function holders(
  ctx: AppContext,
  permission: 'submit:report' | 'review:report',
  organisationIds: string[] | null,
) {
  const rows = await ctx.db
    .select({ id: users.id, organisationId: users.organisationId, role: userRoles.role })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(
      and(
        eq(users.active, true),
        organisationIds ? inArray(users.organisationId, organisationIds) : undefined,
      ),
    );
  const roles = new Map<string, { organisationId: string; roles: Role[] }>();
  for (const r of rows) {
    const held = roles.get(r.id) ?? { organisationId: r.organisationId, roles: [] };
    if (isRole(r.role)) held.roles.push(r.role);
    roles.set(r.id, held);
  }
  return [...roles]
    .filter(([, v]) => effectiveGrants(v.roles)[permission] !== undefined)
    .map(([id, v]) => ({ id, organisationId: v.organisationId }));
}

/** Runs one round of reminders at the clock's now; returns how many notices were new. */
export async function sendReminders(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const today = dateInKazakhstan(now);
  // A period is chased from 90 days before its due date until 60 days after the coordinator's.
  const periods = (
    await ctx.db
      .select()
      .from(reportingPeriods)
      .where(gte(reportingPeriods.coordinatorDue, addDays(today, -60)))
  ).filter((p) => addDays(p.executorsDue, -90) <= today);
  let delivered = 0;
  for (const period of periods) {
    const outstanding = await ctx.db
      .select({
        organisationId: reportingObligations.organisationId,
        measure: reportingObligations.measureNumber,
        invited: reportingObligations.invited,
        reportDue: reportingObligations.reportDue,
        firstSubmittedAt: reportingObligations.firstSubmittedAt,
      })
      .from(reportingObligations)
      .where(
        and(
          eq(reportingObligations.periodId, period.id),
          eq(reportingObligations.invited, false),
          isNull(reportingObligations.firstSubmittedAt),
        ),
      );
    const reminders = remindersDue({
      periodId: period.id,
      obligations: outstanding,
      rule: reminderRuleOf(period),
      asOf: now,
    });
    if (reminders.length === 0) continue;
    const orgIds = [...new Set(reminders.map((r) => r.organisationId))];
    const orgRows = await ctx.db.select().from(organisations).where(inArray(organisations.id, orgIds));
    const orgs = new Map(orgRows.map((o) => [o.id, o]));
    const executors = await holders(ctx, 'submit:report', orgIds);
    const coordinators = reminders.some((r) => r.recipient === 'coordinator')
      ? await holders(ctx, 'review:report', null)
      : [];
    await ctx.db.transaction(async (tx) => {
      for (const reminder of reminders) {
        const org = orgs.get(reminder.organisationId);
        const params = {
          period: period.code,
          due: { date: reminder.reportDue },
          days: Math.abs(reminder.daysLeft),
          count: reminder.measures.length,
          measures: reminder.measures.join(', '),
          organisation: { kk: org?.nameKk ?? '', ru: org?.nameRu ?? '', en: org?.nameEn ?? '' },
        };
        const base = { kind: KINDS[reminder.kind], params };
        if (reminder.recipient === 'executor') {
          const notices: Notice[] = executors
            .filter((u) => u.organisationId === reminder.organisationId)
            .map((u) => ({
              ...base,
              userId: u.id,
              link: '/reporting/mine',
              dedupeKey: `${reminder.key}:${u.id}`,
            }));
          delivered += await notify(tx, ctx, notices, now);
        } else if (reminder.recipient === 'coordinator') {
          const notices: Notice[] = coordinators.map((u) => ({
            ...base,
            userId: u.id,
            link: `/reporting/periods/${period.id}`,
            dedupeKey: `${reminder.key}:${u.id}`,
          }));
          delivered += await notify(tx, ctx, notices, now);
        } else if (org?.email) {
          // The head of the organisation is reached at its official address, in both state and official languages.
          await queueEmail(tx, ctx, {
            to: org.email,
            locale: ['kk', 'ru'],
            notice: { ...base, dedupeKey: reminder.key },
            at: now,
          });
        }
      }
    });
  }
  return delivered;
}

/** The hourly reminder round as a job. */
export const remindersJob = defineJob({
  kind: 'reporting.reminders',
  payload: z.object({}),
  maxAttempts: 3,
  async run(ctx) {
    return { delivered: await sendReminders(ctx) };
  },
});

import { type Concern, concernGroup } from '@qorgau/domain/cases/index';
import {
  localDateOf,
  PREVENTION_ACTIVITIES,
  type PreventionParticipant,
  tertiaryPreventionPlan,
} from '@qorgau/domain/protocol/index';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.ts';
import { holds } from '../../platform/access/actor.ts';
import { type AuditContext, writeAudit } from '../../platform/audit/audit.ts';
import { users } from '../../platform/auth/tables.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/database.ts';
import { organisations } from '../../platform/directory/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { translateKey } from '../../platform/i18n/translate.ts';
import { caseAccessFilter, requireCaseRelations } from '../cases/access.ts';
import { TEAM } from '../cases/case-actions.ts';
import { caseParticipants, cases, persons } from '../cases/tables.ts';
import { childSchoolOf } from './actions.ts';
import { protocolActions, tertiaryActivities, tertiaryPlans } from './tables.ts';

function planRefused(code: string): AppError {
  return new AppError('CASE_ACTION_REFUSED', {
    details: { refusal: code },
    reason: (locale) => translateKey(locale, `tertiary.refusal.${code}`),
  });
}

/**
 * Who may write a case's school plan: a holder of manage:tertiary-plan who works the case, or who works in the
 * plan's school and takes part in the case (the protocol asked the school for the plan).
 */
async function requirePlanWriter(
  tx: Transaction,
  actor: Actor,
  caseId: string,
  schoolId: string | null,
  now: Date,
) {
  const relations = await requireCaseRelations(tx, actor, caseId, now);
  if (!holds(actor, 'manage:tertiary-plan')) throw planRefused('not_permitted');
  const team = relations.some((r) => TEAM.includes(r));
  if (!team && !(relations.includes('participant') && schoolId === actor.organisationId))
    throw planRefused('not_permitted');
}

/** The school of the plan: the one the child attends, or the case's own organisation when that is a school. */
async function schoolOfCase(
  tx: Transaction,
  c: typeof cases.$inferSelect,
  record: unknown,
): Promise<string | null> {
  for (const id of [childSchoolOf(record), c.ownerOrganisationId]) {
    if (!id) continue;
    const [school] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(eq(organisations.id, id), eq(organisations.type, 'school')));
    if (school) return school.id;
  }
  return null;
}

/**
 * Creates the school's tertiary-prevention plan from the templates of the case's concern groups (measure 28),
 * starting today in the school's time. The school takes part in the case; the protocol's "plan" action of the
 * school is done.
 */
export async function createTertiaryPlan(ctx: AppContext, actor: Actor, audit: AuditContext, caseId: string) {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const [row] = await tx
      .select({ c: cases, record: persons.record })
      .from(cases)
      .innerJoin(persons, eq(persons.id, cases.childId))
      .where(eq(cases.id, caseId))
      .for('update', { of: cases });
    if (!row) throw new AppError('CASE_NOT_FOUND');
    const { c } = row;
    const schoolId = await schoolOfCase(tx, c, row.record);
    await requirePlanWriter(tx, actor, caseId, schoolId, now);
    if (!schoolId) throw planRefused('no_school');
    if (c.status === 'closed') throw planRefused('case_closed');
    const [existing] = await tx
      .select({ id: tertiaryPlans.id })
      .from(tertiaryPlans)
      .where(eq(tertiaryPlans.caseId, caseId))
      .limit(1);
    if (existing) throw planRefused('plan_exists');
    const groups = [...new Set((c.concerns as Concern[]).map(concernGroup))];
    const startsOn = localDateOf(now.getTime(), c.regionCode);
    const activities = tertiaryPreventionPlan(groups, startsOn);
    const id = crypto.randomUUID();
    await tx.insert(tertiaryPlans).values({
      id,
      caseId,
      schoolOrganisationId: schoolId,
      startsOn,
      createdBy: actor.userId,
      createdAt: now,
    });
    if (activities.length > 0)
      await tx.insert(tertiaryActivities).values(
        activities.map((a) => ({
          id: crypto.randomUUID(),
          planId: id,
          participant: a.participant,
          activity: a.activity,
          byDate: a.byDate,
          everyDays: a.everyDays,
        })),
      );
    if (schoolId !== c.ownerOrganisationId)
      await tx
        .insert(caseParticipants)
        .values({ caseId, organisationId: schoolId, reason: 'tertiary_plan', sourceId: id, since: now })
        .onConflictDoNothing();
    await tx
      .update(protocolActions)
      .set({ doneAt: now, doneBy: actor.userId, doneNote: `tertiary_plan:${id}` })
      .where(
        and(
          eq(protocolActions.caseId, caseId),
          eq(protocolActions.organisationId, schoolId),
          eq(protocolActions.action, 'plan'),
          isNull(protocolActions.doneAt),
        ),
      );
    await writeAudit(
      tx,
      audit,
      {
        action: 'tertiary.plan_created',
        objectType: 'case',
        objectId: caseId,
        objectRegionCode: c.regionCode,
        details: { planId: id, groups, activities: activities.length },
      },
      now,
    );
    return { id };
  });
}

/** A case's school plan with its activities, for whoever may open the case; null when there is none. */
export async function readTertiaryPlan(ctx: AppContext, actor: Actor, caseId: string) {
  const now = ctx.clock.now();
  await requireCaseRelations(ctx.db, actor, caseId, now);
  const [plan] = await ctx.db
    .select({
      p: tertiaryPlans,
      school: sql<{
        kk: string;
        ru: string;
        en: string;
      }>`json_build_object('kk', ${organisations.nameKk}, 'ru', ${organisations.nameRu}, 'en', ${organisations.nameEn})`,
    })
    .from(tertiaryPlans)
    .innerJoin(organisations, eq(organisations.id, tertiaryPlans.schoolOrganisationId))
    .where(eq(tertiaryPlans.caseId, caseId))
    .limit(1);
  if (!plan) return null;
  const activities = await ctx.db
    .select({ a: tertiaryActivities, responsibleName: users.fullName })
    .from(tertiaryActivities)
    .leftJoin(users, eq(users.id, tertiaryActivities.responsibleUserId))
    .where(eq(tertiaryActivities.planId, plan.p.id))
    .orderBy(
      asc(tertiaryActivities.byDate),
      asc(tertiaryActivities.participant),
      asc(tertiaryActivities.activity),
    );
  const today = localDateOf(now.getTime(), null);
  return {
    id: plan.p.id,
    caseId,
    schoolOrganisationId: plan.p.schoolOrganisationId,
    school: plan.school,
    startsOn: plan.p.startsOn,
    createdAt: plan.p.createdAt.toISOString(),
    activities: activities.map(({ a, responsibleName }) => ({
      id: a.id,
      participant: a.participant as PreventionParticipant,
      activity: a.activity,
      description: a.description,
      responsible: a.responsible ?? responsibleName,
      responsibleUserId: a.responsibleUserId,
      byDate: a.byDate,
      everyDays: a.everyDays,
      doneAt: a.doneAt?.toISOString() ?? null,
      doneNote: a.doneNote,
      overdue: !a.doneAt && a.byDate < today,
    })),
  };
}

async function activityForUpdate(tx: Transaction, actor: Actor, activityId: string, now: Date) {
  const [row] = await tx
    .select({ a: tertiaryActivities, p: tertiaryPlans })
    .from(tertiaryActivities)
    .innerJoin(tertiaryPlans, eq(tertiaryPlans.id, tertiaryActivities.planId))
    .where(eq(tertiaryActivities.id, activityId))
    .for('update', { of: tertiaryActivities });
  if (!row) throw new AppError('NOT_FOUND');
  await requirePlanWriter(tx, actor, row.p.caseId, row.p.schoolOrganisationId, now);
  const [c] = await tx.select({ regionCode: cases.regionCode }).from(cases).where(eq(cases.id, row.p.caseId));
  return { ...row, regionCode: c?.regionCode ?? null };
}

/** The school adapts the plan: who is responsible, by when, what exactly. A staff member named must be the school's. */
export async function updateActivity(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  activityId: string,
  input: {
    responsible?: string | null | undefined;
    responsibleUserId?: string | null | undefined;
    byDate?: string | undefined;
    description?: string | null | undefined;
  },
) {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const { a, p, regionCode } = await activityForUpdate(tx, actor, activityId, now);
    if (a.doneAt) throw planRefused('already_done');
    if (input.responsibleUserId) {
      const [member] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.id, input.responsibleUserId), eq(users.organisationId, p.schoolOrganisationId)));
      if (!member) throw AppError.invalid([{ field: 'responsibleUserId', key: 'validation.invalid' }]);
    }
    if (input.byDate !== undefined && input.byDate < p.startsOn)
      throw AppError.invalid([{ field: 'byDate', key: 'validation.date_order' }]);
    const change = {
      ...(input.responsible !== undefined ? { responsible: input.responsible } : {}),
      ...(input.responsibleUserId !== undefined ? { responsibleUserId: input.responsibleUserId } : {}),
      ...(input.byDate !== undefined ? { byDate: input.byDate } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
    };
    await tx.update(tertiaryActivities).set(change).where(eq(tertiaryActivities.id, activityId));
    await writeAudit(
      tx,
      audit,
      {
        action: 'tertiary.activity_updated',
        objectType: 'case',
        objectId: p.caseId,
        objectRegionCode: regionCode,
        details: { activityId, ...change },
      },
      now,
    );
    return null;
  });
}

/** Adds an activity the template lacks (a code from the catalogue, or 'other' with a description). */
export async function addActivity(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  planId: string,
  input: {
    participant: PreventionParticipant;
    activity: string;
    description?: string | null | undefined;
    responsible?: string | null | undefined;
    byDate: string;
  },
) {
  if (input.activity !== 'other' && !PREVENTION_ACTIVITIES.includes(input.activity))
    throw AppError.invalid([{ field: 'activity', key: 'validation.invalid' }]);
  if (input.activity === 'other' && !input.description?.trim())
    throw AppError.invalid([{ field: 'description', key: 'validation.required' }]);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const [p] = await tx.select().from(tertiaryPlans).where(eq(tertiaryPlans.id, planId)).for('update');
    if (!p) throw new AppError('NOT_FOUND');
    await requirePlanWriter(tx, actor, p.caseId, p.schoolOrganisationId, now);
    if (input.byDate < p.startsOn)
      throw AppError.invalid([{ field: 'byDate', key: 'validation.date_order' }]);
    const id = crypto.randomUUID();
    await tx.insert(tertiaryActivities).values({
      id,
      planId,
      participant: input.participant,
      activity: input.activity,
      description: input.description ?? null,
      responsible: input.responsible ?? null,
      byDate: input.byDate,
    });
    const [c] = await tx.select({ regionCode: cases.regionCode }).from(cases).where(eq(cases.id, p.caseId));
    await writeAudit(
      tx,
      audit,
      {
        action: 'tertiary.activity_updated',
        objectType: 'case',
        objectId: p.caseId,
        objectRegionCode: c?.regionCode ?? null,
        details: { activityId: id, added: input.activity },
      },
      now,
    );
    return { id };
  });
}

/** Records that an activity was carried out, with what came of it. */
export async function completeActivity(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  activityId: string,
  note: string,
) {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const { a, p, regionCode } = await activityForUpdate(tx, actor, activityId, now);
    if (a.doneAt) throw planRefused('already_done');
    await tx
      .update(tertiaryActivities)
      .set({ doneAt: now, doneBy: actor.userId, doneNote: note })
      .where(eq(tertiaryActivities.id, activityId));
    await writeAudit(
      tx,
      audit,
      {
        action: 'tertiary.activity_done',
        objectType: 'case',
        objectId: p.caseId,
        objectRegionCode: regionCode,
        details: { activityId, activity: a.activity, note },
      },
      now,
    );
    return null;
  });
}

/**
 * The plans of the cases the actor may open — the school's own, those the education department oversees — with
 * progress: the school psychologist's and the education department's list.
 */
export async function listTertiaryPlans(ctx: AppContext, actor: Actor) {
  const rows = await ctx.db
    .select({
      id: tertiaryPlans.id,
      caseId: tertiaryPlans.caseId,
      caseNumber: cases.number,
      startsOn: tertiaryPlans.startsOn,
      school: sql<{
        kk: string;
        ru: string;
        en: string;
      }>`json_build_object('kk', ${organisations.nameKk}, 'ru', ${organisations.nameRu}, 'en', ${organisations.nameEn})`,
      activities: sql<number>`(select count(*)::int from ${tertiaryActivities} where ${tertiaryActivities.planId} = ${tertiaryPlans.id})`,
      done: sql<number>`(select count(${tertiaryActivities.doneAt})::int from ${tertiaryActivities} where ${tertiaryActivities.planId} = ${tertiaryPlans.id})`,
    })
    .from(tertiaryPlans)
    .innerJoin(cases, eq(cases.id, tertiaryPlans.caseId))
    .innerJoin(organisations, eq(organisations.id, tertiaryPlans.schoolOrganisationId))
    .where(caseAccessFilter(actor, ctx.clock.now()))
    .orderBy(sql`${tertiaryPlans.createdAt} desc`)
    .limit(200);
  return rows;
}

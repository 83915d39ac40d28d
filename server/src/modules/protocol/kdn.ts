import { type KdnDecisionType, kdnDecisionTasks, resolutionSteps } from '@qorgau/domain/protocol/index';
import { and, asc, eq, gte, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.ts';
import { conditionFor, mayAccess } from '../../platform/access/actor.ts';
import { scopeFilter } from '../../platform/access/scope-filter.ts';
import { type AuditContext, writeAudit } from '../../platform/audit/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import { queryRows, type Transaction } from '../../platform/db/database.ts';
import { organisations } from '../../platform/directory/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { translateKey } from '../../platform/i18n/translate.ts';
import { requireCaseRelations } from '../cases/access.ts';
import { TEAM } from '../cases/case-actions.ts';
import { caseParticipants, cases, caseTasks, persons } from '../cases/tables.ts';
import { childSchoolOf, resolveOrganisation } from './actions.ts';
import { kdnAgendaItems, kdnHearings, protocolActions } from './tables.ts';

export interface Attendee {
  name: string;
  position?: string | null | undefined;
  organisation?: string | null | undefined;
  present: boolean;
}

function kdnRefused(code: string): AppError {
  return new AppError('CASE_ACTION_REFUSED', {
    details: { refusal: code },
    reason: (locale) => translateKey(locale, `kdn.refusal.${code}`),
  });
}

/** The commission the actor serves as secretary: the actor's own organisation. */
function requireCommission(actor: Actor): string {
  // The role is given only in a KDN or in the akimat whose commission it is (see roles.ts).
  if (!mayAccess(actor, 'manage:kdn', actor)) throw new AppError('FORBIDDEN');
  return actor.organisationId;
}

async function hearingForUpdate(tx: Transaction, actor: Actor, hearingId: string) {
  const [hearing] = await tx.select().from(kdnHearings).where(eq(kdnHearings.id, hearingId)).for('update');
  if (!hearing || hearing.kdnOrganisationId !== requireCommission(actor)) throw new AppError('NOT_FOUND');
  return hearing;
}

/** The secretary schedules a sitting of the commission. */
export async function scheduleHearing(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  input: { scheduledAt: string; place?: string | null | undefined },
) {
  const kdnOrganisationId = requireCommission(actor);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const id = crypto.randomUUID();
    await tx.insert(kdnHearings).values({
      id,
      kdnOrganisationId,
      scheduledAt: new Date(input.scheduledAt),
      place: input.place ?? null,
      status: 'scheduled',
      attendees: [],
      regionCode: actor.regionCode,
      createdBy: actor.userId,
      createdAt: now,
    });
    await writeAudit(
      tx,
      audit,
      {
        action: 'kdn.hearing_scheduled',
        objectType: 'kdn_hearing',
        objectId: id,
        objectRegionCode: actor.regionCode,
        details: { scheduledAt: input.scheduledAt },
      },
      now,
    );
    return { id };
  });
}

/** The commission's hearings, newest first, with how many cases each lists and decided. */
export async function listHearings(ctx: AppContext, actor: Actor) {
  const kdnOrganisationId = requireCommission(actor);
  const rows = await ctx.db
    .select({
      h: kdnHearings,
      cases: sql<number>`(select count(*)::int from ${kdnAgendaItems} where ${kdnAgendaItems.hearingId} = ${kdnHearings.id})`,
      decided: sql<number>`(select count(${kdnAgendaItems.decidedAt})::int from ${kdnAgendaItems} where ${kdnAgendaItems.hearingId} = ${kdnHearings.id})`,
    })
    .from(kdnHearings)
    .where(eq(kdnHearings.kdnOrganisationId, kdnOrganisationId))
    .orderBy(sql`${kdnHearings.scheduledAt} desc`)
    .limit(200);
  return rows.map((r) => ({ ...presentHearing(r.h), cases: r.cases, decided: r.decided }));
}

function presentHearing(h: typeof kdnHearings.$inferSelect) {
  return {
    id: h.id,
    kdnOrganisationId: h.kdnOrganisationId,
    scheduledAt: h.scheduledAt.toISOString(),
    place: h.place,
    status: h.status as 'scheduled' | 'held' | 'cancelled',
    attendees: h.attendees as Attendee[],
  };
}

/** One hearing with its agenda: the cases, their children and the decisions taken. */
export async function readHearing(ctx: AppContext, actor: Actor, audit: AuditContext, hearingId: string) {
  const kdnOrganisationId = requireCommission(actor);
  const [hearing] = await ctx.db.select().from(kdnHearings).where(eq(kdnHearings.id, hearingId)).limit(1);
  if (!hearing || hearing.kdnOrganisationId !== kdnOrganisationId) throw new AppError('NOT_FOUND');
  const items = await ctx.db
    .select({
      item: kdnAgendaItems,
      number: cases.number,
      concerns: cases.concerns,
      riskLevel: cases.riskLevel,
      child: sql<string>`concat_ws(' ', ${persons.surname}, ${persons.givenName})`,
    })
    .from(kdnAgendaItems)
    .innerJoin(cases, eq(cases.id, kdnAgendaItems.caseId))
    .innerJoin(persons, eq(persons.id, cases.childId))
    .where(eq(kdnAgendaItems.hearingId, hearingId))
    .orderBy(asc(cases.number));
  const tasks =
    items.length === 0
      ? []
      : await ctx.db
          .select({
            t: caseTasks,
            organisation: sql<{
              kk: string;
              ru: string;
              en: string;
            } | null>`json_build_object('kk', ${organisations.nameKk}, 'ru', ${organisations.nameRu}, 'en', ${organisations.nameEn})`,
          })
          .from(caseTasks)
          .leftJoin(organisations, eq(organisations.id, caseTasks.assigneeOrganisationId))
          .where(
            inArray(
              caseTasks.sourceId,
              items.map((i) => i.item.id),
            ),
          )
          .orderBy(asc(caseTasks.dueAt));
  // The secretary sees the children on the agenda: a look at them is a look at their cases.
  await ctx.db.transaction((tx) =>
    writeAudit(
      tx,
      audit,
      {
        action: 'kdn.hearing_read',
        objectType: 'kdn_hearing',
        objectId: hearingId,
        objectRegionCode: hearing.regionCode,
        details: { cases: items.map((i) => i.item.caseId) },
      },
      ctx.clock.now(),
    ),
  );
  return {
    ...presentHearing(hearing),
    agenda: items.map((i) => ({
      id: i.item.id,
      caseId: i.item.caseId,
      caseNumber: i.number,
      child: i.child,
      concerns: i.concerns as string[],
      riskLevel: i.riskLevel,
      decisionType: i.item.decisionType as KdnDecisionType | null,
      decisionText: i.item.decisionText,
      decidedAt: i.item.decidedAt?.toISOString() ?? null,
      tasks: tasks
        .filter((t) => t.t.sourceId === i.item.id)
        .map((t) => ({
          id: t.t.id,
          kind: t.t.kind,
          organisationId: t.t.assigneeOrganisationId,
          organisation: t.organisation,
          dueAt: t.t.dueAt.toISOString(),
          doneAt: t.t.doneAt?.toISOString() ?? null,
        })),
    })),
  };
}

/** The KDN serving a case's territory: its district's, else its region's. */
async function commissionOfCase(
  tx: Transaction,
  territory: { districtCode: string | null; regionCode: string | null },
) {
  return resolveOrganisation(
    tx,
    { organisationType: 'kdn', resolveIn: resolutionSteps('kdn', territory) },
    null,
  );
}

/** The coming hearings of the commission serving a case: where its team can put it on the agenda. */
export async function hearingsForCase(ctx: AppContext, actor: Actor, caseId: string) {
  const now = ctx.clock.now();
  await requireCaseRelations(ctx.db, actor, caseId, now);
  const [c] = await ctx.db
    .select({ districtCode: cases.districtCode, regionCode: cases.regionCode })
    .from(cases)
    .where(eq(cases.id, caseId));
  if (!c) throw new AppError('CASE_NOT_FOUND');
  const commission = await commissionOfCase(ctx.db as Transaction, c);
  const [hearings, listed] = await Promise.all([
    commission
      ? ctx.db
          .select()
          .from(kdnHearings)
          .where(
            and(
              eq(kdnHearings.kdnOrganisationId, commission),
              eq(kdnHearings.status, 'scheduled'),
              gte(kdnHearings.scheduledAt, now),
            ),
          )
          .orderBy(asc(kdnHearings.scheduledAt))
          .limit(20)
      : Promise.resolve([]),
    ctx.db
      .select({ item: kdnAgendaItems, h: kdnHearings })
      .from(kdnAgendaItems)
      .innerJoin(kdnHearings, eq(kdnHearings.id, kdnAgendaItems.hearingId))
      .where(eq(kdnAgendaItems.caseId, caseId))
      .orderBy(asc(kdnHearings.scheduledAt)),
  ]);
  return {
    commissionId: commission,
    upcoming: hearings.map(presentHearing),
    listed: listed.map((l) => ({
      agendaItemId: l.item.id,
      hearing: presentHearing(l.h),
      decisionType: l.item.decisionType as KdnDecisionType | null,
      decisionText: l.item.decisionText,
      decidedAt: l.item.decidedAt?.toISOString() ?? null,
    })),
  };
}

/**
 * Puts a case on a hearing's agenda: the case's team submits it to the commission serving its territory, or the
 * commission's secretary lists a case the commission already takes part in. The commission then sees the case.
 */
export async function listCase(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  hearingId: string,
  caseId: string,
) {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const relations = await requireCaseRelations(tx, actor, caseId, now);
    const [hearing] = await tx.select().from(kdnHearings).where(eq(kdnHearings.id, hearingId)).for('update');
    if (!hearing) throw new AppError('NOT_FOUND');
    const [c] = await tx.select().from(cases).where(eq(cases.id, caseId));
    if (!c) throw new AppError('CASE_NOT_FOUND');
    const secretary =
      actor.organisationId === hearing.kdnOrganisationId && mayAccess(actor, 'manage:kdn', actor);
    const team = relations.some((r) => TEAM.includes(r));
    if (!secretary && !team) throw kdnRefused('not_permitted');
    if (!secretary && hearing.kdnOrganisationId !== (await commissionOfCase(tx, c)))
      throw kdnRefused('other_commission');
    if (hearing.status !== 'scheduled') throw kdnRefused('hearing_not_scheduled');
    if (c.status === 'closed') throw kdnRefused('case_closed');
    const id = crypto.randomUUID();
    const inserted = await tx
      .insert(kdnAgendaItems)
      .values({ id, hearingId, caseId })
      .onConflictDoNothing()
      .returning({ id: kdnAgendaItems.id });
    if (inserted.length === 0) throw kdnRefused('already_listed');
    await tx
      .insert(caseParticipants)
      .values({
        caseId,
        organisationId: hearing.kdnOrganisationId,
        reason: 'kdn_hearing',
        sourceId: id,
        since: now,
      })
      .onConflictDoNothing();
    await writeAudit(
      tx,
      audit,
      {
        action: 'kdn.case_listed',
        objectType: 'case',
        objectId: caseId,
        objectRegionCode: c.regionCode,
        details: { hearingId, agendaItemId: id },
      },
      now,
    );
    return { id };
  });
}

/** Records who attended and that the hearing was held (or cancelled). */
export async function recordHearing(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  hearingId: string,
  input: { status: 'held' | 'cancelled'; attendees: Attendee[] },
) {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const hearing = await hearingForUpdate(tx, actor, hearingId);
    if (hearing.status === 'cancelled') throw kdnRefused('hearing_not_scheduled');
    if (input.status === 'cancelled') {
      const [decided] = await tx
        .select({ id: kdnAgendaItems.id })
        .from(kdnAgendaItems)
        .where(and(eq(kdnAgendaItems.hearingId, hearingId), sql`${kdnAgendaItems.decidedAt} is not null`))
        .limit(1);
      if (decided) throw kdnRefused('decisions_taken');
    }
    await tx
      .update(kdnHearings)
      .set({ status: input.status, attendees: input.attendees })
      .where(eq(kdnHearings.id, hearingId));
    await writeAudit(
      tx,
      audit,
      {
        action: 'kdn.hearing_recorded',
        objectType: 'kdn_hearing',
        objectId: hearingId,
        objectRegionCode: hearing.regionCode,
        details: { status: input.status, attendees: input.attendees.length },
      },
      now,
    );
    return presentHearing({ ...hearing, status: input.status, attendees: input.attendees });
  });
}

/**
 * The commission's decision on a listed case. Its execution becomes tasks, due by the decision's periods, for the
 * organisations serving the case (the KDN's own tasks stay with it); those organisations join the case. An
 * organisation of a kind the territory lacks leaves the task with the commission, which must route it.
 */
export async function decide(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  hearingId: string,
  agendaItemId: string,
  input: { decisionType: KdnDecisionType; text: string },
) {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const hearing = await hearingForUpdate(tx, actor, hearingId);
    if (hearing.status === 'cancelled') throw kdnRefused('hearing_not_scheduled');
    if (hearing.scheduledAt > now) throw kdnRefused('hearing_in_future');
    const [item] = await tx
      .select()
      .from(kdnAgendaItems)
      .where(and(eq(kdnAgendaItems.id, agendaItemId), eq(kdnAgendaItems.hearingId, hearingId)))
      .for('update');
    if (!item) throw new AppError('NOT_FOUND');
    if (item.decidedAt) throw kdnRefused('already_decided');
    const [row] = await tx
      .select({ c: cases, child: persons })
      .from(cases)
      .innerJoin(persons, eq(persons.id, cases.childId))
      .where(eq(cases.id, item.caseId));
    if (!row) throw new AppError('CASE_NOT_FOUND');
    const { c, child } = row;
    const tasks = kdnDecisionTasks({
      id: item.id,
      caseId: c.id,
      type: input.decisionType,
      decidedAt: now.toISOString(),
      regionCode: hearing.regionCode,
    });
    const created: { kind: string; organisationId: string; dueAt: string; resolved: boolean }[] = [];
    for (const task of tasks) {
      const type = task.assignee.kind === 'organisation_type' ? task.assignee.organisationType : 'kdn';
      const found =
        type === 'kdn'
          ? hearing.kdnOrganisationId
          : await resolveOrganisation(
              tx,
              { organisationType: type, resolveIn: resolutionSteps(type, c) },
              childSchoolOf(child.record),
            );
      const organisationId = found ?? hearing.kdnOrganisationId;
      const id = crypto.randomUUID();
      await tx.insert(caseTasks).values({
        id,
        caseId: c.id,
        title: task.kind,
        kind: task.kind,
        sourceId: item.id,
        dueAt: new Date(task.dueAt),
        assigneeOrganisationId: organisationId,
        createdBy: actor.userId,
        createdAt: now,
      });
      if (organisationId !== c.ownerOrganisationId)
        await tx
          .insert(caseParticipants)
          .values({ caseId: c.id, organisationId, reason: 'kdn_decision', sourceId: item.id, since: now })
          .onConflictDoNothing();
      created.push({ kind: task.kind, organisationId, dueAt: task.dueAt, resolved: found !== null });
    }
    await tx
      .update(kdnAgendaItems)
      .set({ decisionType: input.decisionType, decisionText: input.text, decidedAt: now })
      .where(eq(kdnAgendaItems.id, item.id));
    if (hearing.status === 'scheduled')
      await tx.update(kdnHearings).set({ status: 'held' }).where(eq(kdnHearings.id, hearingId));
    // The hearing is the "convene" the protocol asked of this commission.
    await tx
      .update(protocolActions)
      .set({ doneAt: now, doneBy: actor.userId, doneNote: `kdn:${item.id}` })
      .where(
        and(
          eq(protocolActions.caseId, c.id),
          eq(protocolActions.organisationId, hearing.kdnOrganisationId),
          eq(protocolActions.action, 'convene'),
          isNull(protocolActions.doneAt),
        ),
      );
    await writeAudit(
      tx,
      audit,
      {
        action: 'kdn.decided',
        objectType: 'case',
        objectId: c.id,
        objectRegionCode: c.regionCode,
        details: { hearingId, agendaItemId, decisionType: input.decisionType, tasks: created },
      },
      now,
    );
    return { tasks: created };
  });
}

/**
 * KDN activity per region over a window (the analysis of measure 32): hearings held, cases heard, decisions by
 * type, and decisions whose every task was done by its due time — out of those whose tasks are all due.
 */
export async function kdnStatistics(ctx: AppContext, actor: Actor, window: { from: Date; to: Date }) {
  const filter: SQL = scopeFilter(conditionFor(actor, 'read:kdn-statistics'), {
    regionCode: kdnHearings.regionCode,
  });
  const asOf = ctx.clock.now();
  const rows = await queryRows<{
    region_code: string | null;
    hearings: number;
    cases_heard: number;
    by_type: Record<string, number> | null;
    due: number;
    on_time: number;
  }>(
    ctx.db,
    sql`with h as (
          select ${kdnHearings.id} as id, ${kdnHearings.regionCode} as region_code
          from ${kdnHearings}
          where ${kdnHearings.status} = 'held' and ${kdnHearings.scheduledAt} >= ${window.from} and ${kdnHearings.scheduledAt} < ${window.to} and ${filter}
        ), d as (
          select h.region_code, a.id, a.case_id, a.decision_type, x.on_time, x.last_due
          from ${kdnAgendaItems} a join h on h.id = a.hearing_id
          cross join lateral (
            select bool_and(t.done_at is not null and t.done_at <= t.due_at) as on_time, max(t.due_at) as last_due
            from ${caseTasks} t where t.source_id = a.id
          ) x
          where a.decided_at is not null
        ), t as (
          select region_code, jsonb_object_agg(decision_type, n) as by_type
          from (select region_code, decision_type, count(*)::int as n from d group by 1, 2) x group by 1
        ), hs as (
          select region_code, count(*)::int as hearings from h group by region_code
        ), ds as (
          select region_code, count(distinct case_id)::int as cases_heard,
            count(*) filter (where last_due < ${asOf})::int as due,
            count(*) filter (where last_due < ${asOf} and on_time)::int as on_time
          from d group by region_code
        )
        -- Each region's figures from one pass over its decisions (not one pass per figure and region).
        select hs.region_code, hs.hearings, coalesce(ds.cases_heard, 0) as cases_heard, t.by_type,
          coalesce(ds.due, 0) as due, coalesce(ds.on_time, 0) as on_time
        from hs
        left join ds on ds.region_code is not distinct from hs.region_code
        left join t on t.region_code is not distinct from hs.region_code
        order by hs.region_code`,
  );
  return rows.map((r) => ({
    regionCode: r.region_code,
    hearings: r.hearings,
    casesHeard: r.cases_heard,
    decisionsByType: r.by_type ?? {},
    decisionsDue: r.due,
    executedOnTime: r.on_time,
    executedOnTimeShare: r.due === 0 ? null : Math.round((r.on_time / r.due) * 1000) / 1000,
  }));
}

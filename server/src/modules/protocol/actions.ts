import type { CaseSource, RiskLevel } from '@qorgau/domain/cases/index';
import type { OrganisationType } from '@qorgau/domain/identity/organisation';
import {
  type DueAction,
  newDueActions,
  type ProtocolAction,
  type ProtocolCaseFacts,
} from '@qorgau/domain/protocol/index';
import { and, asc, eq, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.ts';
import { conditionFor } from '../../platform/access/actor.ts';
import { scopeFilter } from '../../platform/access/scope-filter.ts';
import { type AuditContext, writeAudit } from '../../platform/audit/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Database, Transaction } from '../../platform/db/database.ts';
import { queryRows } from '../../platform/db/database.ts';
import { organisations } from '../../platform/directory/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { enqueue } from '../../platform/jobs/queue.ts';
import { requireCaseRelations } from '../cases/access.ts';
import { refused } from '../cases/case-actions.ts';
import { caseConcerns, caseParticipants, cases, persons } from '../cases/tables.ts';
import { protocolNoticeJob } from './notices.ts';
import { loadProtocols } from './protocols.ts';
import { protocolActions } from './tables.ts';

/** Whole years between a birth date (or an estimate) and an instant; null when unknown. */
function ageYears(
  child: { birthDate: string | null; estimatedAgeYears: number | null; estimatedAgeAsOf: string | null },
  at: Date,
): number | null {
  const years = (from: string) => {
    const born = new Date(`${from}T00:00:00Z`);
    let age = at.getUTCFullYear() - born.getUTCFullYear();
    const before =
      at.getUTCMonth() < born.getUTCMonth() ||
      (at.getUTCMonth() === born.getUTCMonth() && at.getUTCDate() < born.getUTCDate());
    if (before) age--;
    return age;
  };
  if (child.birthDate) return years(child.birthDate);
  if (child.estimatedAgeYears !== null && child.estimatedAgeAsOf)
    return child.estimatedAgeYears + years(child.estimatedAgeAsOf);
  return null;
}

/**
 * The organisation that must act, found where resolution.ts says to look: the child's school, then the
 * organisation of the type serving the case's district, then its region, then a national one.
 */
export async function resolveOrganisation(
  tx: Database,
  action: Pick<DueAction, 'organisationType' | 'resolveIn'>,
  childSchoolId: string | null,
): Promise<string | null> {
  for (const step of action.resolveIn) {
    if (step.level === 'child_school') {
      if (!childSchoolId) continue;
      const [school] = await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(and(eq(organisations.id, childSchoolId), eq(organisations.type, 'school')))
        .limit(1);
      if (school) return school.id;
      continue;
    }
    const where: SQL[] = [eq(organisations.type, action.organisationType), isNull(organisations.validTo)];
    if (step.level === 'district' && step.katoCode) where.push(eq(organisations.districtCode, step.katoCode));
    if (step.level === 'region' && step.katoCode) where.push(eq(organisations.regionCode, step.katoCode));
    if (step.level === 'national') where.push(eq(organisations.level, 'national'));
    const [found] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(...where))
      // A body of the step's own level first (the district police rather than a regional unit), then by code.
      .orderBy(
        sql`case when ${organisations.level} = ${step.level} then 0 else 1 end`,
        asc(organisations.code),
      )
      .limit(1);
    if (found) return found.id;
  }
  return null;
}

/** The school the child's record names, if any. */
export function childSchoolOf(record: unknown): string | null {
  const id = (record as { school?: { organisationId?: string | null } | null }).school?.organisationId;
  return id && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? id : null;
}

/**
 * Schedules what the protocol makes due after concerns were recorded on a case: only actions not scheduled
 * before (the engine's keys), each for the organisation resolved from the case's territory, which joins the
 * case as a participant. Runs in the caller's transaction, so a case never exists without its actions.
 */
export async function scheduleProtocolActions(
  tx: Transaction,
  caseId: string,
  audit: AuditContext,
  now: Date,
): Promise<number> {
  const [row] = await tx
    .select({ c: cases, child: persons })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.childId))
    .where(eq(cases.id, caseId))
    .limit(1);
  if (!row) throw new AppError('CASE_NOT_FOUND');
  const { c, child } = row;
  const concerns = await tx.select().from(caseConcerns).where(eq(caseConcerns.caseId, caseId));
  const facts: ProtocolCaseFacts = {
    caseId,
    concerns: concerns.map((k) => ({
      concern: k.concern as ProtocolCaseFacts['concerns'][number]['concern'],
      recordedAt: k.recordedAt.toISOString(),
    })),
    riskLevel: c.riskLevel as RiskLevel,
    ageYears: ageYears(child, now),
    source: c.source as CaseSource,
    territory: { districtCode: c.districtCode, regionCode: c.regionCode },
  };
  const scheduled = await tx
    .select({ key: protocolActions.key })
    .from(protocolActions)
    .where(eq(protocolActions.caseId, caseId));
  const due = newDueActions(
    facts,
    await loadProtocols(tx),
    scheduled.map((s) => s.key),
  );
  // The child's school as the record names it; else the school that registered the case, where the child is.
  const [owner] = await tx
    .select({ type: organisations.type })
    .from(organisations)
    .where(eq(organisations.id, c.ownerOrganisationId));
  const schoolId = childSchoolOf(child.record) ?? (owner?.type === 'school' ? c.ownerOrganisationId : null);
  const scheduledIds: string[] = [];
  for (const action of due) {
    const organisationId = await resolveOrganisation(tx, action, schoolId);
    const id = crypto.randomUUID();
    scheduledIds.push(id);
    await tx.insert(protocolActions).values({
      id,
      caseId,
      key: action.key,
      protocolId: action.protocolId,
      protocolVersion: action.protocolVersion,
      ruleId: action.ruleId,
      concern: action.concern,
      organisationType: action.organisationType,
      organisationId,
      action: action.action,
      within: action.within,
      recordedAt: new Date(action.recordedAt),
      dueAt: new Date(action.dueAt),
      escalateAt: action.escalateAt ? new Date(action.escalateAt) : null,
      regionCode: c.regionCode,
      createdAt: now,
    });
    if (organisationId && organisationId !== c.ownerOrganisationId) {
      await tx
        .insert(caseParticipants)
        .values({ caseId, organisationId, reason: 'protocol_action', sourceId: id, since: now })
        .onConflictDoNothing();
    }
  }
  if (due.length > 0) {
    await enqueue(
      tx,
      protocolNoticeJob,
      { event: 'actions_scheduled', actionIds: scheduledIds },
      { at: now, dedupeKey: `protocol.notice:${scheduledIds[0]}` },
    );
    await writeAudit(
      tx,
      audit,
      {
        action: 'protocol.scheduled',
        objectType: 'case',
        objectId: caseId,
        objectRegionCode: c.regionCode,
        details: {
          actions: due.map((a) => ({ rule: a.ruleId, organisationType: a.organisationType, dueAt: a.dueAt })),
        },
      },
      now,
    );
  }
  return due.length;
}

export type ActionStatus = 'open' | 'overdue' | 'done' | 'done_late';

function statusOf(row: { dueAt: Date; doneAt: Date | null }, asOf: Date): ActionStatus {
  if (row.doneAt) return row.doneAt <= row.dueAt ? 'done' : 'done_late';
  return row.dueAt <= asOf ? 'overdue' : 'open';
}

function present(
  row: typeof protocolActions.$inferSelect & { organisation?: { kk: string; ru: string; en: string } | null },
  asOf: Date,
) {
  return {
    id: row.id,
    rule: row.ruleId,
    protocolVersion: row.protocolVersion,
    concern: row.concern,
    organisationType: row.organisationType as OrganisationType,
    organisationId: row.organisationId,
    organisation: row.organisation ?? null,
    action: row.action as ProtocolAction,
    dueAt: row.dueAt.toISOString(),
    doneAt: row.doneAt?.toISOString() ?? null,
    doneNote: row.doneNote,
    escalatedAt: row.escalatedAt?.toISOString() ?? null,
    status: statusOf(row, asOf),
    caseId: row.caseId,
  };
}

const withOrganisation = {
  organisation: sql<{
    kk: string;
    ru: string;
    en: string;
  } | null>`case when ${organisations.id} is null then null else json_build_object('kk', ${organisations.nameKk}, 'ru', ${organisations.nameRu}, 'en', ${organisations.nameEn}) end`,
};

/** A case's protocol actions, for whoever may open the case (a mere participant: its own). */
export async function caseActions(ctx: AppContext, actor: Actor, caseId: string) {
  const asOf = ctx.clock.now();
  const relations = await requireCaseRelations(ctx.db, actor, caseId, asOf);
  // An organisation only involved by the response sees what is addressed to it.
  const full = relations.some((r) => r !== 'participant');
  const rows = await ctx.db
    .select({ a: protocolActions, ...withOrganisation })
    .from(protocolActions)
    .leftJoin(organisations, eq(organisations.id, protocolActions.organisationId))
    .where(
      and(
        eq(protocolActions.caseId, caseId),
        full ? undefined : eq(protocolActions.organisationId, actor.organisationId),
      ),
    )
    .orderBy(asc(protocolActions.dueAt));
  return rows.map((r) => present({ ...r.a, organisation: r.organisation }, asOf));
}

/** The open actions addressed to the actor's organisation: its protocol inbox. */
export async function organisationActions(ctx: AppContext, actor: Actor, open: boolean) {
  const asOf = ctx.clock.now();
  const rows = await ctx.db
    .select({ a: protocolActions, number: cases.number })
    .from(protocolActions)
    .innerJoin(cases, eq(cases.id, protocolActions.caseId))
    .where(
      and(
        eq(protocolActions.organisationId, actor.organisationId),
        open ? isNull(protocolActions.doneAt) : sql`true`,
      ),
    )
    .orderBy(asc(protocolActions.dueAt))
    .limit(500);
  return rows.map((r) => ({ ...present(r.a, asOf), caseNumber: r.number }));
}

/** The organisation that had to act records what it did; who and when are kept. */
export async function completeAction(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  actionId: string,
  note: string,
) {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const [row] = await tx
      .select()
      .from(protocolActions)
      .where(eq(protocolActions.id, actionId))
      .for('update');
    if (!row || row.organisationId !== actor.organisationId) throw new AppError('NOT_FOUND');
    await requireCaseRelations(tx, actor, row.caseId, now);
    if (row.doneAt) throw refused('already_recorded');
    await tx
      .update(protocolActions)
      .set({ doneAt: now, doneBy: actor.userId, doneNote: note })
      .where(eq(protocolActions.id, actionId));
    await writeAudit(
      tx,
      audit,
      {
        action: 'protocol.action_done',
        objectType: 'case',
        objectId: row.caseId,
        objectRegionCode: row.regionCode,
        details: { actionId, rule: row.ruleId, note, late: now > row.dueAt },
      },
      now,
    );
    return present({ ...row, doneAt: now, doneBy: actor.userId, doneNote: note }, now);
  });
}

/**
 * The actions past their escalation time (or, without one, their due time) that nobody has done: marked as
 * escalated once, and returned so the notifier can tell the organisation's head and the case's supervisor.
 */
export async function escalateOverdueActions(
  ctx: AppContext,
  now: Date,
  tell?: (tx: Transaction, escalated: readonly { id: string; caseId: string }[]) => Promise<unknown>,
) {
  return ctx.db.transaction(async (tx) => {
    const overdue = await tx
      .select()
      .from(protocolActions)
      .where(
        and(
          isNull(protocolActions.doneAt),
          isNull(protocolActions.escalatedAt),
          lte(sql`coalesce(${protocolActions.escalateAt}, ${protocolActions.dueAt})`, now),
          // A closed case's unfinished actions are the closure's business, not an alarm.
          sql`exists (select 1 from ${cases} where ${cases.id} = ${protocolActions.caseId} and ${cases.status} <> 'closed')`,
        ),
      )
      .for('update');
    if (overdue.length === 0) return [];
    await tx
      .update(protocolActions)
      .set({ escalatedAt: now })
      .where(
        inArray(
          protocolActions.id,
          overdue.map((a) => a.id),
        ),
      );
    for (const a of overdue) {
      await writeAudit(
        tx,
        { userAgent: 'qorgau escalation' },
        {
          action: 'protocol.escalated',
          objectType: 'case',
          objectId: a.caseId,
          objectRegionCode: a.regionCode,
          details: { actionId: a.id, rule: a.ruleId, dueAt: a.dueAt.toISOString() },
        },
        now,
      );
    }
    await tell?.(tx, overdue);
    return overdue.map((a) => present(a, now));
  });
}

/** Deactivates the participation that the protocol, dispatches and hearings gave, once a case is closed. */
export async function endParticipation(tx: Transaction, caseId: string, now: Date): Promise<void> {
  await tx
    .update(caseParticipants)
    .set({ active: false, until: now })
    .where(and(eq(caseParticipants.caseId, caseId), eq(caseParticipants.active, true)));
}

/**
 * Protocol compliance per region and organisation type: the share of actions done on time and the median
 * time from the concern to the action (the time to first contact), over actions due in the window.
 */
export async function compliance(ctx: AppContext, actor: Actor, window: { from: Date; to: Date }) {
  const regionFilter = scopeFilter(conditionFor(actor, 'read:compliance'), {
    regionCode: protocolActions.regionCode,
  });
  const rows = await queryRows<{
    region_code: string | null;
    organisation_type: string;
    due: number;
    done: number;
    on_time: number;
    overdue: number;
    median_hours: number | null;
  }>(
    ctx.db,
    sql`select ${protocolActions.regionCode} as region_code, ${protocolActions.organisationType} as organisation_type,
          count(*)::int as due,
          count(${protocolActions.doneAt})::int as done,
          count(*) filter (where ${protocolActions.doneAt} <= ${protocolActions.dueAt})::int as on_time,
          count(*) filter (where ${protocolActions.doneAt} is null and ${protocolActions.dueAt} < ${ctx.clock.now()})::int as overdue,
          percentile_cont(0.5) within group (order by extract(epoch from (${protocolActions.doneAt} - ${protocolActions.recordedAt})) / 3600)
            filter (where ${protocolActions.doneAt} is not null) as median_hours
        from ${protocolActions}
        where ${protocolActions.dueAt} >= ${window.from} and ${protocolActions.dueAt} < ${window.to} and ${regionFilter}
        group by 1, 2
        order by 1, 2`,
  );
  return rows.map((r) => ({
    regionCode: r.region_code,
    organisationType: r.organisation_type,
    due: r.due,
    done: r.done,
    onTime: r.on_time,
    overdue: r.overdue,
    onTimeShare: r.due === 0 ? null : Math.round((r.on_time / r.due) * 1000) / 1000,
    medianHoursToAction: r.median_hours === null ? null : Math.round(Number(r.median_hours) * 10) / 10,
  }));
}

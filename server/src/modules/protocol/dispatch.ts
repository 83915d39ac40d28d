import {
  alertDispatch,
  DEFAULT_DISPATCH_POLICY,
  type Dispatch,
  type DispatchEvent,
  dispatchEscalations,
  dispatchTransition,
  responseTimes,
} from '@qorgau/domain/protocol/index';
import { and, asc, desc, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.ts';
import { conditionFor, mayAccess } from '../../platform/access/actor.ts';
import { scopeFilter } from '../../platform/access/scope-filter.ts';
import { type AuditContext, writeAudit } from '../../platform/audit/audit.ts';
import { users } from '../../platform/auth/tables.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { translateKey } from '../../platform/i18n/translate.ts';
import { enqueue } from '../../platform/jobs/queue.ts';
import { requireCaseRelations } from '../cases/access.ts';
import { caseParticipants, cases } from '../cases/tables.ts';
import { placementOfTerritory } from '../organisations/service.ts';
import { protocolNoticeJob } from './notices.ts';
import { dispatches, mobileGroupDuty, mobileGroupMembers, mobileGroups } from './tables.ts';

function dispatchRefused(code: string): AppError {
  return new AppError('CASE_ACTION_REFUSED', {
    details: { refusal: code },
    reason: (locale) => translateKey(locale, `protocol.dispatchRefusal.${code}`),
  });
}

/**
 * Sends the group on duty in the case's district to a child at immediate risk: the alert goes to its members
 * and their organisations take part in the case while it lasts. No group on duty → nothing, and the caller's
 * supervisor sees the case as undispatched.
 */
export async function dispatchOnDutyGroup(
  tx: Transaction,
  caseId: string,
  audit: AuditContext,
  now: Date,
): Promise<string | null> {
  const [c] = await tx
    .select({ districtCode: cases.districtCode, regionCode: cases.regionCode })
    .from(cases)
    .where(eq(cases.id, caseId))
    .limit(1);
  if (!c?.districtCode) return null;
  const [onDuty] = await tx
    .select({ groupId: mobileGroups.id })
    .from(mobileGroups)
    .innerJoin(mobileGroupDuty, eq(mobileGroupDuty.groupId, mobileGroups.id))
    .where(
      and(
        eq(mobileGroups.districtCode, c.districtCode),
        lte(mobileGroupDuty.startsAt, now),
        gt(mobileGroupDuty.endsAt, now),
      ),
    )
    .orderBy(asc(mobileGroupDuty.startsAt))
    .limit(1);
  if (!onDuty) return null;
  const id = crypto.randomUUID();
  const state = alertDispatch(id, caseId, now.toISOString());
  await tx.insert(dispatches).values({
    id,
    caseId,
    groupId: onDuty.groupId,
    state,
    status: state.status,
    regionCode: c.regionCode,
    createdAt: now,
  });
  const organisationsOfMembers = await tx
    .selectDistinct({ organisationId: users.organisationId })
    .from(mobileGroupMembers)
    .innerJoin(users, eq(users.id, mobileGroupMembers.userId))
    .where(eq(mobileGroupMembers.groupId, onDuty.groupId));
  for (const { organisationId } of organisationsOfMembers) {
    await tx
      .insert(caseParticipants)
      .values({ caseId, organisationId, reason: 'dispatch', sourceId: id, since: now })
      .onConflictDoNothing();
  }
  await enqueue(
    tx,
    protocolNoticeJob,
    { event: 'dispatch_alerted', dispatchId: id },
    { at: now, dedupeKey: `protocol.notice:${id}` },
  );
  await writeAudit(
    tx,
    audit,
    {
      action: 'dispatch.alerted',
      objectType: 'case',
      objectId: caseId,
      objectRegionCode: c.regionCode,
      details: { dispatchId: id, groupId: onDuty.groupId },
    },
    now,
  );
  return id;
}

async function requireMember(tx: Transaction, groupId: string, userId: string): Promise<void> {
  const [member] = await tx
    .select()
    .from(mobileGroupMembers)
    .where(and(eq(mobileGroupMembers.groupId, groupId), eq(mobileGroupMembers.userId, userId)))
    .limit(1);
  if (!member) throw new AppError('NOT_FOUND');
}

/** A member accepts, reports arrival, completes (with what was done) or cancels — from a phone. */
export async function changeDispatch(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  dispatchId: string,
  event: DispatchEvent,
  note?: string,
) {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const [row] = await tx.select().from(dispatches).where(eq(dispatches.id, dispatchId)).for('update');
    if (!row) throw new AppError('NOT_FOUND');
    await requireMember(tx, row.groupId, actor.userId);
    const state = row.state as Dispatch;
    if ((event.type === 'arrive' || event.type === 'complete') && state.acceptedBy !== actor.userId)
      throw dispatchRefused('wrong_status');
    const result = dispatchTransition(
      state,
      event.type === 'accept' ? { type: 'accept', userId: actor.userId } : event,
      now.toISOString(),
    );
    if (!result.ok) throw dispatchRefused(result.refusal);
    await tx
      .update(dispatches)
      .set({
        state: result.dispatch,
        status: result.dispatch.status,
        ...(note ? { notes: [row.notes, note].filter(Boolean).join('\n') } : {}),
      })
      .where(eq(dispatches.id, dispatchId));
    await writeAudit(
      tx,
      audit,
      {
        action: 'dispatch.updated',
        objectType: 'case',
        objectId: row.caseId,
        objectRegionCode: row.regionCode,
        details: { dispatchId, event: event.type, note: note ?? null },
      },
      now,
    );
    return presentDispatch({ ...row, state: result.dispatch, status: result.dispatch.status });
  });
}

function presentDispatch(row: typeof dispatches.$inferSelect & { caseNumber?: string }) {
  const state = row.state as Dispatch;
  const times = responseTimes(state);
  return {
    id: row.id,
    caseId: row.caseId,
    caseNumber: row.caseNumber ?? null,
    groupId: row.groupId,
    status: state.status,
    alertedAt: state.alertedAt,
    acceptedAt: state.acceptedAt,
    acceptedBy: state.acceptedBy,
    arrivedAt: state.arrivedAt,
    completedAt: state.completedAt,
    escalationLevel: row.escalationLevel,
    notes: row.notes,
    toAcceptMinutes: times.toAcceptMs === null ? null : Math.round(times.toAcceptMs / 60_000),
    toArriveMinutes: times.toArriveMs === null ? null : Math.round(times.toArriveMs / 60_000),
  };
}

/** The dispatches of the groups the actor belongs to, newest first: what a member's phone shows. */
export async function myDispatches(ctx: AppContext, actor: Actor) {
  const rows = await ctx.db
    .select({ d: dispatches, caseNumber: cases.number })
    .from(dispatches)
    .innerJoin(
      mobileGroupMembers,
      and(eq(mobileGroupMembers.groupId, dispatches.groupId), eq(mobileGroupMembers.userId, actor.userId)),
    )
    .innerJoin(cases, eq(cases.id, dispatches.caseId))
    .orderBy(desc(dispatches.createdAt))
    .limit(50);
  return rows.map((r) => presentDispatch({ ...r.d, caseNumber: r.caseNumber }));
}

/** A case's dispatches, for whoever may open the case. */
export async function caseDispatches(ctx: AppContext, actor: Actor, caseId: string) {
  await requireCaseRelations(ctx.db, actor, caseId, ctx.clock.now());
  const rows = await ctx.db
    .select()
    .from(dispatches)
    .where(eq(dispatches.caseId, caseId))
    .orderBy(desc(dispatches.createdAt));
  return rows.map((r) => presentDispatch(r));
}

/** Raises the escalation level of alerts nobody accepted in time (one level every N minutes). */
export async function escalateDispatches(
  ctx: AppContext,
  now: Date,
  tell?: (tx: Transaction, raised: readonly { dispatchId: string; level: number }[]) => Promise<unknown>,
) {
  return ctx.db.transaction(async (tx) => {
    const open = await tx.select().from(dispatches).where(eq(dispatches.status, 'alerted')).for('update');
    const raised: { dispatchId: string; level: number }[] = [];
    for (const row of open) {
      const levels = dispatchEscalations(row.state as Dispatch, now.toISOString(), DEFAULT_DISPATCH_POLICY);
      const level = levels.at(-1)?.level ?? 0;
      if (level > row.escalationLevel) {
        await tx.update(dispatches).set({ escalationLevel: level }).where(eq(dispatches.id, row.id));
        await writeAudit(
          tx,
          { userAgent: 'qorgau escalation' },
          {
            action: 'dispatch.escalated',
            objectType: 'case',
            objectId: row.caseId,
            objectRegionCode: row.regionCode,
            details: { dispatchId: row.id, level },
          },
          now,
        );
        raised.push({ dispatchId: row.id, level });
      }
    }
    if (raised.length > 0) await tell?.(tx, raised);
    return raised;
  });
}

/** Response times per region: how fast groups accept and arrive (minutes, median and 90th percentile). */
export async function dispatchReport(ctx: AppContext, actor: Actor) {
  const filter = scopeFilter(conditionFor(actor, 'read:compliance'), { regionCode: dispatches.regionCode });
  const rows = await ctx.db
    .select({
      regionCode: dispatches.regionCode,
      dispatches: sql<number>`count(*)::int`,
      accepted: sql<number>`count(*) filter (where ${dispatches.state}->>'acceptedAt' is not null)::int`,
      medianAcceptMinutes: sql<
        number | null
      >`percentile_cont(0.5) within group (order by extract(epoch from ((${dispatches.state}->>'acceptedAt')::timestamptz - (${dispatches.state}->>'alertedAt')::timestamptz)) / 60)`,
      p90ArriveMinutes: sql<
        number | null
      >`percentile_cont(0.9) within group (order by extract(epoch from ((${dispatches.state}->>'arrivedAt')::timestamptz - (${dispatches.state}->>'alertedAt')::timestamptz)) / 60)`,
      medianArriveMinutes: sql<
        number | null
      >`percentile_cont(0.5) within group (order by extract(epoch from ((${dispatches.state}->>'arrivedAt')::timestamptz - (${dispatches.state}->>'alertedAt')::timestamptz)) / 60)`,
      escalated: sql<number>`count(*) filter (where ${dispatches.escalationLevel} > 0)::int`,
    })
    .from(dispatches)
    .where(filter)
    .groupBy(dispatches.regionCode)
    .orderBy(dispatches.regionCode);
  const round = (v: number | null) => (v === null ? null : Math.round(Number(v) * 10) / 10);
  return rows.map((r) => ({
    ...r,
    medianAcceptMinutes: round(r.medianAcceptMinutes),
    medianArriveMinutes: round(r.medianArriveMinutes),
    p90ArriveMinutes: round(r.p90ArriveMinutes),
  }));
}

/** Creates a district's group with its members (administrators). */
export async function createMobileGroup(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  input: { name: string; districtCode: string; memberIds: string[] },
) {
  const placement = await placementOfTerritory(ctx.db, input.districtCode);
  if (!placement.districtCode || !placement.regionCode)
    throw AppError.invalid([{ field: 'districtCode', key: 'validation.kato_code' }]);
  if (
    !mayAccess(actor, 'manage:mobile-group', {
      organisationId: '',
      districtCode: placement.districtCode,
      regionCode: placement.regionCode,
    })
  )
    throw new AppError('FORBIDDEN');
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const id = crypto.randomUUID();
    await tx.insert(mobileGroups).values({
      id,
      name: input.name,
      districtCode: placement.districtCode as string,
      regionCode: placement.regionCode as string,
      createdAt: now,
    });
    const members =
      input.memberIds.length === 0
        ? []
        : await tx.select({ id: users.id }).from(users).where(inArray(users.id, input.memberIds));
    if (members.length !== new Set(input.memberIds).size)
      throw AppError.invalid([{ field: 'memberIds', key: 'validation.invalid' }]);
    if (members.length > 0)
      await tx.insert(mobileGroupMembers).values(members.map((m) => ({ groupId: id, userId: m.id })));
    await writeAudit(
      tx,
      audit,
      {
        action: 'mobile_group.updated',
        objectType: 'mobile_group',
        objectId: id,
        objectRegionCode: placement.regionCode,
        details: { created: true, members: input.memberIds },
      },
      now,
    );
    return { id };
  });
}

/** Puts a group on duty for a period (the roster). */
export async function addDuty(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  groupId: string,
  input: { startsAt: string; endsAt: string },
) {
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  if (endsAt <= startsAt) throw AppError.invalid([{ field: 'endsAt', key: 'validation.date_order' }]);
  return ctx.db.transaction(async (tx) => {
    const [group] = await tx.select().from(mobileGroups).where(eq(mobileGroups.id, groupId)).limit(1);
    if (
      !group ||
      !mayAccess(actor, 'manage:mobile-group', {
        organisationId: '',
        districtCode: group.districtCode,
        regionCode: group.regionCode,
      })
    )
      throw new AppError('NOT_FOUND');
    const id = crypto.randomUUID();
    await tx.insert(mobileGroupDuty).values({ id, groupId, startsAt, endsAt });
    await writeAudit(
      tx,
      audit,
      {
        action: 'mobile_group.updated',
        objectType: 'mobile_group',
        objectId: groupId,
        objectRegionCode: group.regionCode,
        details: { duty: { startsAt: input.startsAt, endsAt: input.endsAt } },
      },
      ctx.clock.now(),
    );
    return { id };
  });
}

/** The groups (with members and upcoming duty) an administrator keeps. */
export async function listMobileGroups(ctx: AppContext, actor: Actor) {
  const filter = scopeFilter(conditionFor(actor, 'manage:mobile-group'), {
    regionCode: mobileGroups.regionCode,
    districtCode: mobileGroups.districtCode,
  });
  const groups = await ctx.db
    .select()
    .from(mobileGroups)
    .where(filter)
    .orderBy(asc(mobileGroups.districtCode));
  const members = await ctx.db
    .select({ groupId: mobileGroupMembers.groupId, userId: users.id, name: users.fullName })
    .from(mobileGroupMembers)
    .innerJoin(users, eq(users.id, mobileGroupMembers.userId));
  const duty = await ctx.db
    .select()
    .from(mobileGroupDuty)
    .where(gt(mobileGroupDuty.endsAt, ctx.clock.now()))
    .orderBy(asc(mobileGroupDuty.startsAt));
  return groups.map((g) => ({
    ...g,
    createdAt: g.createdAt.toISOString(),
    members: members.filter((m) => m.groupId === g.id).map((m) => ({ userId: m.userId, name: m.name })),
    duty: duty
      .filter((d) => d.groupId === g.id)
      .map((d) => ({ id: d.id, startsAt: d.startsAt.toISOString(), endsAt: d.endsAt.toISOString() })),
  }));
}

import type { Permission } from '@qorgau/domain/access/permissions';
import { effectiveGrants, isRole, type Role } from '@qorgau/domain/access/roles';
import { conditionHolds, type Placement, scopeCondition } from '@qorgau/domain/access/scope';
import { DEFAULT_DISPATCH_POLICY, type ProtocolAction } from '@qorgau/domain/protocol/index';
import { PROTOCOL_ACTION_LABELS } from '@qorgau/domain/protocol/labels';
import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { userRoles, users } from '../../platform/auth/tables.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Database, Transaction } from '../../platform/db/database.ts';
import { organisations } from '../../platform/directory/tables.ts';
import { translateKey } from '../../platform/i18n/translate.ts';
import { defineJob } from '../../platform/jobs/queue.ts';
import { type Notice, notify, queueEmail } from '../../platform/notify/notify.ts';
import { cases } from '../cases/tables.ts';
import { dispatches, mobileGroupMembers, protocolActions } from './tables.ts';

/*
 * Who the interagency response tells, and what. The protocol's changes happen inside a case's transaction,
 * which queues a `protocol.notice` job; the job, run by the worker, writes the notices (in the app, by e-mail,
 * urgent ones by SMS) — so a case is never saved without its notices being due, and a slow mail server never
 * slows a registration. Notices carry the case number and never the child's name: e-mail and SMS leave the
 * system.
 */

type Tx = Database | Transaction;

/** An active person with their roles and where their organisation stands. */
interface Person extends Placement {
  readonly id: string;
  readonly roles: Role[];
}

/** The active people matching a condition on users and their organisations, each once with all their roles. */
async function activePeople(tx: Tx, where: SQL | undefined): Promise<Person[]> {
  const rows = await tx
    .select({
      id: users.id,
      role: userRoles.role,
      organisationId: users.organisationId,
      districtCode: organisations.districtCode,
      regionCode: organisations.regionCode,
    })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.active, true), where));
  const people = new Map<string, Person>();
  for (const { role, ...person } of rows) {
    const entry = people.get(person.id) ?? { ...person, roles: [] };
    if (isRole(role)) entry.roles.push(role);
    people.set(person.id, entry);
  }
  return [...people.values()];
}

async function peopleOf(tx: Tx, organisationIds: readonly string[], qualifies: (roles: Role[]) => boolean) {
  if (organisationIds.length === 0) return [];
  const people = await activePeople(tx, inArray(users.organisationId, [...organisationIds]));
  return people.filter((p) => qualifies(p.roles)).map((p) => p.id);
}

/** The active people of organisations whose roles grant a permission. */
export function holdersOf(tx: Tx, organisationIds: readonly string[], permission: Permission) {
  return peopleOf(tx, organisationIds, (roles) => effectiveGrants(roles)[permission] !== undefined);
}

/** The head of an organisation: a school's director, elsewhere the people who approve its cases. */
function headsOf(tx: Tx, organisationId: string) {
  return peopleOf(
    tx,
    [organisationId],
    (roles) => roles.includes('school_director') || effectiveGrants(roles)['approve:case'] !== undefined,
  );
}

/** An organisation type's name in each language, for an action no organisation was found for. */
const typeLabel = (type: string) => {
  const key = `plan.organisation_type.${type}`;
  return { kk: translateKey('kk', key), ru: translateKey('ru', key), en: translateKey('en', key) };
};

/**
 * A case's supervisors: the active people whose approval of cases reaches it — in the organisation that owns
 * it, or over its district or region (a district education department's supervisor over a school's case).
 * National approvers are not alerted for every case.
 */
export async function caseSupervisors(tx: Tx, c: Placement & { ownerUserId: string | null }) {
  const candidates = await activePeople(
    tx,
    or(
      eq(users.organisationId, c.organisationId),
      c.districtCode ? eq(organisations.districtCode, c.districtCode) : undefined,
      c.regionCode ? eq(organisations.regionCode, c.regionCode) : undefined,
    ),
  );
  return candidates
    .filter((p) => {
      // The same scope rule as every other check (access/scope.ts), without the national reach.
      const reach = scopeCondition(effectiveGrants(p.roles)['approve:case'], { ...p, userId: p.id });
      return reach.kind === 'equals' && conditionHolds(reach, c);
    })
    .map((p) => p.id);
}

/** What a case's supervisors are found by. */
const caseTerritory = {
  organisationId: cases.ownerOrganisationId,
  ownerUserId: cases.ownerUserId,
  districtCode: cases.districtCode,
  regionCode: cases.regionCode,
};

const caseLink = (caseId: string) => `/cases/${caseId}`;
/** Links in SMS are whole addresses when the installation knows its own. */
const smsLink = (ctx: AppContext, path: string) =>
  `${ctx.config.PUBLIC_URL?.replace(/\/$/, '') ?? ''}${path}`;

const URGENT_MS = 24 * 3_600_000;

/** Newly scheduled actions: the responsible organisation's case workers hear of each; urgent ones by SMS. */
async function actionsScheduled(tx: Transaction, ctx: AppContext, actionIds: readonly string[], now: Date) {
  const rows = await tx
    .select({ a: protocolActions, number: cases.number })
    .from(protocolActions)
    .innerJoin(cases, eq(cases.id, protocolActions.caseId))
    .where(inArray(protocolActions.id, [...actionIds]));
  const notices: Notice[] = [];
  for (const { a, number } of rows) {
    if (!a.organisationId || a.doneAt) continue;
    for (const userId of await holdersOf(tx, [a.organisationId], 'read:protocol')) {
      notices.push({
        userId,
        kind: 'protocol_action',
        params: {
          number,
          action: PROTOCOL_ACTION_LABELS[a.action as ProtocolAction],
          due: { instant: a.dueAt.toISOString() },
          link: smsLink(ctx, caseLink(a.caseId)),
        },
        link: caseLink(a.caseId),
        dedupeKey: `protocol_action:${a.id}:${userId}`,
        sms: a.dueAt.getTime() - now.getTime() <= URGENT_MS,
      });
    }
  }
  return notify(tx, ctx, notices, now);
}

/** The members of the group sent to a child at immediate risk: in the app, by e-mail and by SMS. */
async function dispatchAlerted(tx: Transaction, ctx: AppContext, dispatchId: string, now: Date) {
  const [row] = await tx
    .select({ d: dispatches, number: cases.number })
    .from(dispatches)
    .innerJoin(cases, eq(cases.id, dispatches.caseId))
    .where(eq(dispatches.id, dispatchId));
  if (row?.d.status !== 'alerted') return 0;
  const members = await tx
    .select({ userId: mobileGroupMembers.userId })
    .from(mobileGroupMembers)
    .where(eq(mobileGroupMembers.groupId, row.d.groupId));
  return notify(
    tx,
    ctx,
    members.map(({ userId }) => ({
      userId,
      kind: 'dispatch' as const,
      params: { number: row.number, link: smsLink(ctx, caseLink(row.d.caseId)) },
      link: caseLink(row.d.caseId),
      dedupeKey: `dispatch:${dispatchId}:${userId}`,
      sms: true,
    })),
    now,
  );
}

/**
 * Overdue actions: the head of the organisation that had to act (its people who approve cases, and its
 * office address) and the case's supervisors, urgently.
 */
export async function actionsEscalated(
  tx: Transaction,
  ctx: AppContext,
  escalated: readonly { id: string; caseId: string }[],
  now: Date,
) {
  if (escalated.length === 0) return 0;
  const rows = await tx
    .select({
      a: protocolActions,
      number: cases.number,
      c: caseTerritory,
      organisation: { kk: organisations.nameKk, ru: organisations.nameRu, en: organisations.nameEn },
      office: organisations.email,
    })
    .from(protocolActions)
    .innerJoin(cases, eq(cases.id, protocolActions.caseId))
    .leftJoin(organisations, eq(organisations.id, protocolActions.organisationId))
    .where(
      inArray(
        protocolActions.id,
        escalated.map((e) => e.id),
      ),
    );
  let delivered = 0;
  for (const r of rows) {
    const notice = {
      kind: 'protocol_escalated' as const,
      params: {
        number: r.number,
        action: PROTOCOL_ACTION_LABELS[r.a.action as ProtocolAction],
        organisation: (r.a.organisationId ? r.organisation : null) ?? typeLabel(r.a.organisationType),
        due: { instant: r.a.dueAt.toISOString() },
        link: smsLink(ctx, caseLink(r.a.caseId)),
      },
      link: caseLink(r.a.caseId),
    };
    const recipients = new Set([
      ...(r.a.organisationId ? await headsOf(tx, r.a.organisationId) : []),
      ...(await caseSupervisors(tx, r.c)),
    ]);
    delivered += await notify(
      tx,
      ctx,
      [...recipients].map((userId) => ({
        ...notice,
        userId,
        dedupeKey: `protocol_escalated:${r.a.id}:${userId}`,
        sms: true,
      })),
      now,
    );
    if (r.office && r.a.organisationId) {
      await queueEmail(tx, ctx, {
        to: r.office,
        locale: ['kk', 'ru'],
        notice: { ...notice, dedupeKey: `protocol_escalated:${r.a.id}:office` },
        at: now,
      });
    }
  }
  return delivered;
}

/** An alert nobody accepted: the group's members again, and the supervisors of the case's organisation. */
export async function dispatchesEscalated(
  tx: Transaction,
  ctx: AppContext,
  raised: readonly { dispatchId: string; level: number }[],
  now: Date,
) {
  let delivered = 0;
  for (const { dispatchId, level } of raised) {
    const [row] = await tx
      .select({
        d: dispatches,
        number: cases.number,
        c: caseTerritory,
      })
      .from(dispatches)
      .innerJoin(cases, eq(cases.id, dispatches.caseId))
      .where(eq(dispatches.id, dispatchId));
    if (!row) continue;
    const members = await tx
      .select({ userId: mobileGroupMembers.userId })
      .from(mobileGroupMembers)
      .where(eq(mobileGroupMembers.groupId, row.d.groupId));
    const supervisors = await caseSupervisors(tx, row.c);
    const recipients = [...new Set([...members.map((m) => m.userId), ...supervisors])];
    delivered += await notify(
      tx,
      ctx,
      recipients.map((userId) => ({
        userId,
        kind: 'dispatch_escalated' as const,
        params: {
          number: row.number,
          minutes: level * DEFAULT_DISPATCH_POLICY.escalateAfterMinutes,
          level,
          link: smsLink(ctx, caseLink(row.d.caseId)),
        },
        link: caseLink(row.d.caseId),
        dedupeKey: `dispatch_escalated:${dispatchId}:${level}:${userId}`,
        sms: true,
      })),
      now,
    );
  }
  return delivered;
}

/** What the response's transactions queue: the notices of scheduled actions and of an alert. */
export const protocolNoticeJob = defineJob({
  kind: 'protocol.notice',
  payload: z.discriminatedUnion('event', [
    z.object({ event: z.literal('actions_scheduled'), actionIds: z.array(z.uuid()).min(1) }),
    z.object({ event: z.literal('dispatch_alerted'), dispatchId: z.uuid() }),
  ]),
  async run(ctx, payload) {
    const now = ctx.clock.now();
    const delivered = await ctx.db.transaction((tx) =>
      payload.event === 'actions_scheduled'
        ? actionsScheduled(tx, ctx, payload.actionIds, now)
        : dispatchAlerted(tx, ctx, payload.dispatchId, now),
    );
    return { delivered };
  },
});

import type { Concern, RiskLevel } from '@qorgau/domain/cases/index';
import { and, eq, inArray } from 'drizzle-orm';
import type { AuditContext } from '../../platform/audit/audit.ts';
import type { Transaction } from '../../platform/db/database.ts';
import { caseConcerns } from '../cases/tables.ts';
import { endParticipation, scheduleProtocolActions } from './actions.ts';
import { dispatchOnDutyGroup } from './dispatch.ts';
import { dispatches } from './tables.ts';

/*
 * Where case management hands over to the interagency response, inside the case's own transaction: a case
 * never exists without the actions its concerns make due, nor a child at immediate risk without the alert.
 */

/**
 * Records concerns (each once, at the moment it is first recorded: that moment pins the protocol version)
 * and schedules what the protocol makes due.
 */
export async function concernsRecorded(
  tx: Transaction,
  caseId: string,
  concerns: readonly Concern[],
  userId: string,
  audit: AuditContext,
  now: Date,
): Promise<number> {
  if (concerns.length > 0)
    await tx
      .insert(caseConcerns)
      .values(concerns.map((concern) => ({ caseId, concern, recordedAt: now, recordedBy: userId })))
      .onConflictDoNothing();
  return scheduleProtocolActions(tx, caseId, audit, now);
}

/**
 * The risk level was set or changed: rules on risk may now apply, and a child at immediate risk gets the
 * district's on-duty mobile group unless a dispatch is already under way.
 */
export async function riskAssessed(
  tx: Transaction,
  caseId: string,
  riskLevel: RiskLevel,
  audit: AuditContext,
  now: Date,
): Promise<string | null> {
  await scheduleProtocolActions(tx, caseId, audit, now);
  if (riskLevel !== 'immediate') return null;
  const [under] = await tx
    .select({ id: dispatches.id })
    .from(dispatches)
    .where(and(eq(dispatches.caseId, caseId), inArray(dispatches.status, ['alerted', 'accepted', 'arrived'])))
    .limit(1);
  if (under) return null;
  return dispatchOnDutyGroup(tx, caseId, audit, now);
}

/** The case was closed: organisations brought in by the response no longer see it. */
export async function caseClosed(tx: Transaction, caseId: string, now: Date): Promise<void> {
  await endParticipation(tx, caseId, now);
}

import {
  applyWorkflow,
  type CaseRelation,
  type CaseWorkflowState,
  type Concern,
  type ConsentRecord,
  caseStatus,
  consentRequirement,
  DEFAULT_REFERRAL_DEADLINES,
  type FormName,
  newReferral,
  parseForm,
  type Referral,
  type ReferralCommand,
  type RiskLevel,
  referralTransition,
  requestBreakGlass,
  requestTransfer,
  responseDeadline,
  sharingBasis,
  TRANSITION_PERMISSIONS,
  type Transfer,
  type TransferCommand,
  transferTransition,
  type WorkflowCommand,
} from '@qorgau/domain/cases/index';
import type { OrganisationType } from '@qorgau/domain/identity/organisation';
import { and, eq, isNull, max } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.ts';
import { type AuditContext, type AuditEntry, writeAudit } from '../../platform/audit/audit.ts';
import { users } from '../../platform/auth/tables.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/database.ts';
import { organisations } from '../../platform/directory/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { refusalOfIssues } from '../../platform/http/validate.ts';
import { translateKey } from '../../platform/i18n/translate.ts';
import { caseClosed, concernsRecorded, riskAssessed } from '../protocol/hooks.ts';
import { requireCaseRelations } from './access.ts';
import { parsePerson, updatePersonRecord } from './persons.ts';
import {
  breakGlassGrants,
  caseAssignees,
  caseFlags,
  caseForms,
  caseNotes,
  cases,
  caseTasks,
  referrals,
  transfers,
} from './tables.ts';

type CaseRow = typeof cases.$inferSelect;

/** Who works the case: its owner, the owner's organisation, assignees, and those overseeing it in scope. */
export const TEAM: readonly CaseRelation[] = [
  'owner',
  'owner_organisation',
  'assignee',
  'case_manager_in_scope',
  'supervisor_in_scope',
];
/**
 * Organisations that were asked to help or that the protocol, a dispatch or the KDN involved: they read the case,
 * note, and complete what is addressed to them.
 */
export const PARTNERS: readonly CaseRelation[] = ['referral_partner', 'transfer_partner', 'participant'];

type RefusalSegment =
  | 'refusal'
  | 'referralRefusal'
  | 'transferRefusal'
  | 'consentRefusal'
  | 'breakGlassRefusal';

/** A refusal whose reason is a domain code, translated into the caller's language when answered. */
export function refused(code: string, segment: RefusalSegment = 'refusal'): AppError {
  return new AppError('CASE_ACTION_REFUSED', {
    details: { refusal: code },
    reason: (locale) => translateKey(locale, `case.${segment}.${code}`),
  });
}

interface CaseChange {
  caseRow: CaseRow;
  relations: CaseRelation[];
  tx: Transaction;
  now: Date;
}

/**
 * Runs a change to a case in one transaction: checks the actor's relation to it (404 for those without one,
 * a refusal for those whose relation does not allow this change), lets `change` write, stamps the case as
 * updated and writes the audit entry it returns.
 */
async function changeCase<T>(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  caseId: string,
  allowed: readonly CaseRelation[],
  // `audit: null` when the change audits itself (a person's record has its own trail).
  change: (
    c: CaseChange,
  ) => Promise<{ result: T; audit: Omit<AuditEntry, 'objectType' | 'objectId'> | null }>,
): Promise<T> {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const relations = await requireCaseRelations(tx, actor, caseId, now);
    if (!relations.some((r) => allowed.includes(r))) throw refused('not_permitted');
    const [caseRow] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
    if (!caseRow) throw new AppError('CASE_NOT_FOUND');
    const { result, audit: entry } = await change({ caseRow, relations, tx, now });
    await tx.update(cases).set({ updatedAt: now, updatedBy: actor.userId }).where(eq(cases.id, caseId));
    if (entry)
      await writeAudit(
        tx,
        audit,
        { ...entry, objectType: 'case', objectId: caseId, objectRegionCode: caseRow.regionCode },
        now,
      );
    return result;
  });
}

/** Re-triages a case: a new risk level with its reason restarts the response clock. */
export function triageCase(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  caseId: string,
  input: { riskLevel: RiskLevel; reason: string },
) {
  return changeCase(ctx, actor, audit, caseId, TEAM, async ({ caseRow, tx, now }) => {
    if (caseRow.status === 'closed') throw refused('case_closed');
    await tx
      .update(cases)
      .set({
        riskLevel: input.riskLevel,
        riskReason: input.reason,
        triagedAt: now,
        responseDueAt: new Date(
          responseDeadline(input.riskLevel, now.toISOString(), ctx.config.CASE_RESPONSE_HOURS),
        ),
      })
      .where(eq(cases.id, caseId));
    await riskAssessed(tx, caseId, input.riskLevel, audit, now);
    return {
      result: null,
      audit: {
        action: 'case.triaged',
        changes: {
          riskLevel: { from: caseRow.riskLevel, to: input.riskLevel },
          riskReason: { from: caseRow.riskReason, to: input.reason },
        },
      },
    };
  });
}

/**
 * Records a further concern on the case (a disclosure during the assessment, a new incident): the protocol
 * schedules what it makes due, by the version in force now.
 */
export function addConcern(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  caseId: string,
  concern: Concern,
) {
  return changeCase(ctx, actor, audit, caseId, TEAM, async ({ caseRow, tx, now }) => {
    if (caseRow.status === 'closed') throw refused('case_closed');
    const concerns = caseRow.concerns as Concern[];
    if (concerns.includes(concern)) throw refused('already_recorded');
    await tx
      .update(cases)
      .set({ concerns: [...concerns, concern] })
      .where(eq(cases.id, caseId));
    const scheduled = await concernsRecorded(tx, caseId, [concern], actor.userId, audit, now);
    return {
      result: { scheduled },
      audit: { action: 'case.concern_added', details: { concern, scheduled } },
    };
  });
}

/** Records the first contact with the child, which stops the response clock. */
export function recordFirstContact(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  caseId: string,
  input: { at?: string | null | undefined },
) {
  return changeCase(ctx, actor, audit, caseId, [...TEAM, ...PARTNERS], async ({ caseRow, tx, now }) => {
    if (caseRow.firstContactAt) throw refused('already_recorded');
    const at = input.at ? new Date(input.at) : now;
    if (at > now || at < caseRow.createdAt)
      throw AppError.invalid([{ field: 'at', key: 'validation.date_in_future' }]);
    await tx.update(cases).set({ firstContactAt: at }).where(eq(cases.id, caseId));
    return { result: null, audit: { action: 'case.first_contact', details: { at: at.toISOString() } } };
  });
}

/** Moves the case through its workflow (submit, approve, reject, request closure, reopen …). */
export function applyCaseCommand(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  caseId: string,
  command: WorkflowCommand,
) {
  return changeCase(ctx, actor, audit, caseId, [...TEAM], async ({ caseRow, relations, tx, now }) => {
    if (!relations.some((r) => TRANSITION_PERMISSIONS[command.type].includes(r)))
      throw refused('not_permitted');
    const result = applyWorkflow(
      caseRow.workflow as CaseWorkflowState,
      command,
      { userId: actor.userId, relations },
      now.toISOString(),
    );
    if (!result.ok) throw refused(result.refusal);
    const state = result.state;
    await tx
      .update(cases)
      .set({
        workflow: state,
        stage: state.stage,
        status: caseStatus(state),
        closedAt: state.closedAt ? new Date(state.closedAt) : null,
      })
      .where(eq(cases.id, caseId));
    if (state.closedAt && !caseRow.closedAt) await caseClosed(tx, caseId, now);
    return {
      result: state,
      audit: {
        action: 'case.workflow',
        changes: { stage: { from: caseRow.stage, to: state.stage } },
        details: { command },
      },
    };
  });
}

/** Saves a new revision of a structured form; earlier revisions stay. */
export function saveCaseForm(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  caseId: string,
  form: FormName,
  data: unknown,
) {
  return changeCase(ctx, actor, audit, caseId, TEAM, async ({ caseRow, tx, now }) => {
    if (caseRow.status === 'closed') throw refused('case_closed');
    const parsed = parseForm(form, data);
    if (!parsed.ok) throw refusalOfIssues(parsed.issues, ['data']);
    const [last] = await tx
      .select({ revision: max(caseForms.revision) })
      .from(caseForms)
      .where(and(eq(caseForms.caseId, caseId), eq(caseForms.form, form)));
    const revision = (last?.revision ?? 0) + 1;
    await tx.insert(caseForms).values({
      id: crypto.randomUUID(),
      caseId,
      form,
      schemaVersion: parsed.version,
      revision,
      data: parsed.data,
      savedBy: actor.userId,
      savedAt: now,
    });
    return {
      result: { revision },
      audit: { action: 'case.form_saved', details: { form, revision, schemaVersion: parsed.version } },
    };
  });
}

async function requireColleague(tx: Transaction, userId: string, organisationId: string): Promise<void> {
  const [user] = await tx
    .select({ organisationId: users.organisationId, active: users.active })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user?.active || user.organisationId !== organisationId)
    throw AppError.invalid([{ field: 'userId', key: 'validation.invalid' }]);
}

/** Assigns a worker of the owning organisation to the case. */
export function assignWorker(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  caseId: string,
  userId: string,
) {
  return changeCase(ctx, actor, audit, caseId, TEAM, async ({ caseRow, tx, now }) => {
    await requireColleague(tx, userId, caseRow.ownerOrganisationId);
    await tx
      .insert(caseAssignees)
      .values({ caseId, userId, assignedBy: actor.userId, assignedAt: now })
      .onConflictDoNothing();
    return { result: null, audit: { action: 'case.assigned', details: { userId } } };
  });
}

/** Removes a worker from the case. */
export function unassignWorker(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  caseId: string,
  userId: string,
) {
  return changeCase(ctx, actor, audit, caseId, TEAM, async ({ tx }) => {
    await tx
      .delete(caseAssignees)
      .where(and(eq(caseAssignees.caseId, caseId), eq(caseAssignees.userId, userId)));
    return { result: null, audit: { action: 'case.unassigned', details: { userId } } };
  });
}

/** Adds a task with a due date for a worker of the team, or for an organisation the case was referred to. */
export function addTask(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  caseId: string,
  input: { title: string; dueAt: string; assigneeUserId?: string | null | undefined },
) {
  return changeCase(ctx, actor, audit, caseId, TEAM, async ({ caseRow, tx, now }) => {
    if (caseRow.status === 'closed') throw refused('case_closed');
    const dueAt = new Date(input.dueAt);
    if (dueAt < now) throw AppError.invalid([{ field: 'dueAt', key: 'validation.date_order' }]);
    if (input.assigneeUserId) await requireColleague(tx, input.assigneeUserId, caseRow.ownerOrganisationId);
    const id = crypto.randomUUID();
    await tx.insert(caseTasks).values({
      id,
      caseId,
      title: input.title,
      dueAt,
      assigneeUserId: input.assigneeUserId ?? null,
      assigneeOrganisationId: caseRow.ownerOrganisationId,
      createdBy: actor.userId,
      createdAt: now,
    });
    return {
      result: { id },
      audit: { action: 'case.task_created', details: { taskId: id, title: input.title, dueAt: input.dueAt } },
    };
  });
}

/** Marks a task done with what was done. */
export function completeTask(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  caseId: string,
  taskId: string,
  input: { result: string },
) {
  return changeCase(ctx, actor, audit, caseId, [...TEAM, ...PARTNERS], async ({ tx, now }) => {
    const [task] = await tx
      .select()
      .from(caseTasks)
      .where(and(eq(caseTasks.id, taskId), eq(caseTasks.caseId, caseId)))
      .limit(1);
    if (!task) throw new AppError('TASK_NOT_FOUND');
    if (task.doneAt) throw refused('already_recorded');
    if (task.assigneeOrganisationId && task.assigneeOrganisationId !== actor.organisationId)
      throw refused('not_permitted');
    await tx
      .update(caseTasks)
      .set({ doneAt: now, doneBy: actor.userId, result: input.result })
      .where(eq(caseTasks.id, taskId));
    return {
      result: null,
      audit: { action: 'case.task_completed', details: { taskId, result: input.result } },
    };
  });
}

/** Adds a note to the case. */
export function addNote(ctx: AppContext, actor: Actor, audit: AuditContext, caseId: string, text: string) {
  return changeCase(ctx, actor, audit, caseId, [...TEAM, ...PARTNERS], async ({ tx, now }) => {
    const id = crypto.randomUUID();
    await tx.insert(caseNotes).values({ id, caseId, text, authorId: actor.userId, createdAt: now });
    return { result: { id }, audit: { action: 'case.note_added', details: { noteId: id } } };
  });
}

/** Raises a flag everyone opening the case must see. */
export function raiseFlag(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  caseId: string,
  input: { reason: string; note?: string | null | undefined },
) {
  return changeCase(ctx, actor, audit, caseId, TEAM, async ({ tx, now }) => {
    const id = crypto.randomUUID();
    await tx.insert(caseFlags).values({
      id,
      caseId,
      reason: input.reason,
      note: input.note ?? null,
      raisedBy: actor.userId,
      raisedAt: now,
    });
    return {
      result: { id },
      audit: { action: 'case.flag_raised', details: { flagId: id, reason: input.reason } },
    };
  });
}

/** Removes a flag (kept in the history). */
export function removeFlag(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  caseId: string,
  flagId: string,
) {
  return changeCase(ctx, actor, audit, caseId, TEAM, async ({ tx, now }) => {
    const ended = await tx
      .update(caseFlags)
      .set({ removedAt: now, removedBy: actor.userId })
      .where(and(eq(caseFlags.id, flagId), eq(caseFlags.caseId, caseId), isNull(caseFlags.removedAt)))
      .returning({ id: caseFlags.id });
    if (ended.length === 0) throw new AppError('NOT_FOUND');
    return { result: null, audit: { action: 'case.flag_removed', details: { flagId } } };
  });
}

/** Records the child's or representative's consent to share the case. */
export function recordConsent(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  caseId: string,
  input: Omit<ConsentRecord, 'recordedAt'>,
) {
  return changeCase(ctx, actor, audit, caseId, TEAM, async ({ caseRow, tx, now }) => {
    const consent: ConsentRecord = { ...input, recordedAt: now.toISOString() };
    await tx.update(cases).set({ consent }).where(eq(cases.id, caseId));
    return {
      result: consent,
      audit: {
        action: 'case.consent_recorded',
        changes: { consent: { from: caseRow.consent, to: consent } },
      },
    };
  });
}

/** Replaces the child's record (the case team keeps it current). */
export function updateChild(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  caseId: string,
  record: unknown,
) {
  return changeCase(ctx, actor, audit, caseId, TEAM, async ({ caseRow, tx, now }) => {
    const parsed = parsePerson(ctx, record, ['record']);
    await updatePersonRecord(tx, actor, audit, caseRow.childId, parsed, now);
    return { result: { warnings: parsed.warnings }, audit: null };
  });
}

async function organisationOf(tx: Transaction, id: string) {
  const [org] = await tx.select().from(organisations).where(eq(organisations.id, id)).limit(1);
  if (!org) throw new AppError('ORGANISATION_NOT_FOUND');
  return org;
}

/**
 * Refers the case to another organisation for a service. Sharing needs consent; without it a supervisor or
 * case manager overrides with a reason; reporting violence to the police needs no consent by law.
 */
export function referCase(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  caseId: string,
  input: {
    toOrganisationId: string;
    service: Referral['service'];
    note?: string | null | undefined;
    overrideReason?: string | null | undefined;
  },
) {
  return changeCase(ctx, actor, audit, caseId, TEAM, async ({ caseRow, relations, tx, now }) => {
    if (caseRow.status === 'closed') throw refused('case_closed');
    const target = await organisationOf(tx, input.toOrganisationId);
    if (target.id === caseRow.ownerOrganisationId) throw refused('same_organisation', 'transferRefusal');
    const requirement = consentRequirement(
      caseRow.concerns as Concern[],
      target.type as OrganisationType,
      caseRow.consent as ConsentRecord | null,
    );
    const basis = sharingBasis(
      requirement,
      input.overrideReason ? { byUserId: actor.userId, relations, reason: input.overrideReason } : null,
    );
    if (!basis.ok) {
      if (basis.refusal === 'override_required')
        throw new AppError('CONSENT_OVERRIDE_REQUIRED', { details: { requirement } });
      throw refused(basis.refusal, 'consentRefusal');
    }
    const referral = newReferral(
      {
        id: crypto.randomUUID(),
        caseId,
        fromOrganisationId: caseRow.ownerOrganisationId,
        toOrganisationId: target.id,
        toOrganisationType: target.type as OrganisationType,
        service: input.service,
        sharingBasis: basis.basis,
        riskLevel: caseRow.riskLevel as RiskLevel,
        createdAt: now.toISOString(),
      },
      DEFAULT_REFERRAL_DEADLINES,
    );
    await tx.insert(referrals).values({
      id: referral.id,
      caseId,
      fromOrganisationId: referral.fromOrganisationId,
      toOrganisationId: referral.toOrganisationId,
      state: { ...referral, note: input.note ?? null },
      status: referral.status,
      answerDueAt: new Date(referral.answerDueAt),
      resultDueAt: new Date(referral.resultDueAt),
      overrideReason: basis.basis === 'override' ? (input.overrideReason ?? null) : null,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    return {
      result: referral,
      audit: {
        action: 'case.referred',
        details: {
          referralId: referral.id,
          toOrganisationId: target.id,
          service: input.service,
          basis: basis.basis,
          overrideReason: input.overrideReason ?? null,
        },
      },
    };
  });
}

/** The receiving organisation answers, reports the result, or the referring one cancels. */
export async function changeReferral(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  referralId: string,
  command: ReferralCommand,
) {
  const [row] = await ctx.db.select().from(referrals).where(eq(referrals.id, referralId)).limit(1);
  if (
    !row ||
    (row.toOrganisationId !== actor.organisationId && row.fromOrganisationId !== actor.organisationId)
  ) {
    throw new AppError('REFERRAL_NOT_FOUND');
  }
  const action =
    command.type === 'complete'
      ? 'case.referral_completed'
      : command.type === 'cancel'
        ? 'case.referral_cancelled'
        : 'case.referral_answered';
  return changeCase(ctx, actor, audit, row.caseId, [...TEAM, ...PARTNERS], async ({ tx, now }) => {
    const result = referralTransition(
      row.state as Referral,
      command,
      actor.organisationId,
      now.toISOString(),
    );
    if (!result.ok) throw refused(result.refusal, 'referralRefusal');
    await tx
      .update(referrals)
      .set({
        state: { ...(row.state as object), ...result.referral },
        status: result.referral.status,
        updatedAt: now,
      })
      .where(eq(referrals.id, referralId));
    return { result: result.referral, audit: { action, details: { referralId, command } } };
  });
}

/** Asks another organisation to take the case over; ownership moves when it accepts. */
export function requestCaseTransfer(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  caseId: string,
  input: { toOrganisationId: string; toUserId?: string | null | undefined; reason: string },
) {
  return changeCase(
    ctx,
    actor,
    audit,
    caseId,
    ['owner', 'owner_organisation', 'case_manager_in_scope', 'supervisor_in_scope'],
    async ({ caseRow, tx, now }) => {
      await organisationOf(tx, input.toOrganisationId);
      const existing = (await tx.select().from(transfers).where(eq(transfers.caseId, caseId))).map(
        (t) => t.state as Transfer,
      );
      const result = requestTransfer(
        {
          id: crypto.randomUUID(),
          caseId,
          fromOrganisationId: caseRow.ownerOrganisationId,
          toOrganisationId: input.toOrganisationId,
          toUserId: input.toUserId ?? null,
          reason: input.reason,
          requestedAt: now.toISOString(),
        },
        { organisationId: caseRow.ownerOrganisationId, userId: caseRow.ownerUserId },
        existing,
      );
      if (!result.ok) throw refused(result.refusal, 'transferRefusal');
      const transfer = result.transfer;
      await tx.insert(transfers).values({
        id: transfer.id,
        caseId,
        fromOrganisationId: transfer.fromOrganisationId,
        toOrganisationId: transfer.toOrganisationId,
        state: transfer,
        status: transfer.status,
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      });
      return {
        result: transfer,
        audit: {
          action: 'case.transfer_requested',
          details: { transferId: transfer.id, toOrganisationId: input.toOrganisationId },
        },
      };
    },
  );
}

/** The receiving organisation accepts (and owns the case from now) or declines; the sender may cancel. */
export async function changeTransfer(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  transferId: string,
  command: TransferCommand,
) {
  const [row] = await ctx.db.select().from(transfers).where(eq(transfers.id, transferId)).limit(1);
  if (
    !row ||
    (row.toOrganisationId !== actor.organisationId && row.fromOrganisationId !== actor.organisationId)
  ) {
    throw new AppError('TRANSFER_NOT_FOUND');
  }
  return changeCase(ctx, actor, audit, row.caseId, [...TEAM, ...PARTNERS], async ({ caseRow, tx, now }) => {
    const ownerUserId = command.type === 'accept' ? (command.ownerUserId ?? actor.userId) : null;
    const result = transferTransition(
      row.state as Transfer,
      command.type === 'accept' ? { type: 'accept', ownerUserId } : command,
      actor.organisationId,
      now.toISOString(),
    );
    if (!result.ok) throw refused(result.refusal, 'transferRefusal');
    await tx
      .update(transfers)
      .set({ state: result.transfer, status: result.transfer.status, updatedAt: now })
      .where(eq(transfers.id, transferId));
    if (result.newOwner) {
      if (result.newOwner.userId)
        await requireColleague(tx, result.newOwner.userId, result.newOwner.organisationId);
      await tx
        .update(cases)
        .set({ ownerOrganisationId: result.newOwner.organisationId, ownerUserId: result.newOwner.userId })
        .where(eq(cases.id, caseRow.id));
    }
    return {
      result: result.transfer,
      audit: {
        action: command.type === 'cancel' ? 'case.transfer_cancelled' : 'case.transfer_answered',
        details: { transferId, command: command.type },
        ...(result.newOwner
          ? {
              changes: {
                ownerOrganisationId: {
                  from: caseRow.ownerOrganisationId,
                  to: result.newOwner.organisationId,
                },
              },
            }
          : {}),
      },
    };
  });
}

/**
 * Emergency access to a case outside one's relation and scope: a reason, a few hours, and a notice to the
 * supervisor. The grant is in the audit log as a break-glass event, and every look under it as a read.
 */
export async function breakGlass(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  caseId: string,
  input: { reason: string; hours?: number | undefined },
) {
  const now = ctx.clock.now();
  const [caseRow] = await ctx.db
    .select({ id: cases.id, regionCode: cases.regionCode })
    .from(cases)
    .where(eq(cases.id, caseId))
    .limit(1);
  if (!caseRow) throw new AppError('CASE_NOT_FOUND');
  const result = requestBreakGlass({
    actor: {
      userId: actor.userId,
      organisationId: actor.organisationId,
      districtCode: actor.districtCode,
      regionCode: actor.regionCode,
      roles: actor.roles,
    },
    caseId,
    reason: input.reason,
    asOf: now.toISOString(),
    ...(input.hours ? { durationHours: input.hours } : {}),
  });
  if (!result.ok) throw refused(result.refusal, 'breakGlassRefusal');
  await ctx.db.transaction(async (tx) => {
    await tx.insert(breakGlassGrants).values({
      id: crypto.randomUUID(),
      caseId,
      userId: actor.userId,
      reason: result.grant.reason,
      startsAt: new Date(result.grant.startsAt),
      expiresAt: new Date(result.grant.expiresAt),
    });
    await writeAudit(
      tx,
      audit,
      {
        action: 'case.break_glass',
        objectType: 'case',
        objectId: caseId,
        objectRegionCode: caseRow.regionCode,
        details: { reason: result.grant.reason, expiresAt: result.grant.expiresAt, notice: result.notice },
      },
      now,
    );
  });
  return result.grant;
}

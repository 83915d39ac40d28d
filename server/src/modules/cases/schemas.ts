import { CASE_RELATIONS, RISK_LEVELS, TRIAGE_STATUSES } from '@qorgau/domain/cases/index';
import { z } from 'zod';
import { namesSchema } from '../../platform/http/schemas.ts';

// API shapes of case management. Free-form parts (the child's record, the incident, forms, the workflow state)
// are validated on the way in by the domain's zod schemas; on the way out they are described, not re-checked.
const opaque = (description: string) => z.unknown().meta({ description });

export const recordWarningSchema = z
  .object({ path: z.array(z.union([z.string(), z.number()])), code: z.string(), i18n: z.string() })
  .meta({ id: 'PersonRecordWarning' });

export const duplicateCandidateSchema = z
  .object({
    personId: z.uuid(),
    surname: z.string(),
    givenName: z.string(),
    patronymic: z.string().nullable(),
    birthDate: z.string().nullable(),
    estimatedAgeYears: z.number().int().nullable(),
    sex: z.string().nullable(),
    iinEnding: z.string().nullable(),
    sameIin: z.boolean(),
    score: z.number(),
    reasons: z.array(z.string()),
    knownToYou: z.boolean(),
  })
  .meta({ id: 'DuplicateCandidate' });

export const registrationResultSchema = z
  .object({ caseId: z.uuid(), number: z.string(), childId: z.uuid(), warnings: z.array(recordWarningSchema) })
  .meta({ id: 'CaseRegistrationResult' });

const triageSchema = z.object({
  status: z.enum(TRIAGE_STATUSES),
  deadline: z.string(),
  overdueMs: z.number(),
  remainingMs: z.number(),
});

export const caseListItemSchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    child: z.object({
      surname: z.string(),
      givenName: z.string(),
      patronymic: z.string().nullable(),
      birthDate: z.string().nullable(),
      estimatedAgeYears: z.number().int().nullable(),
    }),
    concerns: z.array(z.string()),
    riskLevel: z.enum(RISK_LEVELS),
    stage: z.string(),
    status: z.string(),
    triage: triageSchema,
    owner: z.object({ organisationId: z.uuid(), organisation: namesSchema, user: z.string().nullable() }),
    regionCode: z.string().nullable(),
    districtCode: z.string().nullable(),
    openTasks: z.number().int(),
    overdueTasks: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'CaseListItem' });

const orgRef = z.object({ kk: z.string(), ru: z.string(), en: z.string(), type: z.string() }).nullable();

export const caseDetailSchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    relations: z.array(z.enum(CASE_RELATIONS)),
    /** 'participant': only involved by the protocol, a dispatch or the KDN — a part of the case, not all of it. */
    view: z.enum(['full', 'participant']),
    child: z.object({
      id: z.uuid(),
      record: opaque('The child’s record (domain/src/cases/person-record.ts)'),
      warnings: z.array(z.unknown()),
    }),
    source: z.string(),
    reporter: z.unknown(),
    reportedAt: z.string(),
    concerns: z.array(z.string()),
    incident: opaque('When, where, what happened, alleged perpetrators'),
    riskLevel: z.enum(RISK_LEVELS),
    riskReason: z.string(),
    triage: triageSchema.extend({ late: z.boolean() }),
    triagedAt: z.string(),
    firstContactAt: z.string().nullable(),
    stage: z.string(),
    status: z.string(),
    workflow: opaque('The workflow state (domain/src/cases/workflow.ts)'),
    allowedCommands: z.array(z.object({ type: z.string(), subject: z.string().nullable() })),
    consent: z.unknown(),
    owner: z.object({
      organisationId: z.uuid(),
      organisation: orgRef,
      userId: z.uuid().nullable(),
      user: z.string().nullable(),
    }),
    regionCode: z.string().nullable(),
    districtCode: z.string().nullable(),
    assignees: z.array(z.object({ userId: z.uuid(), name: z.string().nullable(), assignedAt: z.string() })),
    tasks: z.array(
      z.object({
        id: z.uuid(),
        title: z.string(),
        kind: z.string().nullable(),
        dueAt: z.string(),
        assigneeUserId: z.uuid().nullable(),
        assignee: z.string().nullable(),
        assigneeOrganisationId: z.uuid().nullable(),
        assigneeOrganisation: orgRef,
        doneAt: z.string().nullable(),
        result: z.string().nullable(),
        overdue: z.boolean(),
      }),
    ),
    notes: z.array(
      z.object({ id: z.uuid(), text: z.string(), author: z.string().nullable(), createdAt: z.string() }),
    ),
    flags: z.array(
      z.object({
        id: z.uuid(),
        reason: z.string(),
        note: z.string().nullable(),
        raisedBy: z.string().nullable(),
        raisedAt: z.string(),
      }),
    ),
    forms: z.object({
      assessment: z.unknown(),
      casePlan: z.unknown(),
    }),
    referrals: z.array(
      z.object({
        id: z.uuid(),
        from: orgRef,
        fromOrganisationId: z.uuid(),
        to: orgRef,
        toOrganisationId: z.uuid(),
        status: z.string(),
        state: opaque('The referral (domain/src/cases/referrals.ts)'),
        overrideReason: z.string().nullable(),
        createdAt: z.string(),
      }),
    ),
    transfers: z.array(
      z.object({
        id: z.uuid(),
        from: orgRef,
        to: orgRef,
        toOrganisationId: z.uuid(),
        status: z.string(),
        state: opaque('The transfer (domain/src/cases/transfers.ts)'),
        createdAt: z.string(),
      }),
    ),
    breakGlass: z.array(z.object({ reason: z.string(), expiresAt: z.string() })),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'CaseDetail' });

export const historyEventSchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    action: z.string(),
    actor: z.string().nullable(),
    changes: z.unknown(),
    details: z.unknown(),
  })
  .meta({ id: 'CaseHistoryEvent' });

export const opaqueResult = opaque('The changed object, as the domain keeps it');

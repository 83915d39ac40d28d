import {
  APPROVAL_SUBJECTS,
  CLOSURE_REASONS,
  CONCERNS,
  DECLINE_REASONS,
  FLAG_REASONS,
  FORM_NAMES,
  INTERVENTION_TYPES,
  REFERRAL_OUTCOMES,
  RISK_LEVELS,
} from '@qorgau/domain/cases/index';
import { ORGANISATION_TYPES } from '@qorgau/domain/identity/organisation';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/context.ts';
import { cursorQuery, errorResponses, localeSchema, noBody } from '../../platform/http/schemas.ts';
import {
  addNote,
  addTask,
  applyCaseCommand,
  assignWorker,
  breakGlass,
  changeReferral,
  changeTransfer,
  completeTask,
  raiseFlag,
  recordConsent,
  recordFirstContact,
  referCase,
  removeFlag,
  requestCaseTransfer,
  saveCaseForm,
  triageCase,
  unassignWorker,
  updateChild,
} from './case-actions.ts';
import { caseSummaryPdf, exportCaseList } from './exports.ts';
import { caseHistory, lookupCaseByIin } from './history.ts';
import { mergePersons, undoMerge } from './merges.ts';
import { findDuplicates } from './persons.ts';
import { listCases, readCase } from './read-cases.ts';
import { registerCase, registrationBodySchema } from './register-case.ts';
import {
  caseDetailSchema,
  caseListItemSchema,
  duplicateCandidateSchema,
  historyEventSchema,
  opaqueResult,
  registrationResultSchema,
} from './schemas.ts';
import { supervisionOverview } from './supervision.ts';

const caseParams = z.object({ caseId: z.uuid() });
const text = (max: number) => z.string().trim().min(1).max(max);
const flag = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();
const ok = z.object({ ok: z.literal(true) });
const anyObject = z.record(z.string(), z.unknown());

const workflowCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start_assessment') }),
  z.object({ type: z.literal('submit'), subject: z.enum(['assessment', 'case_plan']) }),
  z.object({
    type: z.literal('approve'),
    subject: z.enum(APPROVAL_SUBJECTS),
    comment: text(2000).optional(),
  }),
  z.object({ type: z.literal('reject'), subject: z.enum(APPROVAL_SUBJECTS), comment: text(2000) }),
  z.object({ type: z.literal('start_review') }),
  z.object({ type: z.literal('continue_implementation') }),
  z.object({ type: z.literal('revise_plan') }),
  z.object({
    type: z.literal('request_closure'),
    reason: z.enum(CLOSURE_REASONS),
    comment: text(2000).optional(),
  }),
  z.object({ type: z.literal('withdraw_closure') }),
  z.object({ type: z.literal('reopen'), reason: text(2000) }),
]);

/** Case management: registration, the shared record, and the work of every agency on it. */
export function registerCaseRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cases'];

  r.post(
    '/api/v1/persons/duplicates',
    {
      config: { access: 'create:case' },
      schema: {
        tags,
        summary:
          'Children already registered who may be the one about to be registered (same IIN, or a similar name in any alphabet with a close birth date)',
        body: z.object({
          surname: text(100),
          givenName: text(100),
          patronymic: text(100).nullish(),
          iin: z.string().trim().max(20).nullish(),
          birthDate: z.iso.date().nullish(),
          estimatedAge: z.object({ years: z.number().int().min(0).max(25), asOf: z.iso.date() }).nullish(),
          sex: z.enum(['male', 'female']).nullish(),
        }),
        response: { 200: z.object({ items: z.array(duplicateCandidateSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const b = request.body;
      const items = await findDuplicates(ctx, requireActor(request), request.audit, {
        surname: b.surname,
        name: b.givenName,
        ...(b.patronymic ? { patronymic: b.patronymic } : {}),
        ...(b.iin ? { iin: b.iin } : {}),
        ...(b.birthDate ? { birthDate: b.birthDate } : {}),
        ...(b.estimatedAge
          ? { estimatedAge: { estimatedAgeYears: b.estimatedAge.years, asOf: b.estimatedAge.asOf } }
          : {}),
        ...(b.sex ? { sex: b.sex } : {}),
      });
      return { items };
    },
  );

  r.post(
    '/api/v1/cases',
    {
      config: { access: 'create:case' },
      schema: {
        tags,
        summary:
          'Open a case: the child (new, or an existing record chosen after the duplicate check), concerns, incident and triage — all or nothing',
        body: registrationBodySchema,
        response: { 201: registrationResultSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await registerCase(ctx, requireActor(request), request.audit, request.body)),
  );

  const listFilters = {
    status: z.enum(['open', 'closure_pending', 'closed']).optional(),
    risk: z.enum(RISK_LEVELS).optional(),
    concern: z.enum(CONCERNS as [string, ...string[]]).optional(),
    overdue: flag,
    organisationId: z.uuid().optional(),
    regionCode: z
      .string()
      .regex(/^\d{9}$/)
      .optional(),
    mine: flag,
    myTasks: flag,
    search: z.string().trim().min(2).max(100).optional(),
  };
  for (const format of ['xlsx', 'csv'] as const) {
    r.get(
      `/api/v1/cases/export.${format}`,
      {
        config: { access: 'export:case' },
        schema: {
          tags,
          summary: `The case list as ${format.toUpperCase()}: the list's filters and access, only the fields the role may see, formula-safe cells; audited`,
          querystring: z.object({ ...listFilters, lang: localeSchema.optional() }),
        },
      },
      async (request, reply) => {
        const { lang, ...filter } = request.query;
        const file = await exportCaseList(
          ctx,
          requireActor(request),
          request.audit,
          filter,
          format,
          lang ?? request.locale,
        );
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', `attachment; filename="${file.filename}"`)
          .send(file.body);
      },
    );
  }

  r.get(
    '/api/v1/cases/:caseId/summary.pdf',
    {
      config: { access: 'export:case' },
      schema: {
        tags,
        summary: 'A case summary as PDF in Kazakh, Russian or English, for the case’s team; audited',
        params: caseParams,
        querystring: z.object({ lang: localeSchema.optional() }),
      },
    },
    async (request, reply) => {
      const file = await caseSummaryPdf(
        ctx,
        requireActor(request),
        request.audit,
        request.params.caseId,
        request.query.lang ?? request.locale,
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.body);
    },
  );

  r.get(
    '/api/v1/cases',
    {
      config: { access: 'read:case' },
      schema: {
        tags,
        summary:
          'Cases the reader may open, filtered and searched (name in any alphabet, IIN or case number), a page at a time',
        querystring: z.object({
          ...listFilters,
          sort: z.enum(['updated', 'deadline', 'risk']).default('updated'),
          ...cursorQuery,
        }),
        response: {
          200: z.object({ items: z.array(caseListItemSchema), nextCursor: z.string().nullable() }),
          ...errorResponses,
        },
      },
    },
    async (request) => listCases(ctx, requireActor(request), request.audit, request.query),
  );

  r.get(
    '/api/v1/cases/supervision',
    {
      config: { access: 'approve:case' },
      schema: {
        tags,
        summary: 'Caseload per worker, overdue tasks, response-time breaches and cases waiting for approval',
        response: { 200: opaqueResult, ...errorResponses },
      },
    },
    async (request) => supervisionOverview(ctx, requireActor(request)),
  );

  r.get(
    '/api/v1/cases/lookup',
    {
      config: { access: 'read:case' },
      schema: {
        tags,
        summary:
          'Which cases exist for an IIN, without their contents: the first step of emergency (break-glass) access; audited',
        querystring: z.object({ iin: z.string().regex(/^\d{12}$/) }),
        response: { 200: z.object({ items: z.array(anyObject) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: await lookupCaseByIin(ctx, requireActor(request), request.audit, request.query.iin),
    }),
  );

  r.get(
    '/api/v1/cases/:caseId',
    {
      config: { access: 'read:case' },
      schema: {
        tags,
        summary: 'One case in full, for its team and those overseeing it; every look is audited',
        params: caseParams,
        response: { 200: caseDetailSchema, ...errorResponses },
      },
    },
    async (request) => readCase(ctx, requireActor(request), request.audit, request.params.caseId),
  );

  r.get(
    '/api/v1/cases/:caseId/history',
    {
      config: { access: 'read:case' },
      schema: {
        tags,
        summary: 'Who changed what on the case and when, and who opened it when (its access log)',
        params: caseParams,
        response: {
          200: z.object({ changes: z.array(historyEventSchema), access: z.array(historyEventSchema) }),
          ...errorResponses,
        },
      },
    },
    async (request) => caseHistory(ctx, requireActor(request), request.params.caseId),
  );

  r.put(
    '/api/v1/cases/:caseId/child',
    {
      config: { access: 'update:case' },
      schema: {
        tags,
        summary: 'Replace the child’s record',
        params: caseParams,
        body: z.object({ record: anyObject }),
        response: { 200: opaqueResult, ...errorResponses },
      },
    },
    async (request) =>
      updateChild(ctx, requireActor(request), request.audit, request.params.caseId, request.body.record),
  );

  r.post(
    '/api/v1/cases/:caseId/triage',
    {
      config: { access: 'update:case' },
      schema: {
        tags,
        summary: 'Re-triage: a new risk level with its reason restarts the response clock',
        params: caseParams,
        body: z.object({ riskLevel: z.enum(RISK_LEVELS), reason: text(2000) }),
        response: { 200: ok, ...errorResponses },
      },
    },
    async (request) => {
      await triageCase(ctx, requireActor(request), request.audit, request.params.caseId, request.body);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/v1/cases/:caseId/first-contact',
    {
      config: { access: 'update:case' },
      schema: {
        tags,
        summary: 'Record the first contact with the child (stops the response clock)',
        params: caseParams,
        body: z.object({ at: z.iso.datetime({ offset: true }).nullish() }).nullish(),
        response: { 200: ok, ...errorResponses },
      },
    },
    async (request) => {
      await recordFirstContact(
        ctx,
        requireActor(request),
        request.audit,
        request.params.caseId,
        request.body ?? {},
      );
      return { ok: true as const };
    },
  );

  r.post(
    '/api/v1/cases/:caseId/workflow',
    {
      config: { access: 'update:case' },
      schema: {
        tags,
        summary: 'Move the case through its workflow: submit, approve, reject, request closure, reopen …',
        params: caseParams,
        body: workflowCommandSchema,
        response: { 200: opaqueResult, ...errorResponses },
      },
    },
    async (request) =>
      applyCaseCommand(ctx, requireActor(request), request.audit, request.params.caseId, request.body),
  );

  r.put(
    '/api/v1/cases/:caseId/forms/:form',
    {
      config: { access: 'update:case' },
      schema: {
        tags,
        summary: 'Save a new revision of the assessment or the case plan (versioned forms)',
        params: caseParams.extend({ form: z.enum(FORM_NAMES as [string, ...string[]]) }),
        body: z.object({ data: anyObject }),
        response: { 200: z.object({ revision: z.number().int() }), ...errorResponses },
      },
    },
    async (request) =>
      saveCaseForm(
        ctx,
        requireActor(request),
        request.audit,
        request.params.caseId,
        request.params.form as (typeof FORM_NAMES)[number],
        request.body.data,
      ),
  );

  r.post(
    '/api/v1/cases/:caseId/assignees',
    {
      config: { access: 'update:case' },
      schema: {
        tags,
        summary: 'Assign a worker of the owning organisation',
        params: caseParams,
        body: z.object({ userId: z.uuid() }),
        response: { 200: ok, ...errorResponses },
      },
    },
    async (request) => {
      await assignWorker(
        ctx,
        requireActor(request),
        request.audit,
        request.params.caseId,
        request.body.userId,
      );
      return { ok: true as const };
    },
  );

  r.delete(
    '/api/v1/cases/:caseId/assignees/:userId',
    {
      config: { access: 'update:case' },
      schema: {
        tags,
        summary: 'Remove a worker from the case',
        params: caseParams.extend({ userId: z.uuid() }),
        response: { 200: ok, ...errorResponses },
      },
    },
    async (request) => {
      await unassignWorker(
        ctx,
        requireActor(request),
        request.audit,
        request.params.caseId,
        request.params.userId,
      );
      return { ok: true as const };
    },
  );

  r.post(
    '/api/v1/cases/:caseId/tasks',
    {
      config: { access: 'update:case' },
      schema: {
        tags,
        summary: 'Add a task with a due date',
        params: caseParams,
        body: z.object({
          title: text(500),
          dueAt: z.iso.datetime({ offset: true }),
          assigneeUserId: z.uuid().nullish(),
        }),
        response: { 201: z.object({ id: z.uuid() }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addTask(ctx, requireActor(request), request.audit, request.params.caseId, request.body)),
  );

  r.post(
    '/api/v1/cases/:caseId/tasks/:taskId/complete',
    {
      config: { access: 'update:case' },
      schema: {
        tags,
        summary: 'Mark a task done, saying what was done',
        params: caseParams.extend({ taskId: z.uuid() }),
        body: z.object({ result: text(4000) }),
        response: { 200: ok, ...errorResponses },
      },
    },
    async (request) => {
      await completeTask(
        ctx,
        requireActor(request),
        request.audit,
        request.params.caseId,
        request.params.taskId,
        request.body,
      );
      return { ok: true as const };
    },
  );

  r.post(
    '/api/v1/cases/:caseId/notes',
    {
      config: { access: 'update:case' },
      schema: {
        tags,
        summary: 'Add a note',
        params: caseParams,
        body: z.object({ text: text(10_000) }),
        response: { 201: z.object({ id: z.uuid() }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addNote(ctx, requireActor(request), request.audit, request.params.caseId, request.body.text),
        ),
  );

  r.post(
    '/api/v1/cases/:caseId/flags',
    {
      config: { access: 'update:case' },
      schema: {
        tags,
        summary: 'Raise a flag everyone opening the case sees',
        params: caseParams,
        body: z.object({ reason: z.enum(FLAG_REASONS), note: text(2000).nullish() }),
        response: { 201: z.object({ id: z.uuid() }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await raiseFlag(ctx, requireActor(request), request.audit, request.params.caseId, request.body),
        ),
  );

  r.delete(
    '/api/v1/cases/:caseId/flags/:flagId',
    {
      config: { access: 'update:case' },
      schema: {
        tags,
        summary: 'Remove a flag',
        params: caseParams.extend({ flagId: z.uuid() }),
        response: { 200: ok, ...errorResponses },
      },
    },
    async (request) => {
      await removeFlag(
        ctx,
        requireActor(request),
        request.audit,
        request.params.caseId,
        request.params.flagId,
      );
      return { ok: true as const };
    },
  );

  r.put(
    '/api/v1/cases/:caseId/consent',
    {
      config: { access: 'update:case' },
      schema: {
        tags,
        summary: 'Record the consent of the child or their representative to share the case',
        params: caseParams,
        body: z.object({
          status: z.enum(['given', 'refused', 'withdrawn']),
          givenBy: z.enum(['child', 'parent', 'legal_representative']),
          organisationTypes: z.union([z.literal('any'), z.array(z.enum(ORGANISATION_TYPES)).min(1)]),
        }),
        response: { 200: opaqueResult, ...errorResponses },
      },
    },
    async (request) =>
      recordConsent(ctx, requireActor(request), request.audit, request.params.caseId, request.body),
  );

  r.post(
    '/api/v1/cases/:caseId/referrals',
    {
      config: { access: 'update:case' },
      schema: {
        tags,
        summary:
          'Refer the case to another organisation for a service (consent, an override with a reason, or the law)',
        params: caseParams,
        body: z.object({
          toOrganisationId: z.uuid(),
          service: z.enum(INTERVENTION_TYPES),
          note: text(2000).nullish(),
          overrideReason: text(2000).nullish(),
        }),
        response: { 201: opaqueResult, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await referCase(ctx, requireActor(request), request.audit, request.params.caseId, request.body),
        ),
  );

  r.post(
    '/api/v1/referrals/:referralId',
    {
      config: { access: 'update:case' },
      schema: {
        tags,
        summary: 'Accept or decline a referral, record its result, or cancel it',
        params: z.object({ referralId: z.uuid() }),
        body: z.discriminatedUnion('type', [
          z.object({ type: z.literal('accept') }),
          z.object({
            type: z.literal('decline'),
            reason: z.enum(DECLINE_REASONS),
            comment: text(2000).optional(),
          }),
          z.object({ type: z.literal('complete'), outcome: z.enum(REFERRAL_OUTCOMES), summary: text(4000) }),
          z.object({ type: z.literal('cancel'), reason: text(2000) }),
        ]),
        response: { 200: opaqueResult, ...errorResponses },
      },
    },
    async (request) =>
      changeReferral(ctx, requireActor(request), request.audit, request.params.referralId, request.body),
  );

  r.post(
    '/api/v1/cases/:caseId/transfers',
    {
      config: { access: 'update:case' },
      schema: {
        tags,
        summary: 'Ask another organisation to take the case over (ownership moves on acceptance)',
        params: caseParams,
        body: z.object({ toOrganisationId: z.uuid(), toUserId: z.uuid().nullish(), reason: text(2000) }),
        response: { 201: opaqueResult, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await requestCaseTransfer(
            ctx,
            requireActor(request),
            request.audit,
            request.params.caseId,
            request.body,
          ),
        ),
  );

  r.post(
    '/api/v1/transfers/:transferId',
    {
      config: { access: 'update:case' },
      schema: {
        tags,
        summary: 'Accept or decline a transfer, or cancel it',
        params: z.object({ transferId: z.uuid() }),
        body: z.discriminatedUnion('type', [
          z.object({ type: z.literal('accept'), ownerUserId: z.uuid().nullish() }),
          z.object({ type: z.literal('decline'), reason: z.enum(DECLINE_REASONS) }),
          z.object({ type: z.literal('cancel') }),
        ]),
        response: { 200: opaqueResult, ...errorResponses },
      },
    },
    async (request) => {
      const body = request.body;
      return changeTransfer(
        ctx,
        requireActor(request),
        request.audit,
        request.params.transferId,
        body.type === 'accept' ? { type: 'accept', ownerUserId: body.ownerUserId ?? null } : body,
      );
    },
  );

  r.post(
    '/api/v1/cases/:caseId/break-glass',
    {
      config: { access: 'read:case' },
      schema: {
        tags,
        summary:
          'Emergency access to a case outside one’s relation: a reason, a few hours, and a notice to the supervisor',
        params: caseParams,
        body: z.object({ reason: text(2000), hours: z.number().int().min(1).max(12).optional() }),
        response: { 201: opaqueResult, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await breakGlass(ctx, requireActor(request), request.audit, request.params.caseId, request.body),
        ),
  );

  r.post(
    '/api/v1/persons/merges',
    {
      config: { access: 'merge:person' },
      schema: {
        tags,
        summary: 'Merge two records found to be one child (reversible)',
        body: z.object({ fromPersonId: z.uuid(), intoPersonId: z.uuid(), reason: text(2000) }),
        response: { 201: z.object({ mergeId: z.uuid(), movedCases: z.number().int() }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await mergePersons(ctx, requireActor(request), request.audit, request.body)),
  );

  r.post(
    '/api/v1/persons/merges/:mergeId/undo',
    {
      config: { access: 'merge:person' },
      schema: {
        tags,
        summary: 'Undo a merge',
        params: z.object({ mergeId: z.uuid() }),
        body: noBody,
        response: { 200: z.object({ restoredCases: z.number().int() }), ...errorResponses },
      },
    },
    async (request) => undoMerge(ctx, requireActor(request), request.audit, request.params.mergeId),
  );
}

import { CONCERNS, REFERRAL_OUTCOMES, REHABILITATION_SERVICES } from '@qorgau/domain/cases/index';
import { ORGANISATION_TYPES } from '@qorgau/domain/identity/organisation';
import {
  DISPATCH_STATUSES,
  KDN_DECISION_TYPES,
  PREVENTION_PARTICIPANTS,
  PROTOCOL_ACTIONS,
} from '@qorgau/domain/protocol/index';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/context.ts';
import { errorResponses, namesSchema } from '../../platform/http/schemas.ts';
import { addConcern } from '../cases/case-actions.ts';
import { caseActions, completeAction, compliance, organisationActions } from './actions.ts';
import {
  addDuty,
  caseDispatches,
  changeDispatch,
  createMobileGroup,
  dispatchReport,
  listMobileGroups,
  myDispatches,
} from './dispatch.ts';
import {
  decide,
  hearingsForCase,
  kdnStatistics,
  listCase,
  listHearings,
  readHearing,
  recordHearing,
  scheduleHearing,
} from './kdn.ts';
import { exportProtocol, listProtocolVersions, publishProtocol, readProtocolText } from './protocols.ts';
import {
  caseRehabilitation,
  listProviders,
  planService,
  recordDelivery,
  rehabilitationStatistics,
  saveProvider,
} from './rehabilitation.ts';
import {
  addActivity,
  completeActivity,
  createTertiaryPlan,
  listTertiaryPlans,
  readTertiaryPlan,
  updateActivity,
} from './tertiary.ts';

const caseParams = z.object({ caseId: z.uuid() });
const text = (max: number) => z.string().trim().min(1).max(max);
const ok = z.object({ ok: z.literal(true) });
const created = z.object({ id: z.uuid() });
const instant = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();
const regionCode = z.string().regex(/^\d{9}$/);

const windowQuery = z.object({ from: instant.optional(), to: instant.optional() });
/** Figures over the window a query asks for: from (inclusive) to (exclusive), by default the year up to now. */
async function windowed<T>(
  query: { from?: string | undefined; to?: string | undefined },
  now: Date,
  figures: (window: { from: Date; to: Date }) => Promise<T[]>,
) {
  const to = query.to ? new Date(query.to) : now;
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - 365 * 86_400_000);
  return { from: from.toISOString(), to: to.toISOString(), items: await figures({ from, to }) };
}

const actionSchema = z
  .object({
    id: z.uuid(),
    rule: z.string(),
    protocolVersion: z.number().int(),
    concern: z.string(),
    organisationType: z.enum(ORGANISATION_TYPES),
    organisationId: z.uuid().nullable(),
    organisation: namesSchema.nullable(),
    action: z.enum(PROTOCOL_ACTIONS),
    dueAt: z.string(),
    doneAt: z.string().nullable(),
    doneNote: z.string().nullable(),
    escalatedAt: z.string().nullable(),
    status: z.enum(['open', 'overdue', 'done', 'done_late']),
    caseId: z.uuid(),
  })
  .meta({ id: 'ProtocolAction' });

const dispatchSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    caseNumber: z.string().nullable(),
    groupId: z.uuid(),
    status: z.enum(DISPATCH_STATUSES),
    alertedAt: z.string(),
    acceptedAt: z.string().nullable(),
    acceptedBy: z.string().nullable(),
    arrivedAt: z.string().nullable(),
    completedAt: z.string().nullable(),
    escalationLevel: z.number().int(),
    notes: z.string().nullable(),
    toAcceptMinutes: z.number().nullable(),
    toArriveMinutes: z.number().nullable(),
  })
  .meta({ id: 'Dispatch' });

const hearingSchema = z.object({
  id: z.uuid(),
  kdnOrganisationId: z.uuid(),
  scheduledAt: z.string(),
  place: z.string().nullable(),
  status: z.enum(['scheduled', 'held', 'cancelled']),
  attendees: z.array(
    z.object({
      name: z.string(),
      position: z.string().nullish(),
      organisation: z.string().nullish(),
      present: z.boolean(),
    }),
  ),
});

const attendeeInput = z.object({
  name: text(200),
  position: z.string().trim().max(200).nullish(),
  organisation: z.string().trim().max(300).nullish(),
  present: z.boolean(),
});

const activitySchema = z.object({
  id: z.uuid(),
  participant: z.enum(PREVENTION_PARTICIPANTS),
  activity: z.string(),
  description: z.string().nullable(),
  responsible: z.string().nullable(),
  responsibleUserId: z.uuid().nullable(),
  byDate: z.string(),
  everyDays: z.number().int().nullable(),
  doneAt: z.string().nullable(),
  doneNote: z.string().nullable(),
  overdue: z.boolean(),
});

const tertiaryPlanSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    schoolOrganisationId: z.uuid(),
    school: namesSchema,
    startsOn: z.string(),
    createdAt: z.string(),
    activities: z.array(activitySchema),
  })
  .meta({ id: 'TertiaryPlan' });

const providerSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  organisation: namesSchema,
  regionCode: z.string(),
  services: z.array(z.enum(REHABILITATION_SERVICES)),
  contact: z.string().nullable(),
});

/** The interagency response: the protocol and its actions, mobile groups, KDN hearings, school plans, rehabilitation. */
export function registerProtocolRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  /* ── The protocol as configuration ── */
  const protocolTags = ['protocol'];
  r.get(
    '/api/v1/protocol/versions',
    {
      config: { access: 'read:protocol' },
      schema: {
        tags: protocolTags,
        summary:
          'Every published version of the interagency protocol, newest first (configurable examples, not law)',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                version: z.number().int(),
                protocolId: z.string(),
                validFrom: z.string(),
                publishedAt: z.string(),
                document: z.record(z.string(), z.unknown()),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async () => ({ items: (await listProtocolVersions(ctx.db)) as never }),
  );

  r.get(
    '/api/v1/protocol/versions/:version/export',
    {
      config: { access: 'read:protocol' },
      schema: {
        tags: protocolTags,
        summary: 'One version as a JSON or YAML document to edit and import again',
        params: z.object({ version: z.coerce.number().int().min(1) }),
        querystring: z.object({ format: z.enum(['json', 'yaml']).default('yaml') }),
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const body = await exportProtocol(ctx.db, request.params.version, format);
      return reply
        .header(
          'content-type',
          format === 'json' ? 'application/json; charset=utf-8' : 'application/yaml; charset=utf-8',
        )
        .header('content-disposition', `attachment; filename="protocol-v${request.params.version}.${format}"`)
        .send(body);
    },
  );

  r.post(
    '/api/v1/protocol/versions',
    {
      config: { access: 'manage:protocol' },
      schema: {
        tags: protocolTags,
        summary:
          'Publish a new version, from an edited document (object) or an uploaded JSON/YAML text; applies to concerns recorded from its validFrom on',
        body: z.union([
          z.object({ document: z.record(z.string(), z.unknown()) }),
          z.object({ text: z.string().min(1).max(1_000_000) }),
        ]),
        response: { 201: z.object({ version: z.number().int() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const document = 'document' in body ? body.document : readProtocolText(body.text);
      return reply
        .status(201)
        .send(await publishProtocol(ctx, requireActor(request), request.audit, document));
    },
  );

  /* ── Running it: a case's actions, an organisation's inbox, compliance ── */
  r.get(
    '/api/v1/cases/:caseId/actions',
    {
      config: { access: 'read:case' },
      schema: {
        tags: protocolTags,
        summary:
          'The protocol actions of a case: rule, organisation type and organisation, action, due and done instants (ISO 8601 UTC), status',
        params: caseParams,
        response: { 200: z.object({ items: z.array(actionSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await caseActions(ctx, requireActor(request), request.params.caseId) }),
  );

  r.post(
    '/api/v1/cases/:caseId/concerns',
    {
      config: { access: 'update:case' },
      schema: {
        tags: protocolTags,
        summary: 'Record a further concern on the case; the protocol in force now schedules its actions',
        params: caseParams,
        body: z.object({ concern: z.enum(CONCERNS as [string, ...string[]]) }),
        response: { 200: z.object({ scheduled: z.number().int() }), ...errorResponses },
      },
    },
    async (request) =>
      addConcern(
        ctx,
        requireActor(request),
        request.audit,
        request.params.caseId,
        request.body.concern as never,
      ),
  );

  r.get(
    '/api/v1/protocol/actions',
    {
      config: { access: 'read:protocol' },
      schema: {
        tags: protocolTags,
        summary: 'The protocol actions addressed to the reader’s organisation, soonest due first',
        querystring: z.object({ open: z.enum(['true', 'false']).default('true') }),
        response: {
          200: z.object({ items: z.array(actionSchema.extend({ caseNumber: z.string() })) }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({
      items: await organisationActions(ctx, requireActor(request), request.query.open === 'true'),
    }),
  );

  r.post(
    '/api/v1/protocol/actions/:actionId/done',
    {
      config: { access: 'read:protocol' },
      schema: {
        tags: protocolTags,
        summary: 'The organisation the action is addressed to records what it did; who and when are kept',
        params: z.object({ actionId: z.uuid() }),
        body: z.object({ note: text(2000) }),
        response: { 200: actionSchema, ...errorResponses },
      },
    },
    async (request) =>
      completeAction(ctx, requireActor(request), request.audit, request.params.actionId, request.body.note),
  );

  r.get(
    '/api/v1/protocol/compliance',
    {
      config: { access: 'read:compliance' },
      schema: {
        tags: protocolTags,
        summary:
          'Per region and organisation type: actions due in the window, done, on time, overdue, and the median hours from concern to action',
        querystring: windowQuery,
        response: {
          200: z.object({
            from: z.string(),
            to: z.string(),
            items: z.array(
              z.object({
                regionCode: z.string().nullable(),
                organisationType: z.string(),
                due: z.number().int(),
                done: z.number().int(),
                onTime: z.number().int(),
                overdue: z.number().int(),
                onTimeShare: z.number().nullable(),
                medianHoursToAction: z.number().nullable(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) =>
      windowed(request.query, ctx.clock.now(), (window) => compliance(ctx, requireActor(request), window)),
  );

  /* ── Mobile response groups ── */
  const mobileTags = ['mobile groups'];
  r.get(
    '/api/v1/dispatches/mine',
    {
      config: { access: 'respond:dispatch' },
      schema: {
        tags: mobileTags,
        summary: 'The alerts of the groups the reader belongs to, newest first: what a member’s phone shows',
        response: { 200: z.object({ items: z.array(dispatchSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await myDispatches(ctx, requireActor(request)) }),
  );

  r.post(
    '/api/v1/dispatches/:dispatchId/events',
    {
      config: { access: 'respond:dispatch' },
      schema: {
        tags: mobileTags,
        summary: 'A member accepts the alert, reports arrival, completes (with what was done) or cancels it',
        params: z.object({ dispatchId: z.uuid() }),
        body: z.discriminatedUnion('type', [
          z.object({ type: z.literal('accept') }),
          z.object({ type: z.literal('arrive'), note: z.string().trim().max(2000).optional() }),
          z.object({ type: z.literal('complete'), note: text(2000) }),
          z.object({ type: z.literal('cancel'), reason: text(2000) }),
        ]),
        response: { 200: dispatchSchema, ...errorResponses },
      },
    },
    async (request) => {
      const b = request.body;
      const event =
        b.type === 'cancel'
          ? { type: 'cancel' as const, reason: b.reason }
          : b.type === 'accept'
            ? { type: 'accept' as const, userId: '' }
            : { type: b.type };
      const note = 'note' in b ? b.note : undefined;
      return changeDispatch(
        ctx,
        requireActor(request),
        request.audit,
        request.params.dispatchId,
        event,
        note,
      );
    },
  );

  r.get(
    '/api/v1/cases/:caseId/dispatches',
    {
      config: { access: 'read:case' },
      schema: {
        tags: mobileTags,
        summary: 'The mobile group dispatches of a case with their response times',
        params: caseParams,
        response: { 200: z.object({ items: z.array(dispatchSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await caseDispatches(ctx, requireActor(request), request.params.caseId) }),
  );

  r.get(
    '/api/v1/dispatches/report',
    {
      config: { access: 'read:compliance' },
      schema: {
        tags: mobileTags,
        summary:
          'Response times per region: alerts, accepted, median minutes to accept and to arrive, escalated',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                regionCode: z.string().nullable(),
                dispatches: z.number().int(),
                accepted: z.number().int(),
                medianAcceptMinutes: z.number().nullable(),
                medianArriveMinutes: z.number().nullable(),
                p90ArriveMinutes: z.number().nullable(),
                escalated: z.number().int(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({ items: await dispatchReport(ctx, requireActor(request)) }),
  );

  r.get(
    '/api/v1/mobile-groups',
    {
      config: { access: 'manage:mobile-group' },
      schema: {
        tags: mobileTags,
        summary: 'The groups of the districts in the reader’s scope, with members and the duty roster ahead',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.uuid(),
                name: z.string(),
                districtCode: z.string(),
                regionCode: z.string(),
                createdAt: z.string(),
                members: z.array(z.object({ userId: z.uuid(), name: z.string() })),
                duty: z.array(z.object({ id: z.uuid(), startsAt: z.string(), endsAt: z.string() })),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({ items: await listMobileGroups(ctx, requireActor(request)) }),
  );

  r.post(
    '/api/v1/mobile-groups',
    {
      config: { access: 'manage:mobile-group' },
      schema: {
        tags: mobileTags,
        summary: 'Create a district’s mobile response group with its members (from several agencies)',
        body: z.object({
          name: text(200),
          districtCode: z.string().regex(/^\d{9}$/),
          memberIds: z.array(z.uuid()).max(50),
        }),
        response: { 201: created, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createMobileGroup(ctx, requireActor(request), request.audit, request.body)),
  );

  r.post(
    '/api/v1/mobile-groups/:groupId/duty',
    {
      config: { access: 'manage:mobile-group' },
      schema: {
        tags: mobileTags,
        summary: 'Put the group on duty for a period (the roster)',
        params: z.object({ groupId: z.uuid() }),
        body: z.object({ startsAt: instant, endsAt: instant }),
        response: { 201: created, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addDuty(ctx, requireActor(request), request.audit, request.params.groupId, request.body)),
  );

  /* ── KDN hearings ── */
  const kdnTags = ['kdn'];
  const hearingParams = z.object({ hearingId: z.uuid() });
  r.get(
    '/api/v1/kdn/hearings',
    {
      config: { access: 'manage:kdn' },
      schema: {
        tags: kdnTags,
        summary: 'The commission’s hearings, newest first, with the number of cases listed and decided',
        response: {
          200: z.object({
            items: z.array(hearingSchema.extend({ cases: z.number().int(), decided: z.number().int() })),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({ items: await listHearings(ctx, requireActor(request)) }),
  );

  r.post(
    '/api/v1/kdn/hearings',
    {
      config: { access: 'manage:kdn' },
      schema: {
        tags: kdnTags,
        summary: 'Schedule a hearing of the commission',
        body: z.object({ scheduledAt: instant, place: z.string().trim().max(300).nullish() }),
        response: { 201: created, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await scheduleHearing(ctx, requireActor(request), request.audit, request.body)),
  );

  r.get(
    '/api/v1/kdn/hearings/:hearingId',
    {
      config: { access: 'manage:kdn' },
      schema: {
        tags: kdnTags,
        summary: 'A hearing with its agenda, decisions and the tasks they created; audited',
        params: hearingParams,
        response: {
          200: hearingSchema.extend({
            agenda: z.array(
              z.object({
                id: z.uuid(),
                caseId: z.uuid(),
                caseNumber: z.string(),
                child: z.string(),
                concerns: z.array(z.string()),
                riskLevel: z.string(),
                decisionType: z.enum(KDN_DECISION_TYPES).nullable(),
                decisionText: z.string().nullable(),
                decidedAt: z.string().nullable(),
                tasks: z.array(
                  z.object({
                    id: z.uuid(),
                    kind: z.string().nullable(),
                    organisationId: z.uuid().nullable(),
                    organisation: namesSchema.nullable(),
                    dueAt: z.string(),
                    doneAt: z.string().nullable(),
                  }),
                ),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => readHearing(ctx, requireActor(request), request.audit, request.params.hearingId),
  );

  r.post(
    '/api/v1/kdn/hearings/:hearingId/record',
    {
      config: { access: 'manage:kdn' },
      schema: {
        tags: kdnTags,
        summary: 'Record the attendees and that the hearing was held, or cancel it',
        params: hearingParams,
        body: z.object({ status: z.enum(['held', 'cancelled']), attendees: z.array(attendeeInput).max(60) }),
        response: { 200: hearingSchema, ...errorResponses },
      },
    },
    async (request) =>
      recordHearing(ctx, requireActor(request), request.audit, request.params.hearingId, request.body),
  );

  r.post(
    '/api/v1/kdn/hearings/:hearingId/agenda',
    {
      config: { access: 'read:case' },
      schema: {
        tags: kdnTags,
        summary: 'Put a case on the agenda: its team submits it to the commission serving its territory',
        params: hearingParams,
        body: z.object({ caseId: z.uuid() }),
        response: { 201: created, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await listCase(
            ctx,
            requireActor(request),
            request.audit,
            request.params.hearingId,
            request.body.caseId,
          ),
        ),
  );

  r.post(
    '/api/v1/kdn/hearings/:hearingId/agenda/:itemId/decision',
    {
      config: { access: 'manage:kdn' },
      schema: {
        tags: kdnTags,
        summary:
          'The commission’s decision on a listed case: its execution becomes tasks with deadlines for the organisations named',
        params: hearingParams.extend({ itemId: z.uuid() }),
        body: z.object({ decisionType: z.enum(KDN_DECISION_TYPES), text: text(5000) }),
        response: {
          200: z.object({
            tasks: z.array(
              z.object({
                kind: z.string(),
                organisationId: z.uuid(),
                dueAt: z.string(),
                resolved: z.boolean(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) =>
      decide(
        ctx,
        requireActor(request),
        request.audit,
        request.params.hearingId,
        request.params.itemId,
        request.body,
      ),
  );

  r.get(
    '/api/v1/cases/:caseId/kdn',
    {
      config: { access: 'read:case' },
      schema: {
        tags: kdnTags,
        summary:
          'The case at the KDN: hearings it was listed for with decisions, and the coming hearings it can go to',
        params: caseParams,
        response: {
          200: z.object({
            commissionId: z.uuid().nullable(),
            upcoming: z.array(hearingSchema),
            listed: z.array(
              z.object({
                agendaItemId: z.uuid(),
                hearing: hearingSchema,
                decisionType: z.enum(KDN_DECISION_TYPES).nullable(),
                decisionText: z.string().nullable(),
                decidedAt: z.string().nullable(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => hearingsForCase(ctx, requireActor(request), request.params.caseId),
  );

  r.get(
    '/api/v1/kdn/statistics',
    {
      config: { access: 'read:kdn-statistics' },
      schema: {
        tags: kdnTags,
        summary:
          'KDN activity per region in a window: hearings held, cases heard, decisions by type, decisions executed on time',
        querystring: windowQuery,
        response: {
          200: z.object({
            from: z.string(),
            to: z.string(),
            items: z.array(
              z.object({
                regionCode: z.string().nullable(),
                hearings: z.number().int(),
                casesHeard: z.number().int(),
                decisionsByType: z.record(z.string(), z.number()),
                decisionsDue: z.number().int(),
                executedOnTime: z.number().int(),
                executedOnTimeShare: z.number().nullable(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) =>
      windowed(request.query, ctx.clock.now(), (window) => kdnStatistics(ctx, requireActor(request), window)),
  );

  /* ── Tertiary prevention in schools ── */
  const tertiaryTags = ['tertiary prevention'];
  r.get(
    '/api/v1/tertiary-plans',
    {
      config: { access: 'read:case' },
      schema: {
        tags: tertiaryTags,
        summary: 'The school plans of the cases the reader may open, with progress',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.uuid(),
                caseId: z.uuid(),
                caseNumber: z.string(),
                startsOn: z.string(),
                school: namesSchema,
                activities: z.number().int(),
                done: z.number().int(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({ items: await listTertiaryPlans(ctx, requireActor(request)) }),
  );

  r.get(
    '/api/v1/cases/:caseId/tertiary-plan',
    {
      config: { access: 'read:case' },
      schema: {
        tags: tertiaryTags,
        summary: 'The school’s tertiary-prevention plan of the case, or null',
        params: caseParams,
        response: { 200: z.object({ plan: tertiaryPlanSchema.nullable() }), ...errorResponses },
      },
    },
    async (request) => ({ plan: await readTertiaryPlan(ctx, requireActor(request), request.params.caseId) }),
  );

  r.post(
    '/api/v1/cases/:caseId/tertiary-plan',
    {
      config: { access: 'manage:tertiary-plan' },
      schema: {
        tags: tertiaryTags,
        summary:
          'Create the school’s plan from the templates of the case’s concerns: activities for the child, classmates, parents and staff',
        params: caseParams,
        response: { 201: created, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createTertiaryPlan(ctx, requireActor(request), request.audit, request.params.caseId)),
  );

  r.post(
    '/api/v1/tertiary-plans/:planId/activities',
    {
      config: { access: 'manage:tertiary-plan' },
      schema: {
        tags: tertiaryTags,
        summary: 'Add an activity to the plan',
        params: z.object({ planId: z.uuid() }),
        body: z.object({
          participant: z.enum(PREVENTION_PARTICIPANTS),
          activity: text(100),
          description: z.string().trim().max(2000).nullish(),
          responsible: z.string().trim().max(200).nullish(),
          byDate: isoDate,
        }),
        response: { 201: created, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addActivity(ctx, requireActor(request), request.audit, request.params.planId, request.body),
        ),
  );

  const activityParams = z.object({ activityId: z.uuid() });
  r.patch(
    '/api/v1/tertiary-activities/:activityId',
    {
      config: { access: 'manage:tertiary-plan' },
      schema: {
        tags: tertiaryTags,
        summary: 'Name who is responsible for an activity, by when, and what exactly',
        params: activityParams,
        body: z.object({
          responsible: z.string().trim().max(200).nullish(),
          responsibleUserId: z.uuid().nullish(),
          byDate: isoDate.optional(),
          description: z.string().trim().max(2000).nullish(),
        }),
        response: { 200: ok, ...errorResponses },
      },
    },
    async (request) => {
      await updateActivity(
        ctx,
        requireActor(request),
        request.audit,
        request.params.activityId,
        request.body,
      );
      return { ok: true as const };
    },
  );

  r.post(
    '/api/v1/tertiary-activities/:activityId/done',
    {
      config: { access: 'manage:tertiary-plan' },
      schema: {
        tags: tertiaryTags,
        summary: 'Record that an activity was carried out, with what came of it',
        params: activityParams,
        body: z.object({ note: text(2000) }),
        response: { 200: ok, ...errorResponses },
      },
    },
    async (request) => {
      await completeActivity(
        ctx,
        requireActor(request),
        request.audit,
        request.params.activityId,
        request.body.note,
      );
      return { ok: true as const };
    },
  );

  /* ── Rehabilitation ── */
  const rehabilitationTags = ['rehabilitation'];
  r.get(
    '/api/v1/rehabilitation/providers',
    {
      config: { access: 'read:case' },
      schema: {
        tags: rehabilitationTags,
        summary: 'The catalogue of rehabilitation providers, by region and service',
        querystring: z.object({
          regionCode: regionCode.optional(),
          service: z.enum(REHABILITATION_SERVICES).optional(),
        }),
        response: { 200: z.object({ items: z.array(providerSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listProviders(ctx, request.query) }),
  );

  r.put(
    '/api/v1/rehabilitation/providers',
    {
      config: { access: 'manage:rehabilitation' },
      schema: {
        tags: rehabilitationTags,
        summary: 'Add an organisation to the catalogue or change the services it provides',
        body: z.object({
          organisationId: z.uuid(),
          services: z.array(z.enum(REHABILITATION_SERVICES)).min(1),
          contact: z.string().trim().max(300).nullish(),
          active: z.boolean().optional(),
        }),
        response: { 200: created, ...errorResponses },
      },
    },
    async (request) => saveProvider(ctx, requireActor(request), request.audit, request.body),
  );

  r.get(
    '/api/v1/cases/:caseId/rehabilitation',
    {
      config: { access: 'read:case' },
      schema: {
        tags: rehabilitationTags,
        summary: 'The rehabilitation services planned and delivered for the child of the case',
        params: caseParams,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.uuid(),
                service: z.enum(REHABILITATION_SERVICES),
                childWas: z.enum(['victim', 'witness']),
                providerId: z.uuid(),
                providerOrganisationId: z.uuid(),
                provider: namesSchema,
                plannedFrom: z.string(),
                sessionsPlanned: z.number().int().nullable(),
                deliveredAt: z.string().nullable(),
                outcome: z.enum(REFERRAL_OUTCOMES).nullable(),
                outcomeNote: z.string().nullable(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({
      items: await caseRehabilitation(ctx, requireActor(request), request.params.caseId),
    }),
  );

  r.post(
    '/api/v1/cases/:caseId/rehabilitation',
    {
      config: { access: 'update:case' },
      schema: {
        tags: rehabilitationTags,
        summary:
          'Plan a rehabilitation service with a provider of the catalogue; the provider joins the case',
        params: caseParams,
        body: z.object({
          service: z.enum(REHABILITATION_SERVICES),
          childWas: z.enum(['victim', 'witness']),
          providerId: z.uuid(),
          plannedFrom: isoDate,
          sessionsPlanned: z.number().int().min(1).max(200).nullish(),
        }),
        response: { 201: created, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await planService(ctx, requireActor(request), request.audit, request.params.caseId, request.body),
        ),
  );

  r.post(
    '/api/v1/rehabilitation/services/:serviceId/delivery',
    {
      config: { access: 'update:case' },
      schema: {
        tags: rehabilitationTags,
        summary: 'The provider records the service delivered, with its outcome',
        params: z.object({ serviceId: z.uuid() }),
        body: z.object({ outcome: z.enum(REFERRAL_OUTCOMES), note: z.string().trim().max(2000).nullish() }),
        response: { 200: ok, ...errorResponses },
      },
    },
    async (request) => {
      await recordDelivery(ctx, requireActor(request), request.audit, request.params.serviceId, request.body);
      return { ok: true as const };
    },
  );

  r.get(
    '/api/v1/rehabilitation/statistics',
    {
      config: { access: 'read:compliance' },
      schema: {
        tags: rehabilitationTags,
        summary: 'Rehabilitation services per region and kind: planned, delivered, provided in full',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                regionCode: z.string(),
                service: z.string(),
                planned: z.number().int(),
                delivered: z.number().int(),
                provided: z.number().int(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({ items: await rehabilitationStatistics(ctx, requireActor(request)) }),
  );
}

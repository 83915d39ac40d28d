import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { contentDisposition, sizeText } from '../../platform/files/file-store.ts';
import { cursorQuery, errorResponses, errorSchema } from '../../platform/http/schemas.ts';
import {
  completenessSchema,
  consolidationInputSchema,
  dashboardSchema,
  fileSchema,
  governmentReportSchema,
  measureFormInputSchema,
  measureRowSchema,
  measureViewSchema,
  obligationDetailSchema,
  obligationPageSchema,
  obligationSchema,
  openPeriodInputSchema,
  openPeriodResultSchema,
  periodSchema,
  REPORT_STATE_VALUES,
  reopenInputSchema,
  reportFormSchema,
  reportInputSchema,
  returnInputSchema,
  reviewInputSchema,
  summaryInputSchema,
  TIMELINESS_VALUES,
  timelineSchema,
  trendSchema,
} from './schemas.ts';
import {
  downloadEvidence,
  downloadGovernmentReport,
  listGovernmentReports,
  listObligations,
  listPeriodMeasures,
  listPeriods,
  openPeriod,
  readCompleteness,
  readDashboard,
  readMeasureView,
  readMyObligations,
  readObligation,
  readPeriod,
  readTimeline,
  readTrend,
  requestGovernmentReport,
  reviewReport,
  saveConsolidation,
  saveDraft,
  saveMeasureForm,
  saveSummary,
  submitReport,
  uploadEvidence,
} from './service.ts';
import { getPeriod } from './store.ts';

const periodParams = z.object({ periodId: z.uuid() });
const obligationParams = z.object({ obligationId: z.uuid() });
const measureParams = periodParams.extend({ number: z.coerce.number().int().min(1).max(100_000) });
const P = '/api/v1/reporting';

/**
 * The reporting cycle: periods, obligations and reports, review, completeness, consolidation, the
 * Government report and dashboards. Registered in a scope of its own, so the multipart parser and the
 * attachment size limit apply to the evidence upload alone.
 */
export async function registerReportingRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register(fastifyMultipart, {
    throwFileSizeLimit: true,
    limits: { fileSize: ctx.files.maxBytes, files: 1, fields: 5, parts: 6 },
  });
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['reporting'];

  r.get(
    `${P}/periods`,
    {
      config: { access: 'read:reporting' },
      schema: {
        tags,
        summary: 'Reporting periods, newest first (of one plan with planId)',
        querystring: z.object({ planId: z.uuid().optional() }),
        response: { 200: z.object({ items: z.array(periodSchema) }), ...errorResponses },
      },
    },
    async (request) => listPeriods(ctx, request.query.planId),
  );

  r.post(
    `${P}/periods`,
    {
      config: { access: 'manage:reporting-period' },
      schema: {
        tags,
        summary: 'Open a reporting period of a plan and create its obligations (dryRun: only show them)',
        description:
          "The plan's own rule (yearly; executors by the 10th, the coordinator by the 25th of the next month for Resolution No. 156) applies unless frequency or due days are given. One obligation per measure whose deadline meets the period, per responsible executor: a ministry once, ЖАО once per regional akimat that existed during the period; bodies by agreement are invited, not expected.",
        body: openPeriodInputSchema,
        response: { 200: openPeriodResultSchema, 201: openPeriodResultSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const result = await openPeriod(
        ctx,
        requireActor(request),
        request.audit,
        request.locale,
        request.body,
      );
      return reply.status(result.dryRun ? 200 : 201).send(result);
    },
  );

  r.get(
    `${P}/periods/:periodId`,
    {
      config: { access: 'read:reporting' },
      schema: {
        tags,
        summary: 'One reporting period',
        params: periodParams,
        response: { 200: periodSchema, ...errorResponses },
      },
    },
    async (request) => readPeriod(ctx, await getPeriod(ctx.db, request.params.periodId)),
  );

  r.get(
    `${P}/periods/:periodId/completeness`,
    {
      config: { access: 'read:reporting' },
      schema: {
        tags,
        summary:
          'Completeness and timeliness of a period within your scope: totals, by executor, region, section, measure',
        description: 'With `asOf` (an instant), the figures as they stood then.',
        params: periodParams,
        querystring: z.object({ asOf: z.iso.datetime({ offset: true }).optional() }),
        response: { 200: completenessSchema, ...errorResponses },
      },
    },
    async (request) =>
      readCompleteness(
        ctx,
        requireActor(request),
        request.locale,
        request.params.periodId,
        request.query.asOf,
      ),
  );

  r.get(
    `${P}/periods/:periodId/completeness/timeline`,
    {
      config: { access: 'read:reporting' },
      schema: {
        tags,
        summary: 'The totals of a period day by day around its due dates',
        params: periodParams,
        response: { 200: timelineSchema, ...errorResponses },
      },
    },
    async (request) => readTimeline(ctx, requireActor(request), request.params.periodId),
  );

  r.get(
    `${P}/trend`,
    {
      config: { access: 'read:reporting' },
      schema: {
        tags,
        summary: 'Completeness of every period (of a plan), for the figures over time',
        querystring: z.object({ planId: z.uuid().optional() }),
        response: { 200: trendSchema, ...errorResponses },
      },
    },
    async (request) => readTrend(ctx, requireActor(request), request.query.planId),
  );

  r.get(
    `${P}/periods/:periodId/obligations`,
    {
      config: { access: 'read:reporting' },
      schema: {
        tags,
        summary:
          'The obligations of a period within your scope, filtered: the drill-down behind every figure',
        description:
          '`state=submitted` is the review queue, oldest submission first; `national=true` keeps bodies without a region.',
        params: periodParams,
        querystring: z.object({
          organisationId: z.uuid().optional(),
          regionCode: z
            .string()
            .regex(/^\d{9}$/)
            .optional(),
          national: z
            .enum(['true', 'false'])
            .transform((v) => v === 'true')
            .optional(),
          section: z.coerce.number().int().min(1).max(1000).optional(),
          measure: z.coerce.number().int().min(1).max(100_000).optional(),
          state: z.enum(['none', ...REPORT_STATE_VALUES]).optional(),
          timeliness: z.enum(TIMELINESS_VALUES).optional(),
          ...cursorQuery,
        }),
        response: { 200: obligationPageSchema, ...errorResponses },
      },
    },
    async (request) => listObligations(ctx, requireActor(request), request.params.periodId, request.query),
  );

  r.get(
    `${P}/periods/:periodId/measures`,
    {
      config: { access: 'read:reporting' },
      schema: {
        tags,
        summary: 'The measures of a period with report counts and whether they are consolidated',
        params: periodParams,
        response: { 200: z.object({ items: z.array(measureRowSchema) }), ...errorResponses },
      },
    },
    async (request) => listPeriodMeasures(ctx, requireActor(request), request.params.periodId),
  );

  r.get(
    `${P}/periods/:periodId/measures/:number`,
    {
      config: { access: 'read:reporting' },
      schema: {
        tags,
        summary:
          'A measure in a period: the reports you may see, the lead’s summary, the consolidated text and its drafts',
        params: measureParams,
        response: { 200: measureViewSchema, ...errorResponses },
      },
    },
    async (request) =>
      readMeasureView(
        ctx,
        requireActor(request),
        request.locale,
        request.params.periodId,
        request.params.number,
      ),
  );

  r.put(
    `${P}/periods/:periodId/measures/:number/summary`,
    {
      config: { access: 'submit:report' },
      schema: {
        tags,
        summary: 'The lead executor’s summary of the measure’s reports',
        params: measureParams,
        body: summaryInputSchema,
        response: { 200: measureViewSchema, ...errorResponses },
      },
    },
    async (request) =>
      saveSummary(
        ctx,
        requireActor(request),
        request.audit,
        request.locale,
        request.params.periodId,
        request.params.number,
        request.body.text,
      ),
  );

  r.put(
    `${P}/periods/:periodId/measures/:number/consolidation`,
    {
      config: { access: 'review:report' },
      schema: {
        tags,
        summary: 'The consolidated text (kk, ru) and the assessment of a measure for the Government report',
        params: measureParams,
        body: consolidationInputSchema,
        response: { 200: measureViewSchema, ...errorResponses },
      },
    },
    async (request) =>
      saveConsolidation(
        ctx,
        requireActor(request),
        request.audit,
        request.locale,
        request.params.periodId,
        request.params.number,
        request.body,
      ),
  );

  r.get(
    `${P}/obligations/mine`,
    {
      config: { access: 'read:reporting' },
      schema: {
        tags,
        summary: 'Your organisation’s obligations in every period, with due dates and the days left',
        querystring: z.object({ periodId: z.uuid().optional() }),
        response: { 200: z.object({ items: z.array(obligationSchema) }), ...errorResponses },
      },
    },
    async (request) => readMyObligations(ctx, requireActor(request), request.query.periodId),
  );

  r.get(
    `${P}/obligations/:obligationId`,
    {
      config: { access: 'read:reporting' },
      schema: {
        tags,
        summary: 'One obligation: the measure, the report, every version with its changes, the history',
        params: obligationParams,
        response: { 200: obligationDetailSchema, ...errorResponses },
      },
    },
    async (request) =>
      readObligation(ctx, requireActor(request), request.locale, request.params.obligationId),
  );

  r.put(
    `${P}/obligations/:obligationId/report`,
    {
      config: { access: 'submit:report' },
      schema: {
        tags,
        summary: 'Save the report as a draft (incomplete is fine; malformed is refused and nothing changes)',
        params: obligationParams,
        body: reportInputSchema,
        response: { 200: obligationDetailSchema, ...errorResponses },
      },
    },
    async (request) =>
      saveDraft(
        ctx,
        requireActor(request),
        request.audit,
        request.locale,
        request.params.obligationId,
        request.body,
      ),
  );

  r.post(
    `${P}/obligations/:obligationId/report/submit`,
    {
      config: { access: 'submit:report' },
      schema: {
        tags,
        summary: 'Submit the report; a refused submission changes nothing that was saved',
        params: obligationParams,
        body: reportInputSchema,
        response: { 200: obligationDetailSchema, ...errorResponses },
      },
    },
    async (request) =>
      submitReport(
        ctx,
        requireActor(request),
        request.audit,
        request.locale,
        request.params.obligationId,
        request.body,
      ),
  );

  r.post(
    `${P}/obligations/:obligationId/evidence`,
    {
      config: { access: 'submit:report' },
      bodyLimit: ctx.files.maxBytes + 64 * 1024,
      schema: {
        tags,
        summary: `Attach an evidence file to the report (multipart field "file"; PDF, images, office documents, text; checked by content)`,
        params: obligationParams,
        consumes: ['multipart/form-data'],
        body: z
          .object({ file: z.string().meta({ format: 'binary' }) })
          .partial()
          .nullish(),
        response: {
          201: z.object({ file: fileSchema, obligation: obligationDetailSchema }),
          ...errorResponses,
          413: errorSchema,
          415: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
      const file = await request.file();
      if (!file) throw new AppError('FILE_MISSING');
      let bytes: Buffer;
      try {
        bytes = await file.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
          throw new AppError('FILE_TOO_LARGE', { params: { limit: sizeText(ctx.files.maxBytes) } });
        throw error;
      }
      const result = await uploadEvidence(
        ctx,
        actor,
        request.audit,
        request.locale,
        request.params.obligationId,
        {
          bytes,
          name: file.filename || 'file',
        },
      );
      return reply.status(201).send(result);
    },
  );

  r.get(
    `${P}/files/:fileId`,
    {
      config: { access: 'read:reporting' },
      schema: {
        tags,
        summary: 'Download an evidence file of a report you may read (audited)',
        params: z.object({ fileId: z.uuid() }),
        response: { 200: z.unknown().meta({ description: 'The file' }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { file, bytes } = await downloadEvidence(
        ctx,
        requireActor(request),
        request.audit,
        request.params.fileId,
      );
      reply.header(
        'content-disposition',
        contentDisposition(file.originalName, `evidence.${file.extension}`),
      );
      return reply.type(file.mediaType).send(bytes);
    },
  );

  for (const [action, body, summary] of [
    ['accept', reviewInputSchema, 'Accept the submitted report; it is locked'],
    [
      'return',
      returnInputSchema,
      'Return the submitted report to its executor with a comment saying what to fix',
    ],
    ['reopen', reopenInputSchema, 'Re-open an accepted report (the reason goes to the audit log)'],
  ] as const) {
    r.post(
      `${P}/obligations/:obligationId/report/${action}`,
      {
        config: { access: 'review:report' },
        schema: {
          tags,
          summary,
          params: obligationParams,
          body,
          response: { 200: obligationDetailSchema, ...errorResponses },
        },
      },
      async (request) => {
        const input = request.body as { comment?: string | null; reason?: string };
        return reviewReport(
          ctx,
          requireActor(request),
          request.audit,
          request.locale,
          request.params.obligationId,
          action,
          input.reason ?? input.comment ?? null,
        );
      },
    );
  }

  r.put(
    `${P}/plans/:planId/measures/:number/form`,
    {
      config: { access: 'manage:reporting-period' },
      schema: {
        tags,
        summary: "What a measure's reports ask for: the produced document, and which indicators it counts",
        params: z.object({ planId: z.uuid(), number: z.coerce.number().int().min(1).max(100_000) }),
        body: measureFormInputSchema,
        response: { 200: reportFormSchema, ...errorResponses },
      },
    },
    async (request) =>
      saveMeasureForm(
        ctx,
        requireActor(request),
        request.audit,
        request.params.planId,
        request.params.number,
        request.body,
      ),
  );

  r.get(
    `${P}/dashboard`,
    {
      config: { access: 'read:reporting' },
      schema: {
        tags,
        summary:
          'Dashboard of a period within your scope: measures by status, overdue measures, timeliness, money, regions',
        querystring: z.object({ planId: z.uuid().optional(), periodId: z.uuid().optional() }),
        response: { 200: dashboardSchema, ...errorResponses },
      },
    },
    async (request) => readDashboard(ctx, requireActor(request), request.locale, request.query),
  );

  r.post(
    `${P}/periods/:periodId/government-reports`,
    {
      config: { access: 'review:report' },
      schema: {
        tags,
        summary: 'Generate a new version of the Government report (DOCX, XLSX, PDF) as a job',
        params: periodParams,
        body: z.object({ language: z.enum(['kk', 'ru']) }).strict(),
        response: { 202: governmentReportSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const report = await requestGovernmentReport(
        ctx,
        requireActor(request),
        request.params.periodId,
        request.body.language,
      );
      return reply.status(202).send(report);
    },
  );

  r.get(
    `${P}/periods/:periodId/government-reports`,
    {
      config: { access: 'read:reporting' },
      schema: {
        tags,
        summary: 'The Government reports generated for a period, newest version first',
        params: periodParams,
        response: { 200: z.object({ items: z.array(governmentReportSchema) }), ...errorResponses },
      },
    },
    async (request) => listGovernmentReports(ctx, request.params.periodId),
  );

  r.get(
    `${P}/government-reports/:reportId/file.:format`,
    {
      config: { access: 'read:reporting' },
      schema: {
        tags,
        summary: 'Download a generated Government report (national readers; audited)',
        params: z.object({ reportId: z.uuid(), format: z.enum(['docx', 'xlsx', 'pdf']) }),
        response: { 200: z.unknown().meta({ description: 'The file' }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await downloadGovernmentReport(
        ctx,
        requireActor(request),
        request.audit,
        request.params.reportId,
        request.params.format,
      );
      reply.header('content-disposition', contentDisposition(file.filename, file.ascii));
      return reply.type(file.contentType).send(file.bytes);
    },
  );
}

import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import {
  cursorQuery,
  errorResponses,
  errorSchema,
  localeSchema,
  pageOf,
} from '../../platform/http/schemas.ts';
import {
  agencyInputSchema,
  agencySchema,
  diffResultSchema,
  FINANCING_SOURCES,
  importResultSchema,
  measureDetailSchema,
  measureSchema,
  planOverviewSchema,
  planSummarySchema,
  translationInputSchema,
  translationSchema,
} from './schemas.ts';
import {
  correctAgency,
  type ExportFormat,
  exportPlan,
  importPlan,
  listAgencies,
  listMeasures,
  listPlans,
  PLAN_MAX_BYTES,
  PLAN_MAX_SIZE_TEXT,
  presentImport,
  readMeasure,
  readPlanOverview,
  readVersionDiff,
  readVersionSource,
  translateMeasure,
} from './service.ts';

const planParams = z.object({ planId: z.uuid() });
const measureParams = planParams.extend({ number: z.coerce.number().int().min(1).max(100_000) });
const versionParams = planParams.extend({ version: z.coerce.number().int().min(1).max(100_000) });
const versionQuery = z.coerce.number().int().min(1).max(100_000).optional();
const flag = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => v === 'true');

/** `filename*` for any name, with a plain-ASCII `filename` beside it for old clients. */
function attachment(reply: FastifyReply, filename: string, ascii: string): void {
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  reply.header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`);
}

/**
 * The plan registry: everyone signed in reads the plans (they are published acts); the plan coordinator
 * imports them, corrects agency links and translates measures. Registered in a scope of its own, so the
 * multipart parser and its 5 MB limit apply to the import alone.
 */
export async function registerPlanRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register(fastifyMultipart, {
    throwFileSizeLimit: true,
    limits: { fileSize: PLAN_MAX_BYTES, files: 1, fields: 10, parts: 11 },
  });
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/plans',
    {
      config: { access: 'read:plan' },
      schema: {
        tags: ['plans'],
        summary: 'Plans in the registry with their current version, newest act first',
        querystring: z.object({ ...cursorQuery }),
        response: { 200: pageOf(planSummarySchema), ...errorResponses },
      },
    },
    async (request) => listPlans(ctx, request.locale, request.query),
  );

  r.post(
    '/api/v1/plans/import',
    {
      config: { access: 'manage:plan' },
      bodyLimit: PLAN_MAX_BYTES + 64 * 1024,
      schema: {
        tags: ['plans'],
        summary:
          'Import a plan from the legal-acts portal’s text export (multipart field "file", at most 5 MB)',
        description:
          'All or nothing. A new act becomes a plan; an amended text of a known act (same issuer, number and date) becomes its next version; the same text changes nothing. With `dryRun=true` nothing is stored and the answer is the preview: counts, warnings, agency links and, for a known act, the changes measure by measure. A file that is not such a plan is refused with 422 naming the line.',
        querystring: z.object({ dryRun: flag }),
        consumes: ['multipart/form-data'],
        // Describes the form for the API document; the multipart parser leaves the body itself empty.
        body: z
          .object({
            file: z.string().meta({ format: 'binary', description: 'The act as a text file, UTF-8' }),
          })
          .partial()
          .nullish(),
        response: {
          200: importResultSchema,
          201: importResultSchema,
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
      if (!file) throw new AppError('PLAN_FILE_MISSING');
      let bytes: Buffer;
      try {
        bytes = await file.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
          throw new AppError('PAYLOAD_TOO_LARGE', { params: { limit: PLAN_MAX_SIZE_TEXT } });
        throw error;
      }
      const outcome = await importPlan(ctx, actor, request.audit, {
        bytes,
        filename: file.filename ? file.filename.slice(0, 255) : null,
        dryRun: request.query.dryRun,
      });
      const created = outcome.outcome === 'created' || outcome.outcome === 'version_created';
      return reply.status(created ? 201 : 200).send(await presentImport(ctx.db, request.locale, outcome));
    },
  );

  r.get(
    '/api/v1/plans/:planId',
    {
      config: { access: 'read:plan' },
      schema: {
        tags: ['plans'],
        summary:
          'One plan: sections with measure counts, money by year and by source, deadlines by year, versions',
        params: planParams,
        querystring: z.object({ version: versionQuery }),
        response: { 200: planOverviewSchema, ...errorResponses },
      },
    },
    async (request) => readPlanOverview(ctx, request.locale, request.params.planId, request.query.version),
  );

  r.get(
    '/api/v1/plans/:planId/measures',
    {
      config: { access: 'read:plan' },
      schema: {
        tags: ['plans'],
        summary: 'Measures of a version by number, filtered',
        description:
          '`executor` is an abbreviation of the plan (with `leadOnly=true`, only where it leads); `deadlineYear` keeps measures with a due date in that year; `source` is a financing source; `form` matches the addressee of the report (a code or "government") or words of the form of completion; `q` searches the text of the measure for every word.',
        params: planParams,
        querystring: z.object({
          version: versionQuery,
          section: z.coerce.number().int().min(1).max(1000).optional(),
          executor: z.string().trim().min(1).max(60).optional(),
          leadOnly: flag,
          deadlineYear: z.coerce.number().int().min(1900).max(2200).optional(),
          source: z.enum(FINANCING_SOURCES).optional(),
          form: z.string().trim().min(1).max(200).optional(),
          q: z.string().trim().min(1).max(200).optional(),
          ...cursorQuery,
        }),
        response: { 200: pageOf(measureSchema), ...errorResponses },
      },
    },
    async (request) => listMeasures(ctx, request.locale, request.params.planId, request.query),
  );

  r.get(
    '/api/v1/plans/:planId/measures/:number',
    {
      config: { access: 'read:plan' },
      schema: {
        tags: ['plans'],
        summary:
          'One measure: everything its row says, executors resolved to organisations, translations, history',
        params: measureParams,
        querystring: z.object({ version: versionQuery }),
        response: { 200: measureDetailSchema, ...errorResponses },
      },
    },
    async (request) =>
      readMeasure(ctx, request.locale, request.params.planId, request.params.number, request.query.version),
  );

  r.put(
    '/api/v1/plans/:planId/measures/:number/translations/:locale',
    {
      config: { access: 'manage:plan' },
      schema: {
        tags: ['plans'],
        summary: 'Save a translation of a measure of the current version; the original is never changed',
        params: measureParams.extend({ locale: localeSchema }),
        body: translationInputSchema,
        response: { 200: translationSchema, ...errorResponses },
      },
    },
    async (request) =>
      translateMeasure(
        ctx,
        requireActor(request),
        request.audit,
        { planId: request.params.planId, number: request.params.number, locale: request.params.locale },
        request.body,
      ),
  );

  r.get(
    '/api/v1/plans/:planId/versions/:version/diff',
    {
      config: { access: 'read:plan' },
      schema: {
        tags: ['plans'],
        summary: 'What a version changed against the one before it, measure by measure',
        params: versionParams,
        response: { 200: diffResultSchema, ...errorResponses },
      },
    },
    async (request) => readVersionDiff(ctx, request.params.planId, request.params.version),
  );

  r.get(
    '/api/v1/plans/:planId/versions/:version/source',
    {
      config: { access: 'read:plan' },
      schema: {
        tags: ['plans'],
        summary: 'The original text of a version, as imported',
        params: versionParams,
        produces: ['text/plain'],
        response: { 200: z.string().meta({ description: 'The text, UTF-8' }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const source = await readVersionSource(ctx, request.params.planId, request.params.version);
      attachment(reply, source.filename, `plan-${source.version}.txt`);
      return reply.type('text/plain; charset=utf-8').send(source.text);
    },
  );

  r.get(
    '/api/v1/plans/:planId/agencies',
    {
      config: { access: 'read:plan' },
      schema: {
        tags: ['plans'],
        summary: 'The agency directory of a plan: each abbreviation, its kind and what it links to',
        params: planParams,
        response: { 200: z.object({ items: z.array(agencySchema) }), ...errorResponses },
      },
    },
    async (request) => listAgencies(ctx, request.locale, request.params.planId),
  );

  r.put(
    '/api/v1/plans/:planId/agencies/:code',
    {
      config: { access: 'manage:plan' },
      schema: {
        tags: ['plans'],
        summary: 'Correct what an abbreviation of the plan is and where it links; kept over later imports',
        params: planParams.extend({ code: z.string().trim().min(1).max(60) }),
        body: agencyInputSchema,
        response: { 200: agencySchema, ...errorResponses },
      },
    },
    async (request) =>
      correctAgency(
        ctx,
        requireActor(request),
        request.audit,
        request.locale,
        { planId: request.params.planId, code: request.params.code },
        request.body,
      ),
  );

  for (const format of ['xlsx', 'docx'] as const satisfies readonly ExportFormat[]) {
    r.get(
      `/api/v1/plans/:planId/export.${format}`,
      {
        config: { access: 'read:plan' },
        schema: {
          tags: ['plans'],
          summary: `The plan as ${format.toUpperCase()} in the official column layout, headings in the chosen language`,
          params: planParams,
          querystring: z.object({ lang: localeSchema.optional(), version: versionQuery }),
          produces: [
            format === 'xlsx'
              ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
              : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          ],
          // A file, not JSON: the serializer leaves a Buffer as it is.
          response: {
            200: z.unknown().meta({ description: `The ${format.toUpperCase()} file` }),
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const file = await exportPlan(ctx, requireActor(request), request.audit, {
          planId: request.params.planId,
          format,
          lang: request.query.lang,
          version: request.query.version,
        });
        attachment(reply, file.filename, file.asciiFilename);
        return reply.type(file.contentType).send(file.body);
      },
    );
  }
}

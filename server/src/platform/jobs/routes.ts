import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../access/actor.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { errorResponses } from '../http/schemas.ts';
import { getJob } from './queue.ts';

export const jobStatusSchema = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    status: z.enum(['queued', 'running', 'done', 'failed']),
    progress: z.number().int(),
    progressNote: z.string().nullable(),
    attempts: z.number().int(),
    error: z.string().nullable(),
    result: z.unknown(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'JobStatus' });

/** How far a job someone started has got, for the progress bar of a long task. */
export function registerJobRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/jobs/:jobId',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['jobs'],
        summary: 'The status and progress of a job the signed-in person started',
        params: z.object({ jobId: z.uuid() }),
        response: { 200: jobStatusSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const job = await getJob(ctx.db, request.params.jobId);
      // Someone else's job does not exist for this reader.
      if (job.createdBy !== actor.userId) throw new AppError('JOB_NOT_FOUND');
      return {
        id: job.id,
        kind: job.kind,
        status: job.status,
        progress: job.progress,
        progressNote: job.progressNote,
        attempts: job.attempts,
        error: job.status === 'failed' ? job.lastError : null,
        result: job.result,
        createdAt: job.createdAt.toISOString(),
        finishedAt: job.finishedAt?.toISOString() ?? null,
      };
    },
  );
}

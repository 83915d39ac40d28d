import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';

/** Liveness and readiness for operators and load balancers. */
export function registerHealthRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Whether the server and its database answer',
        response: {
          200: z.object({
            status: z.literal('ok'),
            database: z.enum(['pglite', 'postgresql']),
            version: z.string(),
          }),
          503: z.object({
            status: z.literal('unavailable'),
            database: z.enum(['pglite', 'postgresql']),
            version: z.string(),
          }),
        },
      },
    },
    async (request, reply) => {
      try {
        await ctx.db.execute(sql`select 1`);
        return { status: 'ok' as const, database: ctx.databaseKind, version: ctx.version };
      } catch (err) {
        request.log.error({ err }, 'health check: database unavailable');
        return reply
          .status(503)
          .send({ status: 'unavailable' as const, database: ctx.databaseKind, version: ctx.version });
      }
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../access/actor.ts';
import type { AppContext } from '../context.ts';
import { errorResponses, noBody } from '../http/schemas.ts';
import { listNotifications, markAllRead, markRead } from './notify.ts';
import { notificationListSchema } from './schemas.ts';

/** The bell: a person's own notifications, and marking them read. */
export function registerNotificationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/notifications',
    {
      config: { access: 'read:notification' },
      schema: {
        tags: ['notifications'],
        summary: "The signed-in person's notifications, newest first, with the number unread",
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(100).default(30) }),
        response: { 200: notificationListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return listNotifications(ctx.db, actor.userId, request.locale, request.query.limit);
    },
  );

  r.post(
    '/api/v1/notifications/:notificationId/read',
    {
      config: { access: 'read:notification' },
      schema: {
        tags: ['notifications'],
        summary: 'Mark one notification read',
        params: z.object({ notificationId: z.uuid() }),
        body: noBody,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await markRead(ctx.db, requireActor(request).userId, request.params.notificationId, ctx.clock.now());
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/v1/notifications/read-all',
    {
      config: { access: 'read:notification' },
      schema: {
        tags: ['notifications'],
        summary: 'Mark every notification read',
        body: noBody,
        response: { 200: z.object({ marked: z.number().int() }), ...errorResponses },
      },
    },
    async (request) => ({
      marked: await markAllRead(ctx.db, requireActor(request).userId, ctx.clock.now()),
    }),
  );
}

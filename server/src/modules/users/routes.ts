import { ROLES } from '@qorgau/domain/access/roles';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/context.ts';
import { cursorQuery, errorResponses, noBody, pageOf } from '../../platform/http/schemas.ts';
import {
  type AccountAction,
  accountAction,
  createUser,
  credentialsSchema,
  listUsers,
  newUserSchema,
  readUser,
  updateUser,
  userInputSchema,
  userSchema,
} from './service.ts';

const idParams = z.object({ id: z.uuid() });
const withCredentials = z
  .object({ user: userSchema, credentials: credentialsSchema })
  .meta({ id: 'UserWithCredentials' });

const ACCOUNT_ACTIONS: Record<AccountAction, string> = {
  'reset-password': 'Issue a new temporary password; the user must change it and is signed out everywhere',
  'reset-second-factor': 'Issue a new TOTP key (lost phone); the user is signed out everywhere',
  deactivate: 'Deactivate the account and end its sessions',
  reactivate: 'Reactivate a deactivated account',
  unlock: 'Unlock an account locked after failed sign-ins',
};

/** Staff accounts: administrators create and keep them; supervisors and colleagues see them within scope. */
export function registerUserRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/users',
    {
      config: { access: 'read:user' },
      schema: {
        tags: ['users'],
        summary: "Staff accounts within the reader's scope",
        querystring: z.object({
          organisationId: z.uuid().optional(),
          role: z.enum(ROLES).optional(),
          active: z
            .enum(['true', 'false'])
            .transform((v) => v === 'true')
            .optional(),
          search: z.string().trim().min(1).max(100).optional(),
          ...cursorQuery,
        }),
        response: { 200: pageOf(userSchema), ...errorResponses },
      },
    },
    async (request) => listUsers(ctx, requireActor(request), request.audit, request.query),
  );

  r.get(
    '/api/v1/users/:id',
    {
      config: { access: 'read:user' },
      schema: {
        tags: ['users'],
        summary: 'One staff account',
        params: idParams,
        response: { 200: userSchema, ...errorResponses },
      },
    },
    async (request) => readUser(ctx, requireActor(request), request.audit, request.params.id),
  );

  r.post(
    '/api/v1/users',
    {
      config: { access: 'manage:user' },
      schema: {
        tags: ['users'],
        summary:
          'Create a staff account; answers with the temporary password (and TOTP key) to hand over once',
        body: newUserSchema,
        response: { 201: withCredentials, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createUser(ctx, requireActor(request), request.audit, request.body)),
  );

  r.put(
    '/api/v1/users/:id',
    {
      config: { access: 'manage:user' },
      schema: {
        tags: ['users'],
        summary: "Change a staff account's details, organisation and roles",
        params: idParams,
        body: userInputSchema,
        response: { 200: withCredentials, ...errorResponses },
      },
    },
    async (request) => updateUser(ctx, requireActor(request), request.audit, request.params.id, request.body),
  );

  for (const [action, summary] of Object.entries(ACCOUNT_ACTIONS) as [AccountAction, string][]) {
    r.post(
      `/api/v1/users/:id/${action}`,
      {
        config: { access: 'manage:user' },
        schema: {
          tags: ['users'],
          summary,
          params: idParams,
          body: noBody,
          response: { 200: withCredentials, ...errorResponses },
        },
      },
      async (request) => accountAction(ctx, requireActor(request), request.audit, request.params.id, action),
    );
  }
}

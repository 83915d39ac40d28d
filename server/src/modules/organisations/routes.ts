import { AGENCIES, ORGANISATION_TYPES } from '@qorgau/domain/identity/organisation';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/context.ts';
import { cursorQuery, errorResponses, pageOf } from '../../platform/http/schemas.ts';
import {
  createOrganisation,
  listOrganisations,
  organisationInputSchema,
  organisationSchema,
  readOrganisation,
  updateOrganisation,
} from './service.ts';

const idParams = z.object({ id: z.uuid() });

/** The directory of organisations: everyone reads it; administrators keep it. */
export function registerOrganisationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/organisations',
    {
      config: { access: 'read:organisation' },
      schema: {
        tags: ['organisations'],
        summary: 'Organisations, filtered by type, region, district or a name',
        querystring: z.object({
          type: z.enum(ORGANISATION_TYPES).optional(),
          agency: z.enum(AGENCIES).optional(),
          regionCode: z
            .string()
            .regex(/^\d{9}$/)
            .optional(),
          districtCode: z
            .string()
            .regex(/^\d{9}$/)
            .optional(),
          search: z.string().trim().min(1).max(100).optional(),
          ...cursorQuery,
        }),
        response: { 200: pageOf(organisationSchema), ...errorResponses },
      },
    },
    async (request) => listOrganisations(ctx, requireActor(request), request.query),
  );

  r.get(
    '/api/v1/organisations/:id',
    {
      config: { access: 'read:organisation' },
      schema: {
        tags: ['organisations'],
        summary: 'One organisation',
        params: idParams,
        response: { 200: organisationSchema, ...errorResponses },
      },
    },
    async (request) => readOrganisation(ctx, requireActor(request), request.params.id),
  );

  r.post(
    '/api/v1/organisations',
    {
      config: { access: 'manage:organisation' },
      schema: {
        tags: ['organisations'],
        summary: 'Create an organisation',
        body: organisationInputSchema,
        response: { 201: organisationSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const created = await createOrganisation(ctx, requireActor(request), request.audit, request.body);
      return reply.status(201).send(created);
    },
  );

  r.put(
    '/api/v1/organisations/:id',
    {
      config: { access: 'manage:organisation' },
      schema: {
        tags: ['organisations'],
        summary: "Replace an organisation's details",
        params: idParams,
        body: organisationInputSchema,
        response: { 200: organisationSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateOrganisation(ctx, requireActor(request), request.audit, request.params.id, request.body),
  );
}

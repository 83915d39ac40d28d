import { PERMISSIONS } from '@qorgau/domain/access/permissions';
import { ROLE_DEFINITIONS, ROLES } from '@qorgau/domain/access/roles';
import { SCOPES } from '@qorgau/domain/access/scope';
import { ORGANISATION_TYPES } from '@qorgau/domain/identity/organisation';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { errorResponses } from '../../platform/http/schemas.ts';

const roleSchema = z
  .object({
    role: z.enum(ROLES),
    grants: z.array(z.object({ permission: z.enum(PERMISSIONS), scope: z.enum(SCOPES) })),
    secondFactor: z.boolean(),
    organisationTypes: z.array(z.enum(ORGANISATION_TYPES)).nullable(),
  })
  .meta({ id: 'Role' });

/** The role catalogue, as administrators assign it. Roles are code, not data: changing one is a review. */
export function registerRoleRoutes(app: FastifyInstance, _ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/roles',
    {
      config: { access: 'read:role' },
      schema: {
        tags: ['users'],
        summary: 'Every role with its permissions and scopes',
        response: { 200: z.object({ items: z.array(roleSchema) }), ...errorResponses },
      },
    },
    async () => ({
      items: ROLES.map((role) => {
        const definition = ROLE_DEFINITIONS[role];
        return {
          role,
          grants: Object.entries(definition.grants).map(([permission, scope]) => ({
            permission: permission as (typeof PERMISSIONS)[number],
            scope: scope as (typeof SCOPES)[number],
          })),
          secondFactor: definition.secondFactor,
          organisationTypes: definition.organisationTypes ? [...definition.organisationTypes] : null,
        };
      }),
    }),
  );
}

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { registerAuditRoutes } from './modules/audit/routes.ts';
import { registerCaseRoutes } from './modules/cases/routes.ts';
import { registerOrganisationRoutes } from './modules/organisations/routes.ts';
import { registerPlanRoutes } from './modules/plans/routes.ts';
import { registerProtocolRoutes } from './modules/protocol/routes.ts';
import { registerReportingRoutes } from './modules/reporting/routes.ts';
import { registerRoleRoutes } from './modules/roles/routes.ts';
import { registerTerritoryRoutes } from './modules/territory/routes.ts';
import { registerUserRoutes } from './modules/users/routes.ts';
import { registerGuard } from './platform/auth/guard.ts';
import { registerAuthRoutes } from './platform/auth/routes.ts';
import type { AppContext } from './platform/context.ts';
import { AppError } from './platform/errors.ts';
import { registerErrorHandling } from './platform/http/error-handler.ts';
import { registerHealthRoutes } from './platform/http/health.ts';
import type { RouteRecord } from './platform/http/route-access.ts';
import { registerSecurityHeaders } from './platform/http/security.ts';
import { registerJobRoutes } from './platform/jobs/routes.ts';
import { registerNotificationRoutes } from './platform/notify/routes.ts';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Routes that plugins register for themselves (API docs, static files): public by nature. */
const isPluginRoute = (url: string) => url.startsWith('/api/docs') || url === '/*';

export interface BuiltApp {
  app: FastifyInstance;
  routes: RouteRecord[];
}

/** Builds the whole HTTP application from platform plugins and module routes. Does not listen. */
export async function buildApp(ctx: AppContext, options: { serveWeb?: boolean } = {}): Promise<BuiltApp> {
  const app = Fastify({
    loggerInstance: ctx.log,
    trustProxy: ctx.config.TRUST_PROXY,
    bodyLimit: ctx.config.BODY_LIMIT_BYTES,
    genReqId: () => crypto.randomUUID(),
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const routes: RouteRecord[] = [];
  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { access?: RouteRecord['access'] };
    if (config.access === undefined && isPluginRoute(route.url)) {
      route.config = { ...route.config, access: 'public' };
      config.access = 'public';
    }
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) routes.push({ method, url: route.url, access: config.access });
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  registerErrorHandling(app);
  await registerSecurityHeaders(app);
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  registerGuard(app, ctx);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Qorgau API',
        description:
          'Interagency child-protection platform. Every route requires a session cookie and the permission named in its description, unless marked public. Writes need the X-CSRF-Token header from GET /api/v1/me.',
        version: ctx.version,
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'qorgau_session' } } },
      security: [{ session: [] }],
    },
    transform: (input) => {
      const transformed = jsonSchemaTransform(input);
      const access = (input.route.config as { access?: string } | undefined)?.access;
      if (access && access !== 'public') {
        const schema = transformed.schema as { description?: string };
        const note = access === 'authenticated' ? 'Any signed-in user.' : `Permission: \`${access}\`.`;
        schema.description = schema.description ? `${schema.description}\n\n${note}` : note;
      }
      return transformed;
    },
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: false });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  registerHealthRoutes(app, ctx);
  registerAuthRoutes(app, ctx);
  registerTerritoryRoutes(app, ctx);
  registerOrganisationRoutes(app, ctx);
  registerUserRoutes(app, ctx);
  registerRoleRoutes(app, ctx);
  registerAuditRoutes(app, ctx);
  registerCaseRoutes(app, ctx);
  registerProtocolRoutes(app, ctx);
  await app.register(async (scope) => registerPlanRoutes(scope, ctx));
  await app.register(async (scope) => registerReportingRoutes(scope, ctx));
  registerNotificationRoutes(app, ctx);
  registerJobRoutes(app, ctx);

  const serveWeb = (options.serveWeb ?? true) && existsSync(WEB_DIST);
  if (serveWeb) {
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      prefix: '/',
      wildcard: true,
      index: 'index.html',
      cacheControl: false,
      setHeaders: (reply, path) => {
        // Vite puts a content hash in every asset name, so assets never change under the same URL.
        reply.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/');
    if (serveWeb && wantsPage) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html', WEB_DIST);
    }
    throw new AppError('NOT_FOUND');
  });

  return { app, routes };
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { holds } from '../access/actor.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { DEFAULT_LOCALE, localeFromAcceptLanguage } from '../i18n/locale.ts';
import { loadActor } from './actor-loader.ts';
import { resolveSession, SESSION_COOKIE, sameToken } from './sessions.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The origin the browser sent, when it is not this server: a cross-site write attempt. */
function crossOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== request.host;
  } catch {
    return true;
  }
}

/**
 * On every request: find the session and the actor behind the cookie, pick the language, and enforce the
 * route's declared access — deny by default, CSRF token and same origin for every cookie-authenticated write.
 */
export function registerGuard(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('locale', DEFAULT_LOCALE);
  app.decorateRequest('audit', null as never);
  app.decorateRequest('sessionProblem', null);

  app.addHook('onRequest', async (request) => {
    request.locale = localeFromAcceptLanguage(request.headers['accept-language']) ?? DEFAULT_LOCALE;
    request.audit = { ip: request.ip, userAgent: request.headers['user-agent'], requestId: request.id };
    let csrfToken: string | null = null;

    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const session = await resolveSession(ctx, token);
      if (session.status === 'active') {
        request.actor = await loadActor(ctx.db, session.userId, session.id);
        csrfToken = session.csrfToken;
      }
      if (session.status === 'expired' || (session.status === 'active' && !request.actor)) {
        request.sessionProblem = 'expired';
      }
    }
    const actor = request.actor;
    if (actor) {
      // The person's saved preference wins over what the browser says.
      request.locale = actor.locale;
      request.audit.actor = {
        userId: actor.userId,
        username: actor.username,
        organisationId: actor.organisationId,
        regionCode: actor.regionCode,
      };
    }

    const config = request.routeOptions.config;
    // Unmatched URLs reach the not-found handler, which answers 404 itself.
    if (request.is404) return;
    const access = config.access;
    if (access === undefined) throw new AppError('FORBIDDEN'); // undeclared routes are closed, not open
    if (access === 'public') return;
    if (!actor)
      throw new AppError(request.sessionProblem === 'expired' ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (crossOrigin(request) || typeof sent !== 'string' || !csrfToken || !sameToken(sent, csrfToken)) {
        throw new AppError('CSRF_INVALID');
      }
    }
    if (actor.mustChangePassword && !config.allowDuringPasswordChange) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED');
    }
    if (access !== 'authenticated' && !holds(actor, access)) throw new AppError('FORBIDDEN');
  });
}

import type { Permission } from '@qorgau/domain/access/permissions';
import type { Actor } from '../access/actor.ts';
import type { AuditContext } from '../audit/audit.ts';
import type { Locale } from '../i18n/locale.ts';

/**
 * What a route requires: a permission from the catalogue, any signed-in person ('authenticated'), or
 * nothing ('public'). Every route must declare one; a test enumerates the routes and fails on any without.
 */
export type RouteAccess = Permission | 'authenticated' | 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** Reachable while the user must still change a reset password (the password and sign-out routes). */
    allowDuringPasswordChange?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
    locale: Locale;
    audit: AuditContext;
    /** Why there is no actor although a session cookie came with the request. */
    sessionProblem: 'expired' | null;
  }
}

/** A registered route, as the route inventory test sees it. */
export interface RouteRecord {
  method: string;
  url: string;
  access: RouteAccess | undefined;
}

import { AUDIT_ACTIONS } from '@qorgau/domain/audit-actions';
import { and, desc, eq, gte, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { conditionFor, requireActor, scopeOf } from '../../platform/access/actor.ts';
import { scopeFilter } from '../../platform/access/scope-filter.ts';
import { verifyAuditChain, writeAudit } from '../../platform/audit/audit.ts';
import { auditEvents } from '../../platform/audit/tables.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor.ts';
import { cursorQuery, errorResponses, noBody, pageOf } from '../../platform/http/schemas.ts';

const eventSchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    action: z.string(),
    outcome: z.enum(['success', 'failure']),
    actorUserId: z.string().nullable(),
    actorUsername: z.string().nullable(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    requestId: z.string().nullable(),
    objectType: z.string().nullable(),
    objectId: z.string().nullable(),
    changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).nullable(),
    details: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'AuditEvent' });

const chainSchema = z
  .object({
    ok: z.boolean(),
    checked: z.number().int(),
    firstBroken: z
      .object({ id: z.number().int(), reason: z.enum(['hash_mismatch', 'prev_hash_mismatch', 'gap']) })
      .optional(),
  })
  .meta({ id: 'AuditChainReport' });

/** The audit trail for administrators: who did what, when, to which object; and the chain check. */
export function registerAuditRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/audit',
    {
      config: { access: 'read:audit' },
      schema: {
        tags: ['audit'],
        summary: 'Audit events, newest first, filtered by who, what, when and object',
        querystring: z.object({
          actor: z.string().trim().min(1).max(64).optional(),
          action: z.enum(AUDIT_ACTIONS).optional(),
          outcome: z.enum(['success', 'failure']).optional(),
          objectType: z.string().trim().min(1).max(64).optional(),
          objectId: z.string().trim().min(1).max(100).optional(),
          from: z.iso.datetime({ offset: true }).optional(),
          to: z.iso.datetime({ offset: true }).optional(),
          ...cursorQuery,
        }),
        response: { 200: pageOf(eventSchema), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const q = request.query;
      const conditions: (SQL | undefined)[] = [
        // A regional auditor sees what happened in their region: to its objects or by its people.
        scopeFilter(conditionFor(actor, 'read:audit'), {
          regionCode: sql`coalesce(${auditEvents.objectRegionCode}, ${auditEvents.actorRegionCode})`,
          organisationId: auditEvents.actorOrganisationId,
          ownerUserId: auditEvents.actorUserId,
        }),
      ];
      if (q.actor)
        conditions.push(
          or(
            eq(auditEvents.actorUsername, q.actor.toLowerCase()),
            sql`${auditEvents.actorUserId}::text = ${q.actor}`,
          ),
        );
      if (q.action) conditions.push(eq(auditEvents.action, q.action));
      if (q.outcome) conditions.push(eq(auditEvents.outcome, q.outcome));
      if (q.objectType) conditions.push(eq(auditEvents.objectType, q.objectType));
      if (q.objectId) conditions.push(eq(auditEvents.objectId, q.objectId));
      if (q.from) conditions.push(gte(auditEvents.at, new Date(q.from)));
      if (q.to) conditions.push(lte(auditEvents.at, new Date(q.to)));
      if (q.cursor) conditions.push(lt(auditEvents.id, Number(decodeCursor(q.cursor, 1)[0])));
      return ctx.db.transaction(async (tx) => {
        const rows = await tx
          .select()
          .from(auditEvents)
          .where(and(...conditions))
          .orderBy(desc(auditEvents.id))
          .limit(q.limit + 1);
        const page = rows.slice(0, q.limit);
        await writeAudit(
          tx,
          request.audit,
          {
            action: 'audit.list',
            objectType: 'audit',
            details: { filter: { ...q, cursor: undefined }, shown: page.length },
          },
          ctx.clock.now(),
        );
        const last = page.at(-1);
        return {
          items: page.map((row) => ({
            id: row.id,
            at: row.at.toISOString(),
            action: row.action,
            outcome: row.outcome,
            actorUserId: row.actorUserId,
            actorUsername: row.actorUsername,
            ip: row.ip,
            userAgent: row.userAgent,
            requestId: row.requestId,
            objectType: row.objectType,
            objectId: row.objectId,
            changes: (row.changes as Record<string, { from: unknown; to: unknown }> | null) ?? null,
            details: (row.details as Record<string, unknown> | null) ?? null,
          })),
          nextCursor: rows.length > q.limit && last ? encodeCursor([last.id]) : null,
        };
      });
    },
  );

  r.post(
    '/api/v1/audit/verify',
    {
      config: { access: 'read:audit' },
      schema: {
        tags: ['audit'],
        summary: 'Walk the whole hash chain and name the first broken link (national auditors only)',
        body: noBody,
        response: { 200: chainSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (scopeOf(actor, 'read:audit') !== 'national') throw new AppError('FORBIDDEN');
      const report = await verifyAuditChain(ctx.db);
      await ctx.db.transaction((tx) =>
        writeAudit(
          tx,
          request.audit,
          { action: 'audit.verified', objectType: 'audit', details: { ...report } },
          ctx.clock.now(),
        ),
      );
      return report;
    },
  );
}

import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The append-only audit log. Each row's hash covers its content and the previous row's hash, so an edited,
 * inserted or deleted row breaks the chain at that point. A trigger (migration 0001) refuses UPDATE and DELETE.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    action: text('action').notNull(),
    outcome: text('outcome', { enum: ['success', 'failure'] }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorUsername: text('actor_username'),
    actorOrganisationId: uuid('actor_organisation_id'),
    actorRegionCode: text('actor_region_code'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    requestId: text('request_id'),
    objectType: text('object_type'),
    objectId: text('object_id'),
    /** The region the object belongs to, so regional auditors see their region's trail. */
    objectRegionCode: text('object_region_code'),
    changes: jsonb('changes'),
    details: jsonb('details'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_events_at_idx').on(t.at),
    index('audit_events_actor_idx').on(t.actorUserId, t.at),
    index('audit_events_object_idx').on(t.objectType, t.objectId, t.at),
    index('audit_events_action_idx').on(t.action, t.at),
  ],
);

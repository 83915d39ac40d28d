import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/tables.ts';
import { organisations } from '../../platform/directory/tables.ts';
import { cases } from '../cases/tables.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/** Every published version of the interagency protocol; a case's concern is judged by the one in force then. */
export const protocolVersions = pgTable(
  'protocol_versions',
  {
    id: uuid('id').primaryKey(),
    protocolId: text('protocol_id').notNull(),
    version: integer('version').notNull(),
    validFrom: at('valid_from').notNull(),
    document: jsonb('document').notNull(),
    publishedBy: uuid('published_by'),
    publishedAt: at('published_at').notNull(),
  },
  (t) => [uniqueIndex('protocol_versions_key').on(t.protocolId, t.version)],
);

/** An action the protocol made due on a case, for an organisation, by a time. */
export const protocolActions = pgTable(
  'protocol_actions',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** The engine's idempotency key: the same obligation on the same case is scheduled once. */
    key: text('key').notNull().unique(),
    protocolId: text('protocol_id').notNull(),
    protocolVersion: integer('protocol_version').notNull(),
    ruleId: text('rule_id').notNull(),
    concern: text('concern').notNull(),
    organisationType: text('organisation_type').notNull(),
    /** Null when no organisation of the type serves the case's territory: shown to the supervisor to resolve. */
    organisationId: uuid('organisation_id').references(() => organisations.id),
    action: text('action').notNull(),
    within: jsonb('within').notNull(),
    recordedAt: at('recorded_at').notNull(),
    dueAt: at('due_at').notNull(),
    escalateAt: at('escalate_at'),
    doneAt: at('done_at'),
    doneBy: uuid('done_by').references(() => users.id),
    doneNote: text('done_note'),
    escalatedAt: at('escalated_at'),
    regionCode: text('region_code'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [
    index('protocol_actions_case_idx').on(t.caseId),
    index('protocol_actions_org_idx').on(t.organisationId, t.doneAt),
    index('protocol_actions_due_idx').on(t.dueAt),
    index('protocol_actions_region_idx').on(t.regionCode, t.organisationType),
    // Everything the compliance figures read, in their grouping order: an index-only scan, no sort
    // (bench/response.ts: 1,200,000 actions).
    index('protocol_actions_compliance_idx').on(
      t.regionCode,
      t.organisationType,
      t.dueAt,
      t.doneAt,
      t.recordedAt,
    ),
  ],
);

/** A mobile response group of a district (measure 26): members from several agencies. */
export const mobileGroups = pgTable('mobile_groups', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  districtCode: text('district_code').notNull(),
  regionCode: text('region_code').notNull(),
  createdAt: at('created_at').notNull(),
});

export const mobileGroupMembers = pgTable(
  'mobile_group_members',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => mobileGroups.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] })],
);

/** When a group is on duty; an immediate-risk case dispatches the group on duty in its district. */
export const mobileGroupDuty = pgTable(
  'mobile_group_duty',
  {
    id: uuid('id').primaryKey(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => mobileGroups.id),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at').notNull(),
  },
  (t) => [index('mobile_group_duty_idx').on(t.groupId, t.startsAt)],
);

export const dispatches = pgTable(
  'dispatches',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    groupId: uuid('group_id')
      .notNull()
      .references(() => mobileGroups.id),
    /** The dispatch as the domain keeps it (status and times). */
    state: jsonb('state').notNull(),
    status: text('status').notNull(),
    escalationLevel: integer('escalation_level').notNull().default(0),
    notes: text('notes'),
    regionCode: text('region_code'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('dispatches_group_idx').on(t.groupId, t.status), index('dispatches_case_idx').on(t.caseId)],
);

/** A hearing of a commission on juvenile affairs (KDN). */
export const kdnHearings = pgTable(
  'kdn_hearings',
  {
    id: uuid('id').primaryKey(),
    kdnOrganisationId: uuid('kdn_organisation_id')
      .notNull()
      .references(() => organisations.id),
    scheduledAt: at('scheduled_at').notNull(),
    place: text('place'),
    status: text('status').notNull(),
    attendees: jsonb('attendees').notNull(),
    regionCode: text('region_code'),
    createdBy: uuid('created_by').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('kdn_hearings_org_idx').on(t.kdnOrganisationId, t.scheduledAt)],
);

export const kdnAgendaItems = pgTable(
  'kdn_agenda_items',
  {
    id: uuid('id').primaryKey(),
    hearingId: uuid('hearing_id')
      .notNull()
      .references(() => kdnHearings.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    decisionType: text('decision_type'),
    decisionText: text('decision_text'),
    decidedAt: at('decided_at'),
  },
  (t) => [uniqueIndex('kdn_agenda_key').on(t.hearingId, t.caseId)],
);

/** A school's tertiary-prevention plan after a registered fact (measure 28). */
export const tertiaryPlans = pgTable(
  'tertiary_plans',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    schoolOrganisationId: uuid('school_organisation_id')
      .notNull()
      .references(() => organisations.id),
    startsOn: text('starts_on').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [uniqueIndex('tertiary_plans_case_key').on(t.caseId)],
);

export const tertiaryActivities = pgTable(
  'tertiary_activities',
  {
    id: uuid('id').primaryKey(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => tertiaryPlans.id),
    participant: text('participant').notNull(),
    activity: text('activity').notNull(),
    description: text('description'),
    responsible: text('responsible'),
    responsibleUserId: uuid('responsible_user_id').references(() => users.id),
    byDate: text('by_date').notNull(),
    everyDays: integer('every_days'),
    doneAt: at('done_at'),
    doneBy: uuid('done_by'),
    doneNote: text('done_note'),
  },
  (t) => [index('tertiary_activities_plan_idx').on(t.planId)],
);

/** Providers of rehabilitation services per region (measure 20). */
export const rehabilitationProviders = pgTable(
  'rehabilitation_providers',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    regionCode: text('region_code').notNull(),
    services: text('services').array().notNull(),
    active: boolean('active').notNull().default(true),
    contact: text('contact'),
  },
  (t) => [
    index('rehabilitation_providers_region_idx').on(t.regionCode),
    uniqueIndex('rehabilitation_providers_org_key').on(t.organisationId),
  ],
);

/** A rehabilitation service planned and delivered for a child who was a victim or a witness. */
export const rehabilitationServices = pgTable(
  'rehabilitation_services',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    service: text('service').notNull(),
    childWas: text('child_was').notNull(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => rehabilitationProviders.id),
    plannedFrom: text('planned_from').notNull(),
    sessionsPlanned: integer('sessions_planned'),
    deliveredAt: at('delivered_at'),
    outcome: text('outcome'),
    outcomeNote: text('outcome_note'),
    createdBy: uuid('created_by').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('rehabilitation_services_case_idx').on(t.caseId)],
);

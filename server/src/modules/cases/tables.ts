import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
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

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A child (or, later, any person a case is about). Names as written plus their normalised keys, so a search
 * in Kazakh Cyrillic, Russian Cyrillic or Latin finds the same child (domain/src/person).
 */
export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey(),
    iin: text('iin'),
    surname: text('surname').notNull(),
    givenName: text('given_name').notNull(),
    patronymic: text('patronymic'),
    writtenIn: text('written_in').notNull(),
    latinSurname: text('latin_surname'),
    latinGivenName: text('latin_given_name'),
    latinPatronymic: text('latin_patronymic'),
    birthDate: date('birth_date'),
    estimatedAgeYears: integer('estimated_age_years'),
    estimatedAgeAsOf: date('estimated_age_as_of'),
    sex: text('sex'),
    /** The rest of the record (citizenship, address, school, languages, disability, family), as validated by zod. */
    record: jsonb('record').notNull(),
    /** IIN date/sex mismatches and the like: shown, never blocking. */
    warnings: jsonb('warnings').notNull().default(sql`'[]'::jsonb`),
    surnameKey: text('surname_key').notNull(),
    givenNameKey: text('given_name_key').notNull(),
    surnameCode: text('surname_code').notNull(),
    givenNameCode: text('given_name_code').notNull(),
    addressKato: text('address_kato'),
    /** Set when a supervisor merged this record into another; reversible. */
    mergedInto: uuid('merged_into'),
    createdAt: at('created_at').notNull(),
    createdBy: uuid('created_by'),
    updatedAt: at('updated_at').notNull(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    uniqueIndex('persons_iin_key').on(t.iin).where(sql`${t.iin} is not null and ${t.mergedInto} is null`),
    index('persons_surname_key_idx').on(t.surnameKey),
    index('persons_given_name_key_idx').on(t.givenNameKey),
    index('persons_surname_code_idx').on(t.surnameCode),
    index('persons_given_name_code_idx').on(t.givenNameCode),
    // The name search's prefixes (`surname_key like 'ahmet%'`) and an IIN's first digits: a plain btree serves
    // LIKE only under the C collation, these under any (bench/cases.ts: the search starts from the names).
    index('persons_surname_key_prefix_idx').using('btree', t.surnameKey.op('text_pattern_ops')),
    index('persons_given_name_key_prefix_idx').using('btree', t.givenNameKey.op('text_pattern_ops')),
    index('persons_iin_prefix_idx').using('btree', t.iin.op('text_pattern_ops')),
  ],
);

/** Blocking keys for duplicate detection (see domain/src/person/duplicate-candidates.ts). */
export const personSearchKeys = pgTable(
  'person_search_keys',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.key, t.personId] }),
    index('person_search_keys_person_idx').on(t.personId),
  ],
);

/** A merge of two records found to be one child: undone by setting `undoneAt`, never by deleting. */
export const personMerges = pgTable('person_merges', {
  id: uuid('id').primaryKey(),
  fromPersonId: uuid('from_person_id')
    .notNull()
    .references(() => persons.id),
  intoPersonId: uuid('into_person_id')
    .notNull()
    .references(() => persons.id),
  /** The cases moved from one person to the other, so an undo moves exactly these back. */
  movedCaseIds: uuid('moved_case_ids').array().notNull(),
  /** Set when the merge gave the surviving record the merged one's IIN, so an undo can take it back. */
  copiedIin: text('copied_iin'),
  reason: text('reason').notNull(),
  mergedBy: uuid('merged_by').notNull(),
  mergedAt: at('merged_at').notNull(),
  undoneBy: uuid('undone_by'),
  undoneAt: at('undone_at'),
});

/** A case: one child, one or more concerns, owned by an organisation, placed where the child lives. */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey(),
    /** Human-readable, e.g. "QG-2026-000123". */
    number: text('number').notNull().unique(),
    childId: uuid('child_id')
      .notNull()
      .references(() => persons.id),
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisations.id),
    ownerUserId: uuid('owner_user_id').references(() => users.id),
    districtCode: text('district_code'),
    regionCode: text('region_code'),
    source: text('source').notNull(),
    reporter: jsonb('reporter'),
    reportedAt: at('reported_at').notNull(),
    concerns: text('concerns').array().notNull(),
    incident: jsonb('incident').notNull(),
    riskLevel: text('risk_level').notNull(),
    riskReason: text('risk_reason').notNull(),
    /** When the case was last triaged; the response-time clock runs from here. */
    triagedAt: at('triaged_at').notNull(),
    responseDueAt: at('response_due_at').notNull(),
    firstContactAt: at('first_contact_at'),
    stage: text('stage').notNull(),
    status: text('status').notNull(),
    workflow: jsonb('workflow').notNull(),
    consent: jsonb('consent'),
    closedAt: at('closed_at'),
    createdAt: at('created_at').notNull(),
    createdBy: uuid('created_by').notNull(),
    updatedAt: at('updated_at').notNull(),
    updatedBy: uuid('updated_by').notNull(),
  },
  (t) => [
    index('cases_owner_org_idx').on(t.ownerOrganisationId, t.updatedAt),
    index('cases_owner_user_idx').on(t.ownerUserId),
    index('cases_district_idx').on(t.districtCode, t.updatedAt),
    index('cases_region_idx').on(t.regionCode, t.updatedAt),
    index('cases_child_idx').on(t.childId),
    index('cases_status_idx').on(t.status, t.riskLevel),
    index('cases_updated_idx').on(t.updatedAt, t.id),
  ],
);

/**
 * The child's name search keys on each case, kept by database triggers (migration 0008_case_name_keys_triggers) whenever
 * a case is registered, its child, district or region changes (a merge moves cases), or a person's name keys
 * change: four rows a case — `s:` surname key, `g:` given-name key, `S:` surname code, `G:` given-name code.
 * With the case's district and region beside them, a district-wide reader's name search is an index range
 * (`district_code = … and key like 's:ahmet%'`) instead of a walk through the district's cases
 * (bench/cases.ts: 15,000 cases in a district).
 */
export const caseNameKeys = pgTable(
  'case_name_keys',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    districtCode: text('district_code'),
    regionCode: text('region_code'),
    key: text('key').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.key] }),
    index('case_name_keys_district_idx').using(
      'btree',
      t.districtCode,
      t.key.op('text_pattern_ops'),
      t.caseId,
    ),
    index('case_name_keys_region_idx').using('btree', t.regionCode, t.key.op('text_pattern_ops'), t.caseId),
    // A worker's search (their own, organisation's, referred cases: id sets) intersects these with the country's.
    index('case_name_keys_key_idx').using('btree', t.key.op('text_pattern_ops'), t.caseId),
  ],
);

export const caseAssignees = pgTable(
  'case_assignees',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    assignedBy: uuid('assigned_by').notNull(),
    assignedAt: at('assigned_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] }), index('case_assignees_user_idx').on(t.userId)],
);

/** Every saved revision of a structured form (assessment, case plan); the newest is the current one. */
export const caseForms = pgTable(
  'case_forms',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    form: text('form').notNull(),
    schemaVersion: integer('schema_version').notNull(),
    revision: integer('revision').notNull(),
    data: jsonb('data').notNull(),
    savedBy: uuid('saved_by').notNull(),
    savedAt: at('saved_at').notNull(),
  },
  (t) => [uniqueIndex('case_forms_revision_key').on(t.caseId, t.form, t.revision)],
);

export const caseTasks = pgTable(
  'case_tasks',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    title: text('title').notNull(),
    /** A task the system set (a KDN decision's `kdn.check_supervision`): its label replaces the title. */
    kind: text('kind'),
    /** What set it: the KDN agenda item whose decision it carries out. */
    sourceId: uuid('source_id'),
    dueAt: at('due_at').notNull(),
    assigneeUserId: uuid('assignee_user_id').references(() => users.id),
    assigneeOrganisationId: uuid('assignee_organisation_id').references(() => organisations.id),
    doneAt: at('done_at'),
    doneBy: uuid('done_by'),
    result: text('result'),
    createdBy: uuid('created_by').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [
    index('case_tasks_case_idx').on(t.caseId),
    index('case_tasks_source_idx').on(t.sourceId),
    index('case_tasks_assignee_idx').on(t.assigneeUserId, t.dueAt),
    index('case_tasks_open_due_idx').on(t.dueAt).where(sql`${t.doneAt} is null`),
  ],
);

export const caseNotes = pgTable(
  'case_notes',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    text: text('text').notNull(),
    authorId: uuid('author_id').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('case_notes_case_idx').on(t.caseId, t.createdAt)],
);

export const caseFlags = pgTable(
  'case_flags',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    reason: text('reason').notNull(),
    note: text('note'),
    raisedBy: uuid('raised_by').notNull(),
    raisedAt: at('raised_at').notNull(),
    removedBy: uuid('removed_by'),
    removedAt: at('removed_at'),
  },
  (t) => [index('case_flags_case_idx').on(t.caseId)],
);

export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    fromOrganisationId: uuid('from_organisation_id')
      .notNull()
      .references(() => organisations.id),
    toOrganisationId: uuid('to_organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The referral as the domain keeps it (status, dates, answers); the columns below are for queries. */
    state: jsonb('state').notNull(),
    status: text('status').notNull(),
    answerDueAt: at('answer_due_at').notNull(),
    resultDueAt: at('result_due_at').notNull(),
    overrideReason: text('override_reason'),
    createdBy: uuid('created_by').notNull(),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    index('referrals_case_idx').on(t.caseId),
    index('referrals_to_org_idx').on(t.toOrganisationId, t.status),
  ],
);

export const transfers = pgTable(
  'transfers',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    fromOrganisationId: uuid('from_organisation_id')
      .notNull()
      .references(() => organisations.id),
    toOrganisationId: uuid('to_organisation_id')
      .notNull()
      .references(() => organisations.id),
    state: jsonb('state').notNull(),
    status: text('status').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    index('transfers_case_idx').on(t.caseId),
    index('transfers_to_org_idx').on(t.toOrganisationId, t.status),
  ],
);

export const breakGlassGrants = pgTable(
  'break_glass_grants',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    reason: text('reason').notNull(),
    startsAt: at('starts_at').notNull(),
    expiresAt: at('expires_at').notNull(),
    revokedAt: at('revoked_at'),
    revokedBy: uuid('revoked_by'),
  },
  (t) => [index('break_glass_user_idx').on(t.userId, t.caseId)],
);

/** Per-year counters for human-readable case numbers. */
export const caseNumbers = pgTable('case_numbers', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});

/** Each concern with the moment it was recorded: the protocol version in force then decides what it sets in motion. */
export const caseConcerns = pgTable(
  'case_concerns',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    concern: text('concern').notNull(),
    recordedAt: at('recorded_at').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.concern] })],
);

/**
 * Organisations taking part in a case because the protocol made them act, a mobile group was dispatched or
 * the KDN hears it: they may open the case while their part is active (the `participant` relation).
 */
export const caseParticipants = pgTable(
  'case_participants',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** What brought it in: 'protocol_action', 'dispatch', 'kdn_hearing', 'kdn_decision', 'tertiary_plan'. */
    reason: text('reason').notNull(),
    sourceId: uuid('source_id').notNull(),
    active: boolean('active').notNull().default(true),
    since: at('since').notNull(),
    until: at('until'),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.organisationId, t.reason, t.sourceId] }),
    index('case_participants_org_idx').on(t.organisationId, t.active),
  ],
);

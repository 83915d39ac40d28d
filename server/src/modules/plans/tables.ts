import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from '../../platform/directory/tables.ts';

/**
 * A plan, identified by the act that approved it (issuer, number, date). The descriptive columns hold
 * the current version's reading; every version keeps its own in `plan_versions`.
 */
export const plans = pgTable(
  'plans',
  {
    id: uuid('id').primaryKey(),
    actType: text('act_type').notNull(),
    actIssuer: text('act_issuer').notNull(),
    actNumber: text('act_number').notNull(),
    actDate: date('act_date').notNull(),
    language: text('language').notNull(),
    title: text('title').notNull(),
    periodFrom: integer('period_from').notNull(),
    periodTo: integer('period_to').notNull(),
    reportingFrequency: text('reporting_frequency'),
    executorsDueDay: integer('executors_due_day'),
    coordinatorDueDay: integer('coordinator_due_day'),
    currentVersion: integer('current_version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [uniqueIndex('plans_act_idx').on(t.actIssuer, t.actNumber, t.actDate)],
);

/** One imported text of a plan. Versions are never changed or removed; the original text is kept. */
export const planVersions = pgTable(
  'plan_versions',
  {
    id: uuid('id').primaryKey(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    version: integer('version').notNull(),
    language: text('language').notNull(),
    title: text('title').notNull(),
    periodFrom: integer('period_from').notNull(),
    periodTo: integer('period_to').notNull(),
    reportingFrequency: text('reporting_frequency'),
    executorsDueDay: integer('executors_due_day'),
    coordinatorDueDay: integer('coordinator_due_day'),
    /** The list of abbreviations as this version prints it, in its order. */
    abbreviations: jsonb('abbreviations').notNull(),
    /** Every warning the parser gave on this text (code, params, measure, field). */
    warnings: jsonb('warnings').notNull(),
    sourceText: text('source_text').notNull(),
    sourceSha256: text('source_sha256').notNull(),
    sourceFilename: text('source_filename'),
    sourceBytes: integer('source_bytes').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull(),
    importedBy: uuid('imported_by'),
  },
  (t) => [uniqueIndex('plan_versions_plan_version_idx').on(t.planId, t.version)],
);

/** The section headings of a version's table. */
export const planSections = pgTable(
  'plan_sections',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => planVersions.id),
    number: integer('number').notNull(),
    title: text('title').notNull(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.number] })],
);

/**
 * One measure (row of the table) of one version. `parsed` is the measure exactly as the parser read
 * it, the record the API presents; the other columns project from it what lists filter and reports
 * aggregate. Rows are written once at import and never updated, so the two cannot drift.
 */
export const planMeasures = pgTable(
  'plan_measures',
  {
    id: uuid('id').primaryKey(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    versionId: uuid('version_id')
      .notNull()
      .references(() => planVersions.id),
    number: integer('number').notNull(),
    section: integer('section'),
    title: text('title').notNull(),
    /** The title folded for search (lower case, Cyrillic look-alikes, one space), matched with strpos. */
    searchText: text('search_text').notNull(),
    formText: text('form_text').notNull(),
    formSearch: text('form_search').notNull(),
    formReportsTo: text('form_reports_to'),
    deadlineText: text('deadline_text').notNull(),
    deadlineStart: date('deadline_start'),
    deadlineEnd: date('deadline_end'),
    dueDates: date('due_dates').array().notNull(),
    financingText: text('financing_text').notNull(),
    financingRequired: boolean('financing_required').notNull(),
    totalMln: numeric('total_mln', { precision: 18, scale: 4, mode: 'number' }),
    sources: text('sources').array().notNull(),
    programmes: text('programmes').array().notNull(),
    parsed: jsonb('parsed').notNull(),
    /** The parser's warnings about this measure. */
    warnings: jsonb('warnings').notNull(),
  },
  (t) => [
    uniqueIndex('plan_measures_version_number_idx').on(t.versionId, t.number),
    index('plan_measures_plan_number_idx').on(t.planId, t.number),
    index('plan_measures_section_idx').on(t.versionId, t.section),
  ],
);

/** The responsible executors of a measure, in the order the cell names them; the first is the lead. */
export const planMeasureExecutors = pgTable(
  'plan_measure_executors',
  {
    measureId: uuid('measure_id')
      .notNull()
      .references(() => planMeasures.id),
    position: integer('position').notNull(),
    code: text('code').notNull(),
    lead: boolean('lead').notNull(),
    byAgreement: boolean('by_agreement').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.measureId, t.position] }),
    index('plan_measure_executors_code_idx').on(t.code, t.lead),
  ],
);

/** The estimated cost of a measure by year, in million tenge. */
export const planMeasureAmounts = pgTable(
  'plan_measure_amounts',
  {
    measureId: uuid('measure_id')
      .notNull()
      .references(() => planMeasures.id),
    year: integer('year').notNull(),
    amountMln: numeric('amount_mln', { precision: 18, scale: 4, mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.measureId, t.year] })],
);

/**
 * A translation of a measure into another language, made by a person. It belongs to the plan and the
 * measure number, not to a version, and records which original it translated so a later version that
 * changes the text shows it as outdated. The original is never overwritten.
 */
export const planMeasureTranslations = pgTable(
  'plan_measure_translations',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    measureNumber: integer('measure_number').notNull(),
    locale: text('locale').notNull(),
    title: text('title').notNull(),
    formText: text('form_text'),
    deadlineText: text('deadline_text'),
    /** The version whose original text was translated, and a fingerprint of that text. */
    sourceVersion: integer('source_version').notNull(),
    sourceFingerprint: text('source_fingerprint').notNull(),
    translatedAt: timestamp('translated_at', { withTimezone: true }).notNull(),
    translatedBy: uuid('translated_by'),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.measureNumber, t.locale] }),
    check('plan_measure_translations_locale', sql`${t.locale} in ('kk', 'ru', 'en')`),
  ],
);

/**
 * The agency directory of a plan: one entry per abbreviation, with its full name as the plan prints it,
 * whether it names a body or a term, and where it points among organisations — one organisation (which
 * may no longer exist), or every organisation of a type (the akimats), or nowhere.
 */
export const planAgencies = pgTable(
  'plan_agencies',
  {
    id: uuid('id').primaryKey(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['agency', 'term'] }).notNull(),
    linkType: text('link_type', { enum: ['organisation', 'organisation_type', 'none'] }).notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    organisationType: text('organisation_type'),
    organisationLevel: text('organisation_level'),
    /** 'automatic' links are proposed again at each import; a coordinator's correction is kept. */
    linkSource: text('link_source', { enum: ['automatic', 'coordinator'] }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    uniqueIndex('plan_agencies_plan_code_idx').on(t.planId, t.code),
    check(
      'plan_agencies_link',
      sql`(${t.linkType} = 'organisation') = (${t.organisationId} is not null) and (${t.linkType} = 'organisation_type') = (${t.organisationType} is not null)`,
    ),
  ],
);

/**
 * For an agency linked to an organisation that was reorganised (БҒМ), the organisations that report on
 * its measures today (the Ministry of Enlightenment), resolved through `organisation_successors`.
 */
export const planAgencyCurrent = pgTable(
  'plan_agency_current',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => planAgencies.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.organisationId] })],
);

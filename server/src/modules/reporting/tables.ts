import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
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
import { plans } from '../plans/tables.ts';

/**
 * A reporting period of a plan with its two due dates and the rule it followed (the plan's own, or the
 * coordinator's override). Obligations were derived from `planVersion`, the version current at opening.
 */
export const reportingPeriods = pgTable(
  'reporting_periods',
  {
    id: uuid('id').primaryKey(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    planVersion: integer('plan_version').notNull(),
    /** DHIS2-style: "2020", "2020S1", "2020Q3", "202007". */
    code: text('code').notNull(),
    frequency: text('frequency', { enum: ['year', 'half-year', 'quarter', 'month'] }).notNull(),
    year: integer('year').notNull(),
    part: integer('part').notNull(),
    start: date('start').notNull(),
    end: date('end').notNull(),
    executorsDueDay: integer('executors_due_day').notNull(),
    coordinatorDueDay: integer('coordinator_due_day').notNull(),
    executorsDue: date('executors_due').notNull(),
    coordinatorDue: date('coordinator_due').notNull(),
    /** Whether the rule differs from the plan's own. */
    overridden: boolean('overridden').notNull(),
    /** When reminders go out (days before, on the day, overdue, escalation). */
    reminderRule: jsonb('reminder_rule').notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    openedBy: uuid('opened_by').references(() => users.id),
    /** Counts every change to the period's reports and texts, so cached figures know when they are stale. */
    revision: integer('revision').notNull().default(0),
  },
  (t) => [
    uniqueIndex('reporting_periods_plan_code_idx').on(t.planId, t.code),
    check('reporting_periods_dates', sql`${t.start} <= ${t.end} and ${t.end} < ${t.executorsDue}`),
  ],
);

/**
 * One organisation's duty (or invitation) to report on one measure for one period, with the report as it
 * stands now. The report's history is in `reporting_report_versions` (each submission) and
 * `reporting_report_events` (every step); the columns here are what lists and completeness read.
 */
export const reportingObligations = pgTable(
  'reporting_obligations',
  {
    id: uuid('id').primaryKey(),
    periodId: uuid('period_id')
      .notNull()
      .references(() => reportingPeriods.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    measureNumber: integer('measure_number').notNull(),
    section: integer('section'),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The organisation's region (null for ministries), copied so scope filters are plain equalities. */
    regionCode: text('region_code'),
    districtCode: text('district_code'),
    /** The executor codes of the plan this organisation answers for on the measure. */
    codes: text('codes').array().notNull(),
    lead: boolean('lead').notNull(),
    /** Named only "by agreement": welcome to report, never expected, late or missing. */
    invited: boolean('invited').notNull(),
    reportDue: date('report_due').notNull(),
    deliverableDue: date('deliverable_due'),
    /** Null until the executor first saves something. */
    state: text('state', { enum: ['draft', 'submitted', 'returned', 'accepted', 'reopened'] }),
    /** The report as it stands (an `ExecutorReport`): the draft being written or the version under review. */
    content: jsonb('content'),
    /** The execution status of `content`, projected for dashboards. */
    executionStatus: text('execution_status'),
    version: integer('version').notNull().default(0),
    firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true }),
    lastSubmittedAt: timestamp('last_submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by'),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    uniqueIndex('reporting_obligations_unique_idx').on(t.periodId, t.measureNumber, t.organisationId),
    index('reporting_obligations_org_idx').on(t.organisationId, t.periodId),
    index('reporting_obligations_region_idx').on(t.periodId, t.regionCode),
    index('reporting_obligations_state_idx').on(t.periodId, t.state),
  ],
);

/** Every submitted version of a report, kept as sent, with the review it received. */
export const reportingReportVersions = pgTable(
  'reporting_report_versions',
  {
    obligationId: uuid('obligation_id')
      .notNull()
      .references(() => reportingObligations.id),
    version: integer('version').notNull(),
    content: jsonb('content').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    submittedBy: uuid('submitted_by').notNull(),
    decision: text('decision', { enum: ['accepted', 'returned'] }),
    comment: text('comment'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by'),
  },
  (t) => [primaryKey({ columns: [t.obligationId, t.version] })],
);

/** The steps of a report's life, in order: saved, submitted, accepted, returned, re-opened. */
export const reportingReportEvents = pgTable(
  'reporting_report_events',
  {
    id: uuid('id').primaryKey(),
    obligationId: uuid('obligation_id')
      .notNull()
      .references(() => reportingObligations.id),
    action: text('action', { enum: ['saved', 'submitted', 'accepted', 'returned', 'reopened'] }).notNull(),
    version: integer('version').notNull(),
    note: text('note'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    by: uuid('by').notNull(),
  },
  (t) => [index('reporting_report_events_obligation_idx').on(t.obligationId, t.at)],
);

/**
 * Per measure and period: the lead executor's summary of its co-executors' reports, and the
 * coordinator's consolidated text (kk and ru) with the overall assessment that goes to the Government.
 */
export const reportingMeasureTexts = pgTable(
  'reporting_measure_texts',
  {
    periodId: uuid('period_id')
      .notNull()
      .references(() => reportingPeriods.id),
    measureNumber: integer('measure_number').notNull(),
    summary: text('summary'),
    summaryBy: uuid('summary_by'),
    summaryAt: timestamp('summary_at', { withTimezone: true }),
    consolidatedKk: text('consolidated_kk'),
    consolidatedRu: text('consolidated_ru'),
    assessment: text('assessment'),
    consolidatedBy: uuid('consolidated_by'),
    consolidatedAt: timestamp('consolidated_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.periodId, t.measureNumber] })],
);

/**
 * What a measure's reports ask for, set by the coordinator: whether a produced document is required and
 * which indicators it counts (null: the whole catalogue). Without a row, the form of completion decides.
 */
export const reportingMeasureForms = pgTable(
  'reporting_measure_forms',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    measureNumber: integer('measure_number').notNull(),
    documentRequired: boolean('document_required').notNull(),
    indicators: text('indicators').array(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [primaryKey({ columns: [t.planId, t.measureNumber] })],
);

/** A generated Government report: its period, version and language, and its three files. */
export const governmentReports = pgTable(
  'government_reports',
  {
    id: uuid('id').primaryKey(),
    periodId: uuid('period_id')
      .notNull()
      .references(() => reportingPeriods.id),
    version: integer('version').notNull(),
    language: text('language', { enum: ['kk', 'ru'] }).notNull(),
    status: text('status', { enum: ['queued', 'done', 'failed'] }).notNull(),
    jobId: uuid('job_id'),
    docxFileId: uuid('docx_file_id'),
    xlsxFileId: uuid('xlsx_file_id'),
    pdfFileId: uuid('pdf_file_id'),
    measures: integer('measures'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by'),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('government_reports_version_idx').on(t.periodId, t.version)],
);

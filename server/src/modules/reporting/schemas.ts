import { INDICATOR_CODES } from '@qorgau/domain/reporting/index';
import { z } from 'zod';
import { namesSchema } from '../../platform/http/schemas.ts';

// The API shapes of the reporting cycle.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const FREQUENCIES = ['year', 'half-year', 'quarter', 'month'] as const;
export const EXECUTION_STATUS_VALUES = [
  'executed',
  'partially_executed',
  'in_progress',
  'not_executed',
] as const;
export const REPORT_STATE_VALUES = ['draft', 'submitted', 'returned', 'accepted', 'reopened'] as const;
export const TIMELINESS_VALUES = ['on_time', 'late', 'missing', 'pending', 'invited'] as const;
export const ASSESSMENT_VALUES = [...EXECUTION_STATUS_VALUES, 'no_information'] as const;
export const SOURCE_VALUES = ['republican', 'local', 'world_bank', 'extra_budgetary'] as const;

export const ruleSchema = z
  .object({
    frequency: z.enum(FREQUENCIES),
    executorsDueDay: z.number().int(),
    coordinatorDueDay: z.number().int(),
  })
  .meta({ id: 'ReportingRule' });

export const reminderRuleDtoSchema = z
  .object({
    daysBefore: z.array(z.number().int()),
    onDueDate: z.boolean(),
    overdueEveryDays: z.number().int(),
    escalateAfterDays: z.number().int(),
  })
  .meta({ id: 'ReminderRule' });

export const periodSchema = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    planVersion: z.number().int(),
    code: z.string(),
    frequency: z.enum(FREQUENCIES),
    year: z.number().int(),
    part: z.number().int(),
    start: isoDate,
    end: isoDate,
    executorsDue: isoDate,
    coordinatorDue: isoDate,
    rule: ruleSchema,
    overridden: z.boolean(),
    reminderRule: reminderRuleDtoSchema,
    openedAt: z.string(),
    counts: z.object({
      measures: z.number().int(),
      obligations: z.number().int(),
      expected: z.number().int(),
      invited: z.number().int(),
    }),
  })
  .meta({ id: 'ReportingPeriod' });

export const openPeriodInputSchema = z
  .object({
    planId: z.uuid(),
    year: z.number().int().min(1900).max(2100),
    /** Half, quarter or month of the year, from 1; 1 for a yearly period. */
    part: z.number().int().min(1).max(12).default(1),
    /** Overrides of the plan's own rule; a field left out keeps the plan's. */
    frequency: z.enum(FREQUENCIES).optional(),
    executorsDueDay: z.number().int().min(1).max(31).optional(),
    coordinatorDueDay: z.number().int().min(1).max(31).optional(),
    reminders: z
      .object({
        daysBefore: z.array(z.number().int().min(1).max(90)).max(10),
        onDueDate: z.boolean(),
        overdueEveryDays: z.number().int().min(1).max(90),
        escalateAfterDays: z.number().int().min(1).max(365),
      })
      .optional(),
    /** Only show what opening would create. */
    dryRun: z.boolean().default(false),
  })
  .strict();
export type OpenPeriodInput = z.infer<typeof openPeriodInputSchema>;

export const openPeriodResultSchema = z
  .object({
    dryRun: z.boolean(),
    period: periodSchema.omit({ id: true, openedAt: true }).extend({ id: z.uuid().nullable() }),
    planRule: ruleSchema.partial().nullable(),
    unresolved: z.array(z.object({ measure: z.number().int(), code: z.string() })),
    warnings: z.array(z.object({ measure: z.number().int(), code: z.string(), message: z.string() })),
    byExecutor: z.array(
      z.object({
        organisationId: z.uuid(),
        name: z.string(),
        expected: z.number().int(),
        invited: z.number().int(),
        lead: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'OpenPeriodResult' });

const figures = {
  expected: z.number().int(),
  submitted: z.number().int(),
  accepted: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  missing: z.number().int(),
  pending: z.number().int(),
  invited: z.number().int(),
  invitedSubmitted: z.number().int(),
};
export const figuresSchema = z.object(figures).meta({ id: 'CompletenessFigures' });

export const completenessSchema = z
  .object({
    periodId: z.uuid(),
    asOf: z.string(),
    ...figures,
    byExecutor: z.array(
      z.object({ organisationId: z.uuid(), name: z.string(), regionCode: z.string().nullable(), ...figures }),
    ),
    byRegion: z.array(z.object({ regionCode: z.string().nullable(), name: z.string(), ...figures })),
    bySection: z.array(z.object({ section: z.number().int().nullable(), title: z.string(), ...figures })),
    byMeasure: z.array(z.object({ measure: z.number().int(), ...figures })),
  })
  .meta({ id: 'Completeness' });

export const timelineSchema = z
  .object({
    periodId: z.uuid(),
    points: z.array(z.object({ date: isoDate, ...figures })),
  })
  .meta({ id: 'CompletenessTimeline' });

export const trendSchema = z
  .object({
    items: z.array(
      z.object({
        periodId: z.uuid(),
        planId: z.uuid(),
        periodCode: z.string(),
        executorsDue: isoDate,
        ...figures,
      }),
    ),
  })
  .meta({ id: 'CompletenessTrend' });

export const organisationBriefSchema = z
  .object({ id: z.uuid(), name: namesSchema, type: z.string(), regionCode: z.string().nullable() })
  .meta({ id: 'OrganisationBrief' });

export const obligationSchema = z
  .object({
    id: z.uuid(),
    periodId: z.uuid(),
    planId: z.uuid(),
    periodCode: z.string(),
    measure: z.number().int(),
    measureTitle: z.string(),
    section: z.number().int().nullable(),
    organisation: organisationBriefSchema,
    codes: z.array(z.string()),
    lead: z.boolean(),
    invited: z.boolean(),
    reportDue: isoDate,
    deliverableDue: isoDate.nullable(),
    /** Whole days from today (in Kazakhstan) to the due date; negative once overdue. */
    daysLeft: z.number().int(),
    state: z.enum(REPORT_STATE_VALUES).nullable(),
    executionStatus: z.enum(EXECUTION_STATUS_VALUES).nullable(),
    timeliness: z.enum(TIMELINESS_VALUES),
    version: z.number().int(),
    firstSubmittedAt: z.string().nullable(),
    lastSubmittedAt: z.string().nullable(),
    acceptedAt: z.string().nullable(),
  })
  .meta({ id: 'Obligation' });

export const obligationPageSchema = z
  .object({ items: z.array(obligationSchema), nextCursor: z.string().nullable(), total: z.number().int() })
  .meta({ id: 'ObligationPage' });

const spending = z.record(z.string(), z.union([z.number(), z.string()]));

/** A report as sent: the checks that need the measure's form (and the amounts' syntax) run in the service. */
export const reportInputSchema = z
  .object({
    status: z.enum(EXECUTION_STATUS_VALUES).nullish(),
    reason: z.string().nullish(),
    text: z.object({ kk: z.string().nullish(), ru: z.string().nullish() }).nullish(),
    document: z
      .object({ type: z.string().nullish(), number: z.string().nullish(), date: z.string().nullish() })
      .nullish(),
    indicators: z.record(z.string(), z.number()).nullish(),
    spending: spending.nullish(),
    evidence: z.array(z.string()).nullish(),
  })
  .meta({ id: 'ReportInput' });

export const reportContentSchema = z
  .object({
    status: z.enum(EXECUTION_STATUS_VALUES).nullable(),
    reason: z.string().nullable(),
    text: z.object({ kk: z.string().nullable(), ru: z.string().nullable() }),
    document: z
      .object({ type: z.string().nullable(), number: z.string().nullable(), date: z.string().nullable() })
      .nullable(),
    indicators: z.record(z.string(), z.number()),
    spending: z.record(z.string(), z.number()),
    evidence: z.array(z.string()),
  })
  .meta({ id: 'ReportContent' });

export const fileSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    mediaType: z.string(),
    bytes: z.number().int(),
    uploadedAt: z.string(),
  })
  .meta({ id: 'StoredFile' });

export const reportVersionSchema = z
  .object({
    version: z.number().int(),
    content: reportContentSchema,
    submittedAt: z.string(),
    submittedBy: z.string().nullable(),
    decision: z.enum(['accepted', 'returned']).nullable(),
    comment: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    reviewedBy: z.string().nullable(),
    /** What changed against the version before it. */
    changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
  })
  .meta({ id: 'ReportVersion' });

export const reportEventSchema = z
  .object({
    action: z.enum(['saved', 'submitted', 'accepted', 'returned', 'reopened']),
    version: z.number().int(),
    note: z.string().nullable(),
    at: z.string(),
    by: z.string().nullable(),
  })
  .meta({ id: 'ReportEvent' });

export const measureBriefSchema = z
  .object({
    number: z.number().int(),
    section: z.number().int().nullable(),
    sectionTitle: z.string().nullable(),
    title: z.string(),
    form: z.string(),
    executors: z.array(z.object({ code: z.string(), lead: z.boolean(), byAgreement: z.boolean() })),
    deadline: z.string(),
    /** The plan's amount for the period's year, million tenge. */
    plannedMln: z.number().nullable(),
    sources: z.array(z.enum(SOURCE_VALUES)),
  })
  .meta({ id: 'MeasureBrief' });

export const reportFormSchema = z
  .object({
    documentRequired: z.boolean(),
    indicators: z.array(z.enum(INDICATOR_CODES)),
  })
  .meta({ id: 'ReportForm' });

export const obligationDetailSchema = z
  .object({
    obligation: obligationSchema,
    period: periodSchema,
    measure: measureBriefSchema,
    form: reportFormSchema,
    /** What the reader sees: the executor their working copy, a reviewer the version last sent. */
    report: reportContentSchema.nullable(),
    evidence: z.array(fileSchema),
    versions: z.array(reportVersionSchema),
    events: z.array(reportEventSchema),
    /** The comment of the last return, for the executor fixing the report. */
    lastReturnComment: z.string().nullable(),
    allowed: z.object({
      edit: z.boolean(),
      submit: z.boolean(),
      accept: z.boolean(),
      return: z.boolean(),
      reopen: z.boolean(),
    }),
  })
  .meta({ id: 'ObligationDetail' });

export const measureFormInputSchema = z
  .object({
    documentRequired: z.boolean(),
    /** The indicators the measure counts; null allows the whole catalogue. */
    indicators: z.array(z.enum(INDICATOR_CODES)).max(INDICATOR_CODES.length).nullable(),
  })
  .strict();

export const reviewInputSchema = z.object({ comment: z.string().trim().max(5000).nullish() }).strict();
export const returnInputSchema = z.object({ comment: z.string().max(5000) }).strict();
export const reopenInputSchema = z.object({ reason: z.string().max(5000) }).strict();

export const measureViewSchema = z
  .object({
    periodId: z.uuid(),
    measure: measureBriefSchema,
    form: reportFormSchema,
    obligations: z.array(obligationSchema.extend({ report: reportContentSchema.nullable() })),
    summary: z.object({
      text: z.string().nullable(),
      by: z.string().nullable(),
      at: z.string().nullable(),
      /** The organisation that writes it (the single lead), null when the coordinator does. */
      authorOrganisationId: z.uuid().nullable(),
      mayWrite: z.boolean(),
    }),
    consolidation: z.object({
      kk: z.string().nullable(),
      ru: z.string().nullable(),
      assessment: z.enum(ASSESSMENT_VALUES).nullable(),
      by: z.string().nullable(),
      at: z.string().nullable(),
      mayWrite: z.boolean(),
    }),
    /** Drafted from the accepted reports, for the coordinator to start from. */
    drafts: z
      .object({
        kk: z.string(),
        ru: z.string(),
        assessment: z.enum(ASSESSMENT_VALUES),
        figures: z.unknown(),
      })
      .nullable(),
  })
  .meta({ id: 'MeasureReportingView' });

export const summaryInputSchema = z.object({ text: z.string().trim().min(1).max(20_000) }).strict();
export const consolidationInputSchema = z
  .object({
    kk: z.string().trim().max(20_000).nullish(),
    ru: z.string().trim().max(20_000).nullish(),
    assessment: z.enum(ASSESSMENT_VALUES),
  })
  .strict();

export const measureRowSchema = z
  .object({
    number: z.number().int(),
    section: z.number().int().nullable(),
    title: z.string(),
    expected: z.number().int(),
    submitted: z.number().int(),
    accepted: z.number().int(),
    assessment: z.enum(ASSESSMENT_VALUES).nullable(),
    consolidated: z.boolean(),
  })
  .meta({ id: 'PeriodMeasureRow' });

export const governmentReportSchema = z
  .object({
    id: z.uuid(),
    periodId: z.uuid(),
    version: z.number().int(),
    language: z.enum(['kk', 'ru']),
    status: z.enum(['queued', 'done', 'failed']),
    jobId: z.uuid().nullable(),
    measures: z.number().int().nullable(),
    files: z.array(
      z.object({ format: z.enum(['docx', 'xlsx', 'pdf']), bytes: z.number().int(), url: z.string() }),
    ),
    createdAt: z.string(),
    createdBy: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'GovernmentReport' });

export const dashboardSchema = z
  .object({
    planId: z.uuid().nullable(),
    periodId: z.uuid().nullable(),
    periodCode: z.string().nullable(),
    asOf: z.string(),
    measuresByStatus: z.array(
      z.object({
        section: z.number().int().nullable(),
        title: z.string(),
        executed: z.number().int(),
        partially_executed: z.number().int(),
        in_progress: z.number().int(),
        not_executed: z.number().int(),
        no_information: z.number().int(),
      }),
    ),
    overdueMeasures: z.array(
      z.object({ number: z.number().int(), title: z.string(), due: isoDate, reports: z.number().int() }),
    ),
    executorsByTimeliness: z.array(
      z.object({ organisationId: z.uuid(), name: z.string(), regionCode: z.string().nullable(), ...figures }),
    ),
    money: z.object({
      plannedByYear: z.array(z.object({ year: z.number().int(), amountMln: z.number() })),
      spentByYear: z.array(
        z.object({ year: z.number().int(), source: z.enum(SOURCE_VALUES), amountMln: z.number() }),
      ),
    }),
    regions: z.array(z.object({ regionCode: z.string(), name: z.string(), iso: z.string(), ...figures })),
  })
  .meta({ id: 'ReportingDashboard' });

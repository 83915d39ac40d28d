import { ORGANISATION_LEVELS, ORGANISATION_TYPES } from '@qorgau/domain/identity/organisation';
import { PLAN_WARNING_CODES } from '@qorgau/domain/roadmap/index';
import { z } from 'zod';
import { localeSchema, namesSchema } from '../../platform/http/schemas.ts';

// The API shapes of the plan registry. A measure is presented exactly as the parser reads it (the
// `ParsedPlan` JSON the CLI prints), with what the registry adds around it.

export const FINANCING_SOURCES = ['republican', 'local', 'world_bank', 'extra_budgetary'] as const;
export const ACT_TYPES = ['resolution', 'decree', 'ordinance', 'order'] as const;
export const ACT_ISSUERS = ['government', 'president', 'prime_minister', 'minister'] as const;
export const PLAN_LANGUAGES = ['kk', 'ru'] as const;
export const REPORTING_FREQUENCIES = ['year', 'half-year', 'quarter', 'month'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const actSchema = z
  .object({
    type: z.enum(ACT_TYPES),
    issuer: z.enum(ACT_ISSUERS),
    number: z.string(),
    date: isoDate,
    /** The act as a line of text in the reader's language. */
    line: z.string(),
  })
  .meta({ id: 'PlanAct' });

export const periodSchema = z
  .object({ from: z.number().int(), to: z.number().int() })
  .meta({ id: 'PlanPeriod' });

export const reportingSchema = z
  .object({
    frequency: z.enum(REPORTING_FREQUENCIES).nullable(),
    executorsDueDay: z.number().int().nullable(),
    coordinatorDueDay: z.number().int().nullable(),
  })
  .meta({ id: 'PlanReporting' });

export const sectionSchema = z
  .object({ number: z.number().int(), title: z.string() })
  .meta({ id: 'PlanSection' });

export const executorSchema = z
  .object({ code: z.string(), lead: z.boolean(), byAgreement: z.boolean() })
  .meta({ id: 'PlanExecutor' });

export const parsedMeasureSchema = z
  .object({
    number: z.number().int(),
    section: z.number().int().nullable(),
    title: z.string(),
    form: z.object({ text: z.string(), reportsTo: z.string().nullable() }),
    executors: z.array(executorSchema),
    deadline: z.object({
      text: z.string(),
      start: isoDate.nullable(),
      end: isoDate.nullable(),
      dueDates: z.array(isoDate),
    }),
    financing: z.object({
      text: z.string(),
      required: z.boolean(),
      totalMln: z.number().nullable(),
      byYearMln: z.record(z.string(), z.number()),
      sources: z.array(z.enum(FINANCING_SOURCES)),
      programmes: z.array(z.string()),
    }),
  })
  .meta({ id: 'ParsedMeasure' });

export const abbreviationSchema = z
  .object({ code: z.string(), name: z.string() })
  .meta({ id: 'PlanAbbreviation' });

export const warningSchema = z
  .object({
    measure: z.number().int().nullable(),
    field: z.string(),
    code: z.enum(PLAN_WARNING_CODES),
    /** In the reader's language. */
    message: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  })
  .meta({ id: 'PlanWarning' });

export const organisationRefSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    type: z.enum(ORGANISATION_TYPES),
    name: namesSchema,
    abbreviation: z.object({ kk: z.string().nullable(), ru: z.string().nullable() }),
    regionCode: z.string().nullable(),
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
  })
  .meta({ id: 'OrganisationRef' });

export const agencySchema = z
  .object({
    code: z.string(),
    /** The full name as the plan prints it. */
    name: z.string(),
    kind: z.enum(['agency', 'term']),
    link: z.object({
      type: z.enum(['organisation', 'organisation_type', 'none']),
      source: z.enum(['automatic', 'coordinator']),
      /** The organisation the plan names; it may no longer exist (validTo in the past). */
      organisation: organisationRefSchema.nullable(),
      /** Who answers for it today: the organisation itself or its successors. */
      current: z.array(organisationRefSchema),
      organisationType: z.enum(ORGANISATION_TYPES).nullable(),
      organisationLevel: z.enum(ORGANISATION_LEVELS).nullable(),
      /** For a link to a type: its organisations that existed during the plan's period. */
      members: z.array(organisationRefSchema),
      /** The link in words, in the reader's language. */
      description: z.string(),
    }),
    usage: z.object({
      executor: z.number().int(),
      lead: z.number().int(),
      reportsTo: z.number().int(),
    }),
  })
  .meta({ id: 'PlanAgency' });

export const fieldChangeSchema = z
  .object({ field: z.string(), from: z.unknown(), to: z.unknown() })
  .meta({ id: 'FieldChange' });

const keyedChanges = <K extends z.ZodType>(key: K) =>
  z.array(z.object({ key, changes: z.array(fieldChangeSchema) }));

export const planDiffSchema = z
  .object({
    plan: z.array(fieldChangeSchema),
    sections: z.object({
      added: z.array(sectionSchema),
      removed: z.array(sectionSchema),
      changed: keyedChanges(z.number().int()),
    }),
    measures: z.object({
      added: z.array(parsedMeasureSchema),
      removed: z.array(parsedMeasureSchema),
      changed: z.array(
        z.object({ number: z.number().int(), title: z.string(), changes: z.array(fieldChangeSchema) }),
      ),
    }),
    abbreviations: z.object({
      added: z.array(abbreviationSchema),
      removed: z.array(abbreviationSchema),
      changed: keyedChanges(z.string()),
    }),
  })
  .meta({ id: 'PlanDiff' });

export const versionSummarySchema = z
  .object({
    version: z.number().int(),
    importedAt: z.string(),
    importedBy: z.string().nullable(),
    sourceFilename: z.string().nullable(),
    sourceSha256: z.string(),
    sourceBytes: z.number().int(),
    measureCount: z.number().int(),
    warningCount: z.number().int(),
  })
  .meta({ id: 'PlanVersionSummary' });

export const planSummarySchema = z
  .object({
    id: z.uuid(),
    act: actSchema,
    language: z.enum(PLAN_LANGUAGES),
    title: z.string(),
    period: periodSchema,
    reporting: reportingSchema.nullable(),
    currentVersion: z.number().int(),
    versionCount: z.number().int(),
    counts: z.object({
      sections: z.number().int(),
      measures: z.number().int(),
      abbreviations: z.number().int(),
      warnings: z.number().int(),
    }),
    updatedAt: z.string(),
  })
  .meta({ id: 'PlanSummary' });

export const planOverviewSchema = planSummarySchema
  .extend({
    version: z.number().int(),
    sections: z.array(sectionSchema.extend({ measureCount: z.number().int(), totalMln: z.number() })),
    money: z.object({
      totalMln: z.number(),
      byYear: z.array(z.object({ year: z.number().int(), amountMln: z.number() })),
      /** Grouped by the set of sources a measure names, so the groups add up to the total. */
      bySource: z.array(
        z.object({
          sources: z.array(z.enum(FINANCING_SOURCES)),
          measureCount: z.number().int(),
          totalMln: z.number(),
        }),
      ),
      notRequired: z.number().int(),
    }),
    deadlines: z.object({
      /** Measures with a due date in the year. */
      byYear: z.array(z.object({ year: z.number().int(), measureCount: z.number().int() })),
      unreadable: z.number().int(),
    }),
    warnings: z.array(warningSchema),
    versions: z.array(versionSummarySchema),
  })
  .meta({ id: 'PlanOverview' });

export const measureSchema = parsedMeasureSchema
  .extend({
    warnings: z.array(warningSchema),
    /** Languages a person has translated the measure into. */
    translatedInto: z.array(localeSchema),
  })
  .meta({ id: 'PlanMeasure' });

export const translationSchema = z
  .object({
    locale: localeSchema,
    title: z.string(),
    form: z.string().nullable(),
    deadline: z.string().nullable(),
    /** Always true: this text is a translation, the plan's original is in `original`. */
    isTranslation: z.literal(true),
    original: z.enum(PLAN_LANGUAGES),
    sourceVersion: z.number().int(),
    /** The original has changed since it was translated. */
    outdated: z.boolean(),
    translatedAt: z.string(),
    translatedBy: z.string().nullable(),
  })
  .meta({ id: 'PlanMeasureTranslation' });

export const measureDetailSchema = measureSchema
  .extend({
    version: z.number().int(),
    sectionTitle: z.string().nullable(),
    executors: z.array(executorSchema.extend({ agency: agencySchema.nullable() })),
    reportsToAgency: agencySchema.nullable(),
    translations: z.array(translationSchema),
    history: z.array(
      z.object({
        version: z.number().int(),
        importedAt: z.string(),
        status: z.enum(['added', 'changed', 'unchanged', 'removed']),
        changes: z.array(fieldChangeSchema),
      }),
    ),
  })
  .meta({ id: 'PlanMeasureDetail' });

export const importResultSchema = z
  .object({
    outcome: z.enum(['preview', 'created', 'version_created', 'same_text', 'same_content']),
    /** The outcome in words, in the reader's language. */
    message: z.string(),
    dryRun: z.boolean(),
    planId: z.uuid().nullable(),
    /** The version made, the version that already says this, or (dry run) the one it would become. */
    version: z.number().int(),
    act: actSchema,
    language: z.enum(PLAN_LANGUAGES),
    title: z.string(),
    period: periodSchema,
    reporting: reportingSchema.nullable(),
    counts: z.object({
      sections: z.number().int(),
      measures: z.number().int(),
      abbreviations: z.number().int(),
      agencies: z.number().int(),
      terms: z.number().int(),
      warnings: z.number().int(),
    }),
    warnings: z.array(warningSchema),
    agencies: z.array(agencySchema),
    /** Against the current version, when the act is already in the registry. */
    changes: z.object({ againstVersion: z.number().int(), diff: planDiffSchema }).nullable(),
  })
  .meta({ id: 'PlanImportResult' });

export const diffResultSchema = z
  .object({
    version: z.number().int(),
    previousVersion: z.number().int().nullable(),
    diff: planDiffSchema,
  })
  .meta({ id: 'PlanVersionDiff' });

const translationText = (max: number) => z.string().trim().min(1).max(max);

export const translationInputSchema = z.object({
  title: translationText(5000),
  form: translationText(1000).nullable().optional(),
  deadline: translationText(500).nullable().optional(),
});
export type TranslationInput = z.infer<typeof translationInputSchema>;

export const agencyInputSchema = z
  .object({
    kind: z.enum(['agency', 'term']),
    link: z.discriminatedUnion('type', [
      z.object({ type: z.literal('organisation'), organisationId: z.uuid() }),
      z.object({
        type: z.literal('organisation_type'),
        organisationType: z.enum(ORGANISATION_TYPES),
        organisationLevel: z.enum(ORGANISATION_LEVELS).nullable().optional(),
      }),
      z.object({ type: z.literal('none') }),
    ]),
  })
  .refine((input) => input.kind === 'agency' || input.link.type === 'none', {
    path: ['link', 'type'],
    params: { i18n: 'validation.invalid' },
  });
export type AgencyInput = z.infer<typeof agencyInputSchema>;

import { z } from 'zod';
import { CASE_SOURCES, CONCERNS, RISK_LEVELS } from '../cases/taxonomy.ts';
import { i18n, issueKey } from '../cases/validation-keys.ts';
import { ORGANISATION_TYPES } from '../identity/organisation.ts';

/*
 * The interagency protocol as a document an administrator edits: when a case has a concern (and, if the
 * rule says so, a risk level, an age band, a source), then an organisation of a type — resolved by the
 * case's territory — must do something within a time. It is configuration, not law: every installation
 * adapts it to the regulations in force, and a shipped protocol says so in its note.
 *
 * A rule reads `when: {…}, must: {…}` ("then" would make every rule a thenable to `await`).
 *
 * Times ("within"):
 *   { hours: N }   N hours of elapsed time after the concern was recorded (UTC arithmetic, no zone).
 *   "immediately"  act now; for the clock it is IMMEDIATELY_HOURS (1 hour), so lateness is measurable.
 *   "same_day"     before the end of the local calendar day on which the concern was recorded: the first
 *                  instant the local clock in force (kazakhstan-time.ts, by the case's region) shows the next
 *                  date. A concern recorded at 23:30 local time has 30 minutes.
 *   { days: N }    by the end of the N-th local day after the day of recording, as the Civil Code counts
 *                  periods in days (a period starts the day after the event and ends at 24:00 of its last
 *                  day): recorded on 3 March, "within 3 days" is due at 24:00 on 6 March.
 * `escalateAfterHours` counts from the due instant: how long an undone action waits before escalation.
 *
 * The document is plain data (strings, numbers, booleans, arrays, objects), so it reads and writes as
 * JSON or YAML alike; unknown keys are refused, so a misspelt key in a hand-edited file is caught.
 */

/** The hours "immediately" stands for on the clock. */
export const IMMEDIATELY_HOURS = 1;

/** What a rule asks an organisation to do. */
export const PROTOCOL_ACTIONS = [
  'notify',
  'visit',
  'search',
  'examine',
  'medical_care',
  'assess',
  'psychological_help',
  'convene',
  'plan',
  'inform_parents',
] as const;
export type ProtocolAction = (typeof PROTOCOL_ACTIONS)[number];

const text = z.string().trim().min(1).max(2000);
const localisedText = z.strictObject({ kk: text, ru: text, en: text });
const slug = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,79}$/);
const hours = z
  .number()
  .positive()
  .max(24 * 366);

const withinSchema = z.union([
  z.literal('immediately'),
  z.literal('same_day'),
  z.strictObject({ hours }),
  z.strictObject({ days: z.number().int().min(1).max(366) }),
]);
export type Within = z.output<typeof withinSchema>;

const unique =
  (key: 'validation.concern_duplicate' | 'validation.id_duplicate') =>
  (values: readonly string[], ctx: z.RefinementCtx) => {
    if (new Set(values).size !== values.length)
      ctx.addIssue({ code: 'custom', message: 'duplicate', params: i18n(key) });
  };

const ageBandSchema = z
  .strictObject({
    minYears: z.number().int().min(0).max(25).nullish(),
    maxYears: z.number().int().min(0).max(25).nullish(),
  })
  .superRefine((band, ctx) => {
    if (band.minYears != null && band.maxYears != null && band.minYears > band.maxYears) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxYears'],
        message: 'order',
        params: i18n('validation.age_band_order'),
      });
    }
  });

const ruleSchema = z.strictObject({
  id: slug,
  title: localisedText.nullish(),
  when: z.strictObject({
    concerns: z.array(z.enum(CONCERNS)).min(1).superRefine(unique('validation.concern_duplicate')),
    riskLevels: z.array(z.enum(RISK_LEVELS)).min(1).nullish(),
    /** Whole years, both ends included. */
    ageBand: ageBandSchema.nullish(),
    sources: z.array(z.enum(CASE_SOURCES)).min(1).nullish(),
  }),
  must: z.strictObject({
    organisationType: z.enum(ORGANISATION_TYPES),
    action: z.enum(PROTOCOL_ACTIONS),
    within: withinSchema,
    escalateAfterHours: hours.nullish(),
  }),
});
export type ProtocolRule = z.output<typeof ruleSchema>;

/** The zod schema of a protocol document. */
export const protocolSchema = z
  .strictObject({
    id: slug,
    version: z.number().int().min(1),
    /** The instant from which this version applies to newly recorded concerns (UTC). */
    validFrom: z.iso.datetime(),
    title: localisedText,
    /** What the document is: for a shipped sample, that it is an example to adapt and not law. */
    note: localisedText,
    sample: z.boolean(),
    rules: z.array(ruleSchema).min(1).max(500),
  })
  .superRefine((protocol, ctx) => {
    const seen = new Set<string>();
    protocol.rules.forEach((rule, i) => {
      if (seen.has(rule.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, 'id'],
          message: 'duplicate',
          params: i18n('validation.id_duplicate'),
        });
      }
      seen.add(rule.id);
    });
  });

export type Protocol = z.output<typeof protocolSchema>;
export type ProtocolInput = z.input<typeof protocolSchema>;

/** A validation error of a protocol: where (dotted path), the message key and its parameters. */
export interface ProtocolError {
  readonly path: string;
  readonly i18n: string;
  readonly params: Readonly<Record<string, unknown>>;
}

export type ProtocolParse =
  | { readonly ok: true; readonly protocol: Protocol }
  | { readonly ok: false; readonly errors: readonly ProtocolError[] };

/** Validates a protocol given as a plain object (parsed from JSON or YAML). */
export function parseProtocol(input: unknown): ProtocolParse {
  const result = protocolSchema.safeParse(input);
  if (result.success) return { ok: true, protocol: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => {
      // What a message may interpolate: a custom rule's params, or the issue's own fields (minimum, values…).
      const {
        path,
        message: _message,
        input: _input,
        ...fields
      } = issue as z.core.$ZodIssue & { input?: unknown };
      const params = issue.code === 'custom' ? { ...(issue.params ?? {}) } : fields;
      return { path: path.map(String).join('.'), i18n: issueKey(issue), params };
    }),
  };
}

/** Validates a protocol given as JSON text; text that is not JSON is an error at the root. */
export function parseProtocolJson(json: string): ProtocolParse {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, errors: [{ path: '', i18n: i18n('validation.protocol_json').i18n, params: {} }] };
  }
  return parseProtocol(value);
}

// Absent and null optional values are both left out, so an exported file has no `null`s to puzzle over.
const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/** A protocol as a plain object in a fixed key order, ready for JSON or YAML. */
export function protocolToPlain(protocol: Protocol): Record<string, unknown> {
  return {
    id: protocol.id,
    version: protocol.version,
    validFrom: protocol.validFrom,
    title: { ...protocol.title },
    note: { ...protocol.note },
    sample: protocol.sample,
    rules: protocol.rules.map((rule) => {
      const when: Record<string, unknown> = { concerns: [...rule.when.concerns] };
      if (present(rule.when.riskLevels)) when.riskLevels = [...rule.when.riskLevels];
      if (present(rule.when.ageBand)) {
        const band: Record<string, number> = {};
        if (present(rule.when.ageBand.minYears)) band.minYears = rule.when.ageBand.minYears;
        if (present(rule.when.ageBand.maxYears)) band.maxYears = rule.when.ageBand.maxYears;
        when.ageBand = band;
      }
      if (present(rule.when.sources)) when.sources = [...rule.when.sources];
      const must: Record<string, unknown> = {
        organisationType: rule.must.organisationType,
        action: rule.must.action,
        within: typeof rule.must.within === 'string' ? rule.must.within : { ...rule.must.within },
      };
      if (present(rule.must.escalateAfterHours)) must.escalateAfterHours = rule.must.escalateAfterHours;
      return { id: rule.id, ...(present(rule.title) ? { title: { ...rule.title } } : {}), when, must };
    }),
  };
}

/** A protocol as JSON text, two-space indented. */
export function protocolToJson(protocol: Protocol): string {
  return `${JSON.stringify(protocolToPlain(protocol), null, 2)}\n`;
}

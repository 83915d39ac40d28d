import { z } from 'zod';
import { isKatoCode } from '../territory/kato.ts';
import { personRecordSchema } from './person-record.ts';
import { CASE_SOURCES, CONCERNS, INCIDENT_PLACES, PERPETRATOR_RELATIONS, RISK_LEVELS } from './taxonomy.ts';
import { i18n } from './validation-keys.ts';

/*
 * What a case is opened with: the source, one or more concerns, the child, the incident and the initial
 * safety triage. A case without a concern cannot be opened: nobody could say what to do about it, and the
 * protocol would schedule nothing.
 */

/** Options of the registration schema: the present, against which "in the future" is judged. */
export interface RegistrationOptions {
  /** Today's date in Kazakhstan, YYYY-MM-DD. */
  readonly today: string;
  /** The present instant, UTC ISO. */
  readonly now: string;
}

const instant = z.iso.datetime();

const perpetratorSchema = z.object({
  relation: z.enum(PERPETRATOR_RELATIONS),
  name: z.string().trim().max(200).nullish(),
  /** Index into the child's family list, when the alleged perpetrator is a recorded family member. */
  familyMemberIndex: z.number().int().min(0).nullish(),
  livesWithChild: z.boolean().nullish(),
});

const registrationSchemaFor = ({ today, now }: RegistrationOptions) => {
  // Compared as instants: "…00Z" and "…00.000Z" are the same moment but do not sort as strings.
  const notFuture = instant.refine((at) => !(Date.parse(at) > Date.parse(now)), {
    params: i18n('validation.date_in_future'),
  });
  return z
    .object({
      source: z.enum(CASE_SOURCES),
      reporter: z
        .object({
          anonymous: z.boolean(),
          name: z.string().trim().max(200).nullish(),
          contact: z.string().trim().max(200).nullish(),
        })
        .nullish(),
      reportedAt: notFuture,
      concerns: z
        .array(z.enum(CONCERNS))
        .max(CONCERNS.length)
        .superRefine((concerns, ctx) => {
          if (concerns.length === 0) {
            ctx.addIssue({
              code: 'custom',
              message: 'no concern',
              params: i18n('validation.case_concern_required'),
            });
          }
          if (new Set(concerns).size !== concerns.length) {
            ctx.addIssue({
              code: 'custom',
              message: 'duplicate',
              params: i18n('validation.concern_duplicate'),
            });
          }
        }),
      child: personRecordSchema({ today }),
      incident: z.object({
        /** When it happened, when known to the minute. */
        occurredAt: notFuture.nullish(),
        /** When only the day is known, or roughly ("in the autumn" is recorded as a day with `approximate`). */
        occurredOn: z.iso
          .date()
          .refine((date) => date <= today, { params: i18n('validation.date_in_future') })
          .nullish(),
        approximate: z.boolean().default(false),
        place: z.enum(INCIDENT_PLACES),
        katoCode: z
          .string()
          .refine(isKatoCode, { params: i18n('validation.kato_code') })
          .nullish(),
        description: z.string().trim().min(1).max(10_000),
        perpetrators: z.array(perpetratorSchema).max(10).default([]),
      }),
      triage: z.object({
        riskLevel: z.enum(RISK_LEVELS),
        reason: z.string().trim().min(1).max(2000),
      }),
    })
    .superRefine((registration, ctx) => {
      registration.incident.perpetrators.forEach((perpetrator, i) => {
        const index = perpetrator.familyMemberIndex;
        if (index != null && index >= registration.child.family.length) {
          ctx.addIssue({
            code: 'custom',
            path: ['incident', 'perpetrators', i, 'familyMemberIndex'],
            message: 'no such family member',
            params: i18n('validation.family_member_unknown'),
          });
        }
      });
    });
};

/** The zod schema of a new case, judging dates against the given present. */
export function caseRegistrationSchema(
  options: RegistrationOptions,
): ReturnType<typeof registrationSchemaFor> {
  return registrationSchemaFor(options);
}

export type CaseRegistration = z.output<ReturnType<typeof registrationSchemaFor>>;
export type CaseRegistrationInput = z.input<ReturnType<typeof registrationSchemaFor>>;

import { z } from 'zod';
import { type IinWarning, validateIin } from '../identity/iin.ts';
import { isKatoCode } from '../territory/kato.ts';
import { i18n, type WarningKey } from './validation-keys.ts';

/*
 * A child or a family member as a case records them. The IIN is optional (a child found in the street, a
 * foreign child) but when present it must pass the check digit; a disagreement between the IIN's date/sex
 * digits and the person is only a warning, because since 2013 those digits are not bound to the person
 * (identity/iin.ts). Warnings come back beside the parsed record, never as zod issues, so they never block.
 *
 * "Future" needs today's date, and domain/ has no clock: the schema is built for a given local date.
 */

const isoDate = z.iso.date();

const CYRILLIC_NAME = /^[\p{Script=Cyrillic}\s'’.-]+$/u;
const LATIN_NAME = /^[\p{Script=Latin}\s'’.-]+$/u;
const PHONE = /^\+?\d[\d\s()-]{4,19}$/;

const namePart = z.string().trim().min(1).max(100);

/** A name as written in Kazakh or Russian (Cyrillic), or in another language's own script. */
const nativeNameSchema = z
  .object({
    surname: namePart,
    givenName: namePart,
    patronymic: namePart.nullish(),
    writtenIn: z.enum(['kk', 'ru', 'other']),
  })
  .superRefine((name, ctx) => {
    if (name.writtenIn === 'other') return;
    for (const part of ['surname', 'givenName', 'patronymic'] as const) {
      const value = name[part];
      if (typeof value === 'string' && !CYRILLIC_NAME.test(value)) {
        ctx.addIssue({
          code: 'custom',
          path: [part],
          message: 'not Cyrillic',
          params: i18n('validation.name_not_cyrillic'),
        });
      }
    }
  });

/** The Latin spelling (as in the passport, or by the 2021 Kazakh Latin alphabet). */
const latinNameSchema = z
  .object({ surname: namePart, givenName: namePart, patronymic: namePart.nullish() })
  .superRefine((name, ctx) => {
    for (const part of ['surname', 'givenName', 'patronymic'] as const) {
      const value = name[part];
      if (typeof value === 'string' && !LATIN_NAME.test(value)) {
        ctx.addIssue({
          code: 'custom',
          path: [part],
          message: 'not Latin',
          params: i18n('validation.name_not_latin'),
        });
      }
    }
  });

const IIN_ERROR_KEY = {
  IIN_FORMAT: 'validation.iin_format',
  IIN_CHECK_DIGIT: 'validation.iin_check_digit',
  IIN_NEVER_ISSUED: 'validation.iin_never_issued',
} as const;

/** An IIN: refused on a bad format or check digit, stored without spaces or dashes. */
const iinSchema = z
  .string()
  .superRefine((value, ctx) => {
    const result = validateIin(value);
    if (!result.valid)
      ctx.addIssue({ code: 'custom', message: result.error, params: i18n(IIN_ERROR_KEY[result.error]) });
  })
  .transform((value) => value.replace(/[\s\u00a0-]/g, ''));

const sexSchema = z.enum(['male', 'female']);

const contactSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('phone'),
    value: z
      .string()
      .trim()
      .refine((v) => PHONE.test(v), { params: i18n('validation.phone') }),
  }),
  z.object({ kind: z.literal('email'), value: z.email() }),
  z.object({ kind: z.literal('messenger'), value: z.string().trim().min(1).max(100) }),
  z.object({ kind: z.literal('address'), value: z.string().trim().min(1).max(300) }),
]);

/** How a family member or guardian is related to the child. */
export const FAMILY_RELATIONS = [
  'mother',
  'father',
  'stepmother',
  'stepfather',
  'grandmother',
  'grandfather',
  'sibling',
  'aunt',
  'uncle',
  'guardian',
  'trustee',
  'foster_parent',
  'adoptive_parent',
  'parent_partner',
  'other',
] as const;
export type FamilyRelation = (typeof FAMILY_RELATIONS)[number];

/** How a child's disability and special educational needs are recorded. */
const disabilitySchema = z.object({
  hasDisability: z.boolean(),
  specialEducationalNeeds: z.boolean(),
  /** A conclusion of the psychological-medical-pedagogical consultation (ПМПК) exists. */
  pmpkConclusion: z.boolean().nullish(),
  notes: z.string().trim().max(2000).nullish(),
});

const addressSchema = z.object({
  katoCode: z.string().refine(isKatoCode, { params: i18n('validation.kato_code') }),
  line: z.string().trim().max(300).nullish(),
});

const schoolSchema = z.object({
  organisationId: z.string().min(1).nullish(),
  name: z.string().trim().max(300).nullish(),
  /** 0 is the pre-school class (0-сынып / предшкольный класс). */
  grade: z.number().int().min(0).max(12).nullish(),
  letter: z.string().trim().max(3).nullish(),
});

const citizenshipSchema = z.union([z.string().regex(/^[A-Z]{2}$/), z.enum(['stateless', 'unknown'])]);

/** Options of the person schemas. */
export interface PersonRecordOptions {
  /** Today's date in Kazakhstan (YYYY-MM-DD), against which "in the future" is judged. */
  readonly today: string;
}

const notAfter = (today: string, key: 'validation.birth_date_in_future' | 'validation.date_in_future') =>
  isoDate.refine((date) => date <= today, { params: i18n(key) });

const familyMemberSchemaFor = (today: string) =>
  z.object({
    relation: z.enum(FAMILY_RELATIONS),
    name: nativeNameSchema,
    latinName: latinNameSchema.nullish(),
    iin: iinSchema.nullish(),
    birthDate: notAfter(today, 'validation.birth_date_in_future').nullish(),
    sex: sexSchema.nullish(),
    /** A legal representative: parent, guardian, trustee, adoptive parent. */
    isLegalRepresentative: z.boolean(),
    livesWithChild: z.boolean(),
    /** False when contacting this person could endanger the child (e.g. it would alert the perpetrator). */
    safeToContact: z.boolean(),
    contacts: z.array(contactSchema).max(10).default([]),
  });

const personRecordSchemaFor = (today: string) =>
  z
    .object({
      name: nativeNameSchema,
      latinName: latinNameSchema.nullish(),
      iin: iinSchema.nullish(),
      birthDate: notAfter(today, 'validation.birth_date_in_future').nullish(),
      /** For a child whose birth date is unknown: "about 7 years old on 2026-03-01". */
      estimatedAge: z
        .object({
          years: z.number().int().min(0).max(25),
          asOf: notAfter(today, 'validation.date_in_future'),
        })
        .nullish(),
      sex: sexSchema.nullish(),
      citizenship: citizenshipSchema.nullish(),
      address: addressSchema.nullish(),
      school: schoolSchema.nullish(),
      /** ISO 639 codes of the languages the child speaks, first the one to talk with them in. */
      languages: z
        .array(z.string().regex(/^[a-z]{2,3}$/))
        .max(10)
        .default([]),
      disability: disabilitySchema.nullish(),
      family: z.array(familyMemberSchemaFor(today)).max(30).default([]),
    })
    .superRefine((person, ctx) => {
      if (!person.birthDate && !person.estimatedAge) {
        ctx.addIssue({
          code: 'custom',
          path: ['birthDate'],
          message: 'birth date or estimated age',
          params: i18n('validation.birth_date_or_age_required'),
        });
      }
    });

/** The zod schema of a child's record, judging dates against `today`. */
export function personRecordSchema(options: PersonRecordOptions): ReturnType<typeof personRecordSchemaFor> {
  return personRecordSchemaFor(options.today);
}

/** The zod schema of a family member or guardian, judging dates against `today`. */
export function familyMemberSchema(options: PersonRecordOptions): ReturnType<typeof familyMemberSchemaFor> {
  return familyMemberSchemaFor(options.today);
}

export type PersonRecord = z.output<ReturnType<typeof personRecordSchemaFor>>;
export type PersonRecordInput = z.input<ReturnType<typeof personRecordSchemaFor>>;
export type FamilyMember = z.output<ReturnType<typeof familyMemberSchemaFor>>;

/** A warning about a parsed record: where, which check, and the message key. */
export interface PersonRecordWarning {
  readonly path: readonly (string | number)[];
  readonly code: IinWarning;
  readonly i18n: WarningKey;
}

const WARNING_KEY: Record<IinWarning, WarningKey> = {
  IIN_DATE_MISMATCH: 'warning.iin_date_mismatch',
  IIN_SEX_MISMATCH: 'warning.iin_sex_mismatch',
  IIN_DATE_NOT_ENCODED: 'warning.iin_date_not_encoded',
};

const iinWarnings = (
  path: readonly (string | number)[],
  person: { iin?: string | null; birthDate?: string | null; sex?: 'male' | 'female' | null },
): PersonRecordWarning[] => {
  if (!person.iin) return [];
  const result = validateIin(person.iin, { birthDate: person.birthDate ?? null, sex: person.sex ?? null });
  if (!result.valid) return [];
  return result.warnings.map((code) => ({ path: [...path, 'iin'], code, i18n: WARNING_KEY[code] }));
};

/** IIN date and sex disagreements in a parsed record and its family members: shown, never refused. */
export function personRecordWarnings(record: PersonRecord): PersonRecordWarning[] {
  return [
    ...iinWarnings([], record),
    ...record.family.flatMap((member, index) => iinWarnings(['family', index], member)),
  ];
}

/** The outcome of parsing a person: the record and its warnings, or the zod issues that refuse it. */
export type PersonRecordParse =
  | { readonly ok: true; readonly record: PersonRecord; readonly warnings: PersonRecordWarning[] }
  | { readonly ok: false; readonly issues: z.core.$ZodIssue[] };

/** Parses a child's record: errors refuse it, IIN disagreements come back as warnings. */
export function parsePersonRecord(input: unknown, options: PersonRecordOptions): PersonRecordParse {
  const result = personRecordSchema(options).safeParse(input);
  if (!result.success) return { ok: false, issues: result.error.issues };
  return { ok: true, record: result.data, warnings: personRecordWarnings(result.data) };
}

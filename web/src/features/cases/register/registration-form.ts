import type {
  CaseSource,
  Concern,
  FamilyRelation,
  IncidentPlace,
  PerpetratorRelation,
  RiskLevel,
} from '@qorgau/domain/cases/index';
import { ApiError } from '../../../api/client.ts';

/*
 * The registration wizard's state: what the person types, as strings and choices, turned into the
 * registration the server validates (domain/src/cases/registration.ts) only when it is sent. The server's
 * field errors name paths such as `child.family.0.name.surname`; `stepOfField` says which step shows them.
 */

export interface RelativeForm {
  relation: FamilyRelation | null;
  surname: string;
  givenName: string;
  patronymic: string;
  phone: string;
  legal: boolean;
  lives: boolean;
  safe: boolean;
}

export interface PerpetratorForm {
  relation: PerpetratorRelation | null;
  name: string;
  familyMemberIndex: string | null;
  livesWithChild: boolean;
}

export interface RegistrationForm {
  surname: string;
  givenName: string;
  patronymic: string;
  writtenIn: 'kk' | 'ru' | 'other';
  latinSurname: string;
  latinGivenName: string;
  iin: string;
  birthKnown: 'date' | 'age';
  birthDate: string;
  estimatedAge: number | string;
  sex: 'male' | 'female' | null;
  citizenship: string;
  regionCode: string | null;
  districtCode: string | null;
  settlementCode: string | null;
  addressLine: string;
  schoolName: string;
  grade: number | string;
  letter: string;
  languages: string[];
  hasDisability: boolean;
  specialEducationalNeeds: boolean;
  disabilityNotes: string;
  family: RelativeForm[];
  existingChildId: string | null;
  source: CaseSource | null;
  reporterAnonymous: boolean;
  reporterName: string;
  reporterContact: string;
  concerns: Concern[];
  occurredOn: string;
  approximate: boolean;
  place: IncidentPlace | null;
  description: string;
  perpetrators: PerpetratorForm[];
  riskLevel: RiskLevel | null;
  riskReason: string;
}

export const newRelative = (): RelativeForm => ({
  relation: null,
  surname: '',
  givenName: '',
  patronymic: '',
  phone: '',
  legal: false,
  lives: true,
  safe: true,
});

export const newPerpetrator = (): PerpetratorForm => ({
  relation: null,
  name: '',
  familyMemberIndex: null,
  livesWithChild: false,
});

export const emptyRegistration = (): RegistrationForm => ({
  surname: '',
  givenName: '',
  patronymic: '',
  writtenIn: 'kk',
  latinSurname: '',
  latinGivenName: '',
  iin: '',
  birthKnown: 'date',
  birthDate: '',
  estimatedAge: '',
  sex: null,
  citizenship: 'KZ',
  regionCode: null,
  districtCode: null,
  settlementCode: null,
  addressLine: '',
  schoolName: '',
  grade: '',
  letter: '',
  languages: [],
  hasDisability: false,
  specialEducationalNeeds: false,
  disabilityNotes: '',
  family: [],
  existingChildId: null,
  source: null,
  reporterAnonymous: false,
  reporterName: '',
  reporterContact: '',
  concerns: [],
  occurredOn: '',
  approximate: false,
  place: null,
  description: '',
  perpetrators: [],
  riskLevel: null,
  riskReason: '',
});

const text = (value: string) => (value.trim() === '' ? null : value.trim());
const number = (value: number | string) =>
  value === '' || Number.isNaN(Number(value)) ? null : Number(value);

/** The territorial unit the address names: the most precise one chosen. */
export const addressCode = (form: RegistrationForm) =>
  form.settlementCode ?? form.districtCode ?? form.regionCode;

/** The child's record as the duplicate check and the registration send it. */
export function childRecord(form: RegistrationForm, today: string) {
  const age = number(form.estimatedAge);
  const code = addressCode(form);
  const school = text(form.schoolName) || number(form.grade) !== null || text(form.letter);
  return {
    name: {
      surname: form.surname.trim(),
      givenName: form.givenName.trim(),
      patronymic: text(form.patronymic),
      writtenIn: form.writtenIn,
    },
    latinName:
      text(form.latinSurname) && text(form.latinGivenName)
        ? { surname: form.latinSurname.trim(), givenName: form.latinGivenName.trim() }
        : null,
    iin: text(form.iin.replace(/[\s-]/g, '')),
    birthDate: form.birthKnown === 'date' ? text(form.birthDate) : null,
    estimatedAge: form.birthKnown === 'age' && age !== null ? { years: age, asOf: today } : null,
    sex: form.sex,
    citizenship: form.citizenship || null,
    address: code ? { katoCode: code, line: text(form.addressLine) } : null,
    school: school
      ? { name: text(form.schoolName), grade: number(form.grade), letter: text(form.letter) }
      : null,
    languages: form.languages,
    disability:
      form.hasDisability || form.specialEducationalNeeds || text(form.disabilityNotes)
        ? {
            hasDisability: form.hasDisability,
            specialEducationalNeeds: form.specialEducationalNeeds,
            notes: text(form.disabilityNotes),
          }
        : null,
    family: form.family.map((r) => ({
      relation: r.relation,
      name: {
        surname: r.surname.trim(),
        givenName: r.givenName.trim(),
        patronymic: text(r.patronymic),
        writtenIn: form.writtenIn === 'other' ? 'other' : form.writtenIn,
      },
      isLegalRepresentative: r.legal,
      livesWithChild: r.lives,
      safeToContact: r.safe,
      contacts: text(r.phone) ? [{ kind: 'phone', value: r.phone.trim() }] : [],
    })),
  };
}

/** What the duplicate check is asked: the name, IIN, birth date or age, sex. */
export function duplicateQuery(form: RegistrationForm, today: string) {
  const child = childRecord(form, today);
  return {
    surname: child.name.surname,
    givenName: child.name.givenName,
    patronymic: child.name.patronymic,
    iin: child.iin,
    birthDate: child.birthDate,
    estimatedAge: child.estimatedAge,
    sex: child.sex,
  };
}

/** The registration as the server takes it; `now` is the instant it is reported (UTC ISO). */
export function registrationBody(form: RegistrationForm, now: string, today: string) {
  return {
    ...(form.existingChildId ? { existingChildId: form.existingChildId } : {}),
    source: form.source,
    reporter:
      form.reporterAnonymous || text(form.reporterName) || text(form.reporterContact)
        ? {
            anonymous: form.reporterAnonymous,
            name: form.reporterAnonymous ? null : text(form.reporterName),
            contact: form.reporterAnonymous ? null : text(form.reporterContact),
          }
        : null,
    reportedAt: now,
    concerns: form.concerns,
    child: childRecord(form, today),
    incident: {
      occurredOn: text(form.occurredOn),
      approximate: form.approximate,
      place: form.place,
      katoCode: addressCode(form),
      description: form.description.trim(),
      perpetrators: form.perpetrators.map((p) => ({
        relation: p.relation,
        name: text(p.name),
        familyMemberIndex: p.familyMemberIndex === null ? null : Number(p.familyMemberIndex),
        livesWithChild: p.livesWithChild,
      })),
    },
    triage: { riskLevel: form.riskLevel, reason: form.riskReason.trim() },
  };
}

export const STEPS = ['child', 'duplicates', 'incident', 'triage'] as const;
export type Step = (typeof STEPS)[number];

/** The wizard step that shows a server field error. */
export function stepOfField(field: string): number {
  if (field.startsWith('child')) return 0;
  if (field === 'existingChildId') return 1;
  if (field.startsWith('triage')) return 3;
  return 2;
}

/** The server's field errors, as [field, message]. */
export function fieldErrors(error: unknown): [string, string][] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return (error.details as { field?: unknown; message?: unknown }[]).flatMap((d) =>
    typeof d.field === 'string' && typeof d.message === 'string'
      ? [[d.field, d.message] as [string, string]]
      : [],
  );
}

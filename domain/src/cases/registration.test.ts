import { describe, expect, it } from 'vitest';
import { type CaseRegistrationInput, caseRegistrationSchema } from './registration.ts';

const options = { today: '2026-03-02', now: '2026-03-02T06:00:00.000Z' };

const registration = (overrides: Partial<CaseRegistrationInput> = {}): CaseRegistrationInput => ({
  source: 'school',
  reportedAt: '2026-03-02T05:30:00Z',
  concerns: ['bullying'],
  child: {
    name: { surname: 'Омаров', givenName: 'Ерлан', writtenIn: 'kk' },
    estimatedAge: { years: 11, asOf: '2026-03-02' },
  },
  incident: {
    occurredOn: '2026-02-27',
    place: 'school',
    description: 'Сыныптастары үзілісте ұрып, телефонға түсірген.',
    perpetrators: [{ relation: 'peer' }],
  },
  triage: { riskLevel: 'medium', reason: 'Повторяется третью неделю' },
  ...overrides,
});

const issues = (input: CaseRegistrationInput) => {
  const result = caseRegistrationSchema(options).safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((i) => ({
        path: i.path.join('.'),
        key: (i as { params?: { i18n?: string } }).params?.i18n,
      }));
};

describe('opening a case', () => {
  it('accepts a case from a school about bullying, with an estimated age', () => {
    expect(issues(registration())).toEqual([]);
  });

  it('refuses a case with no concern, saying that a concern is needed', () => {
    expect(issues(registration({ concerns: [] }))).toEqual([
      { path: 'concerns', key: 'validation.case_concern_required' },
    ]);
  });

  it('refuses the same concern twice', () => {
    expect(issues(registration({ concerns: ['bullying', 'bullying'] }))).toEqual([
      { path: 'concerns', key: 'validation.concern_duplicate' },
    ]);
  });

  it('refuses an incident or a report dated after now', () => {
    expect(
      issues(
        registration({
          reportedAt: '2026-03-02T06:00:01Z',
          incident: {
            ...registration().incident,
            occurredOn: '2026-03-03',
            occurredAt: '2026-03-02T07:00:00Z',
          },
        }),
      ),
    ).toEqual([
      { path: 'reportedAt', key: 'validation.date_in_future' },
      { path: 'incident.occurredAt', key: 'validation.date_in_future' },
      { path: 'incident.occurredOn', key: 'validation.date_in_future' },
    ]);
  });

  it('compares instants as moments, not as text', () => {
    expect(issues(registration({ reportedAt: '2026-03-02T06:00:00Z' }))).toEqual([]);
  });

  it('refuses a child with an invalid IIN inside the case', () => {
    const child = { ...registration().child, iin: '061211600013' };
    expect(issues(registration({ child }))).toEqual([
      { path: 'child.iin', key: 'validation.iin_check_digit' },
    ]);
  });
});

describe('naming the alleged perpetrator', () => {
  it('refuses a family member the child’s record does not have', () => {
    const incident = {
      ...registration().incident,
      perpetrators: [{ relation: 'father' as const, familyMemberIndex: 0 }],
    };
    expect(issues(registration({ incident }))).toEqual([
      { path: 'incident.perpetrators.0.familyMemberIndex', key: 'validation.family_member_unknown' },
    ]);
  });
});

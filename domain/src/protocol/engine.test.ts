import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_SOURCES, CONCERNS, type Concern, RISK_LEVELS } from '../cases/taxonomy.ts';
import { DEFAULT_PROTOCOL } from './default-protocol.ts';
import {
  type DueAction,
  dueActions,
  dueActionsPinned,
  newDueActions,
  type ProtocolCaseFacts,
  protocolInForce,
} from './engine.ts';
import { addDays, localDateOf } from './kazakhstan-time.ts';
import type { Protocol, Within } from './protocol-schema.ts';

const facts = (
  caseId: string,
  concerns: [Concern, string][],
  rest: Pick<ProtocolCaseFacts, 'riskLevel' | 'ageYears' | 'source'> & { region: string },
): ProtocolCaseFacts => ({
  caseId,
  concerns: concerns.map(([concern, recordedAt]) => ({ concern, recordedAt })),
  riskLevel: rest.riskLevel,
  ageYears: rest.ageYears,
  source: rest.source,
  territory: { districtCode: null, regionCode: rest.region },
});

const brief = (actions: DueAction[]) => actions.map((a) => [a.ruleId, a.organisationType, a.action, a.dueAt]);

// Local times in comments are what the clock in force showed: UTC+6 in the east before 1 March 2024, UTC+5 since.
const TABLE: { name: string; facts: ProtocolCaseFacts; expected: [string, string, string, string][] }[] = [
  {
    name: 'sexual abuse: police at once, medical examination in 24 h, psychologist in 72 h, KDN in 10 days',
    // 10:00 in Almaty on 2 March 2026
    facts: facts('c1', [['sexual_abuse', '2026-03-02T05:00:00Z']], {
      riskLevel: 'high',
      ageYears: 12,
      source: 'school',
      region: '750000000',
    }),
    expected: [
      ['violence.police', 'police_unit', 'notify', '2026-03-02T06:00:00.000Z'],
      ['violence.medical-examination', 'health_facility', 'examine', '2026-03-03T05:00:00.000Z'],
      [
        'violence.psychologist',
        'psychological_support_centre',
        'psychological_help',
        '2026-03-05T05:00:00.000Z',
      ],
      // ten days end at 24:00 local on 12 March
      ['sexual-abuse.kdn', 'kdn', 'convene', '2026-03-12T19:00:00.000Z'],
    ],
  },
  {
    name: 'suicide attempt recorded at 23:30: "same day" leaves half an hour, medical care is due after it',
    facts: facts('c2', [['suicide_attempt', '2026-03-02T18:30:00Z']], {
      riskLevel: 'immediate',
      ageYears: 15,
      source: 'health_facility',
      region: '350000000',
    }),
    expected: [
      ['self-harm.inform-parents', 'school', 'inform_parents', '2026-03-02T19:00:00.000Z'],
      ['suicide-attempt.psychologist', 'psychological_support_centre', 'assess', '2026-03-02T19:00:00.000Z'],
      ['suicide-attempt.medical-care', 'health_facility', 'medical_care', '2026-03-02T19:30:00.000Z'],
      ['self-harm.tertiary-prevention-plan', 'school', 'plan', '2026-03-05T19:00:00.000Z'],
    ],
  },
  {
    name: 'bullying: parents by the end of the next day, school psychologist in 3 days, plan in 7 days',
    facts: facts('c3', [['bullying', '2026-04-10T03:00:00Z']], {
      riskLevel: 'medium',
      ageYears: 11,
      source: 'school',
      region: '710000000',
    }),
    expected: [
      ['bullying.inform-parents', 'school', 'inform_parents', '2026-04-11T19:00:00.000Z'],
      ['bullying.school-psychologist', 'school', 'assess', '2026-04-13T19:00:00.000Z'],
      ['bullying.tertiary-prevention-plan', 'school', 'plan', '2026-04-17T19:00:00.000Z'],
    ],
  },
  {
    name: '23:30 on 29 Feb 2024 at UTC+6: the clock went back at midnight, so "same day" lasts 90 minutes',
    facts: facts('c4', [['suicidal_thoughts', '2024-02-29T17:30:00Z']], {
      riskLevel: 'high',
      ageYears: 14,
      source: 'screening',
      region: '190000000',
    }),
    expected: [
      ['self-harm.inform-parents', 'school', 'inform_parents', '2024-02-29T19:00:00.000Z'],
      ['self-harm.psychologist', 'psychological_support_centre', 'assess', '2024-03-01T17:30:00.000Z'],
      // 3 days counted on local dates: 24:00 on 3 March, now at UTC+5
      ['self-harm.tertiary-prevention-plan', 'school', 'plan', '2024-03-03T19:00:00.000Z'],
    ],
  },
  {
    name: '23:30 on 29 Feb 2024 in Atyrau, already at UTC+5: "same day" lasts 30 minutes',
    facts: facts('c5', [['suicidal_thoughts', '2024-02-29T18:30:00Z']], {
      riskLevel: 'high',
      ageYears: 14,
      source: 'screening',
      region: '230000000',
    }),
    expected: [
      ['self-harm.inform-parents', 'school', 'inform_parents', '2024-02-29T19:00:00.000Z'],
      ['self-harm.psychologist', 'psychological_support_centre', 'assess', '2024-03-01T18:30:00.000Z'],
      ['self-harm.tertiary-prevention-plan', 'school', 'plan', '2024-03-03T19:00:00.000Z'],
    ],
  },
  {
    name: 'neglect at immediate risk in February 2024: days end at 24:00 UTC+6 before the change, UTC+5 after',
    facts: facts('c6', [['neglect', '2024-02-20T04:00:00Z']], {
      riskLevel: 'immediate',
      ageYears: 6,
      source: 'police',
      region: '350000000',
    }),
    expected: [
      ['neglect.police-visit', 'police_unit', 'visit', '2024-02-20T05:00:00.000Z'],
      ['neglect.home-visit', 'social_protection_department', 'visit', '2024-02-23T18:00:00.000Z'],
      ['neglect.kdn', 'kdn', 'convene', '2024-03-01T19:00:00.000Z'],
    ],
  },
  {
    name: 'an offence by a 12-year-old reported by the school: police in 24 h and the KDN',
    facts: facts('c7', [['offence_by_child', '2026-05-05T09:15:00Z']], {
      riskLevel: 'low',
      ageYears: 12,
      source: 'school',
      region: '790000000',
    }),
    expected: [
      ['offence.police', 'police_unit', 'notify', '2026-05-06T09:15:00.000Z'],
      ['offence.kdn-below-age', 'kdn', 'convene', '2026-05-15T19:00:00.000Z'],
    ],
  },
  {
    name: 'an offence by a 15-year-old reported by the police themselves: nothing more to schedule',
    facts: facts('c8', [['offence_by_child', '2026-05-05T09:15:00Z']], {
      riskLevel: 'low',
      ageYears: 15,
      source: 'police',
      region: '790000000',
    }),
    expected: [],
  },
  {
    name: 'an offence by a child of unknown age: every age band applies',
    facts: facts('c9', [['offence_by_child', '2026-05-05T09:15:00Z']], {
      riskLevel: 'low',
      ageYears: null,
      source: 'citizen',
      region: '790000000',
    }),
    expected: [
      ['offence.police', 'police_unit', 'notify', '2026-05-06T09:15:00.000Z'],
      ['offence.kdn-below-age', 'kdn', 'convene', '2026-05-15T19:00:00.000Z'],
    ],
  },
  {
    name: 'physical then sexual abuse a day later: one police call, timed from the first concern',
    facts: facts(
      'c10',
      [
        ['sexual_abuse', '2026-03-11T10:00:00Z'],
        ['physical_abuse', '2026-03-10T04:00:00Z'],
      ],
      { riskLevel: 'high', ageYears: 9, source: 'health_facility', region: '350000000' },
    ),
    expected: [
      ['violence.police', 'police_unit', 'notify', '2026-03-10T05:00:00.000Z'],
      ['violence.medical-examination', 'health_facility', 'examine', '2026-03-11T04:00:00.000Z'],
      [
        'violence.psychologist',
        'psychological_support_centre',
        'psychological_help',
        '2026-03-13T04:00:00.000Z',
      ],
      ['sexual-abuse.kdn', 'kdn', 'convene', '2026-03-21T19:00:00.000Z'],
    ],
  },
  {
    name: 'neglect at low risk: only the social-protection home visit',
    facts: facts('c11', [['neglect', '2026-03-02T05:00:00Z']], {
      riskLevel: 'low',
      ageYears: 8,
      source: 'school',
      region: '750000000',
    }),
    expected: [['neglect.home-visit', 'social_protection_department', 'visit', '2026-03-05T19:00:00.000Z']],
  },
  {
    name: 'domestic violence witnessed at exactly local midnight: the new day counts as the day of recording',
    facts: facts('c12', [['domestic_violence_witnessed', '2026-03-02T19:00:00Z']], {
      riskLevel: 'medium',
      ageYears: 10,
      source: 'police',
      region: '750000000',
    }),
    expected: [
      ['violence.police', 'police_unit', 'notify', '2026-03-02T20:00:00.000Z'],
      [
        'violence.psychologist',
        'psychological_support_centre',
        'psychological_help',
        '2026-03-05T19:00:00.000Z',
      ],
      [
        'family-violence.social-assessment',
        'social_protection_department',
        'assess',
        '2026-03-06T19:00:00.000Z',
      ],
    ],
  },
];

describe('the protocol engine on a table of cases', () => {
  for (const row of TABLE) {
    it(`yields exactly the expected actions: ${row.name}`, () => {
      expect(brief(dueActions(row.facts, DEFAULT_PROTOCOL))).toEqual(row.expected);
    });
  }

  it('keys each action by case, protocol and rule, and escalates from the due instant', () => {
    const [police, medical] = dueActions(TABLE[0]?.facts as ProtocolCaseFacts, DEFAULT_PROTOCOL);
    expect(police).toMatchObject({
      key: 'c1:interagency-default:violence.police',
      escalateAt: '2026-03-02T07:00:00.000Z',
    });
    expect(medical).toMatchObject({
      concern: 'sexual_abuse',
      protocolVersion: 1,
      escalateAt: '2026-03-03T17:00:00.000Z',
    });
  });

  it('credits the shared action to the concern recorded first', () => {
    const actions = dueActions(TABLE[9]?.facts as ProtocolCaseFacts, DEFAULT_PROTOCOL);
    expect(actions.find((a) => a.ruleId === 'violence.police')?.concern).toBe('physical_abuse');
  });
});

// A second version with other times, in force from 1 June 2026.
const withTimes = (protocol: Protocol, within: Within, version: number, validFrom: string): Protocol => ({
  ...protocol,
  version,
  validFrom,
  rules: protocol.rules.map((rule) => ({ ...rule, must: { ...rule.must, within } })),
});
const V2 = withTimes(DEFAULT_PROTOCOL, { hours: 5 }, 2, '2026-06-01T00:00:00Z');

describe('protocol versions', () => {
  it('pins each concern to the version in force when it was recorded', () => {
    expect(protocolInForce([DEFAULT_PROTOCOL, V2], '2026-05-31T23:59:59Z')?.version).toBe(1);
    expect(protocolInForce([V2, DEFAULT_PROTOCOL], '2026-06-01T00:00:00Z')?.version).toBe(2);
    expect(protocolInForce([V2], '2026-05-01T00:00:00Z')).toBeNull();
    const c = facts(
      'c',
      [
        ['neglect', '2026-05-20T05:00:00Z'],
        ['bullying', '2026-06-02T05:00:00Z'],
      ],
      { riskLevel: 'low', ageYears: 10, source: 'school', region: '750000000' },
    );
    expect(
      dueActionsPinned(c, [DEFAULT_PROTOCOL, V2]).map((a) => [a.ruleId, a.protocolVersion, a.dueAt]),
    ).toEqual([
      ['neglect.home-visit', 1, '2026-05-23T19:00:00.000Z'],
      ['bullying.inform-parents', 2, '2026-06-02T10:00:00.000Z'],
      ['bullying.school-psychologist', 2, '2026-06-02T10:00:00.000Z'],
      ['bullying.tertiary-prevention-plan', 2, '2026-06-02T10:00:00.000Z'],
    ]);
  });

  it('schedules nothing for a concern recorded before any version', () => {
    const c = facts('c', [['neglect', '2019-05-20T05:00:00Z']], {
      riskLevel: 'low',
      ageYears: 10,
      source: 'school',
      region: '750000000',
    });
    expect(dueActionsPinned(c, [DEFAULT_PROTOCOL])).toEqual([]);
  });
});

// Generators for the properties.
const MIN = Date.parse('2004-11-01T00:00:00Z');
const MAX = Date.parse('2035-12-31T00:00:00Z');
const instant = fc.integer({ min: MIN, max: MAX }).map((n) => new Date(n).toISOString());
const concernRecord = fc.tuple(fc.constantFrom(...CONCERNS), instant);
const caseFacts = fc
  .record({
    concerns: fc.uniqueArray(concernRecord, { minLength: 1, maxLength: 4, selector: ([c]) => c }),
    riskLevel: fc.constantFrom(...RISK_LEVELS),
    ageYears: fc.option(fc.integer({ min: 0, max: 18 })),
    source: fc.constantFrom(...CASE_SOURCES),
    region: fc.constantFrom('750000000', '350000000', '430000000', '230000000', '390000000'),
  })
  .map((f) => facts('case', f.concerns, f));
const within: fc.Arbitrary<Within> = fc.oneof(
  fc.constantFrom<Within>('immediately', 'same_day'),
  fc.integer({ min: 1, max: 24 * 60 }).map((h) => ({ hours: h / 4 })),
  fc.integer({ min: 1, max: 30 }).map((days) => ({ days })),
);
const protocol = fc
  .array(within, { minLength: DEFAULT_PROTOCOL.rules.length, maxLength: DEFAULT_PROTOCOL.rules.length })
  .map(
    (times): Protocol => ({
      ...DEFAULT_PROTOCOL,
      rules: DEFAULT_PROTOCOL.rules.map((rule, i) => ({
        ...rule,
        must: { ...rule.must, within: times[i] ?? 'same_day' },
      })),
    }),
  );
const keys = (actions: DueAction[]) => actions.map((a) => a.key);

describe('protocol engine properties', () => {
  it('never makes an action due before its concern was recorded', () => {
    fc.assert(
      fc.property(caseFacts, protocol, (f, p) => {
        for (const a of dueActions(f, p))
          expect(Date.parse(a.dueAt)).toBeGreaterThan(Date.parse(a.recordedAt));
      }),
    );
  });

  it('counts "same day" and "within N days" on the local dates of the clock in force', () => {
    fc.assert(
      fc.property(caseFacts, protocol, (f, p) => {
        const region = f.territory.regionCode;
        for (const a of dueActions(f, p)) {
          const lastLocalDay = localDateOf(Date.parse(a.dueAt) - 1, region);
          const recordedDay = localDateOf(Date.parse(a.recordedAt), region);
          if (a.within === 'same_day') expect(lastLocalDay).toBe(recordedDay);
          else if (typeof a.within === 'object' && 'days' in a.within) {
            expect(lastLocalDay).toBe(addDays(recordedDay, a.within.days));
          }
        }
      }),
    );
  });

  it('is idempotent: a second run schedules nothing new', () => {
    fc.assert(
      fc.property(caseFacts, (f) => {
        const first = dueActionsPinned(f, [DEFAULT_PROTOCOL]);
        expect(dueActionsPinned(f, [DEFAULT_PROTOCOL])).toEqual(first);
        expect(newDueActions(f, [DEFAULT_PROTOCOL], keys(first))).toEqual([]);
      }),
    );
  });

  it('after a concern is added, yields only the new concern’s actions and leaves the old ones as they were', () => {
    fc.assert(
      fc.property(
        caseFacts,
        fc.constantFrom(...CONCERNS),
        fc.integer({ min: 1, max: 10 * 24 * 3600_000 }),
        (f, concern, later) => {
          fc.pre(!f.concerns.some((c) => c.concern === concern));
          const before = dueActionsPinned(f, [DEFAULT_PROTOCOL]);
          const lastRecorded = Math.max(...f.concerns.map((c) => Date.parse(c.recordedAt)));
          const added = { concern, recordedAt: new Date(lastRecorded + later).toISOString() };
          const after = { ...f, concerns: [...f.concerns, added] };
          const fresh = newDueActions(after, [DEFAULT_PROTOCOL], keys(before));
          for (const a of fresh) expect(a.concern).toBe(concern);
          const all = dueActionsPinned(after, [DEFAULT_PROTOCOL]);
          expect(new Set(keys(all))).toEqual(new Set([...keys(before), ...keys(fresh)]));
          for (const old of before) expect(all.find((a) => a.key === old.key)).toEqual(old);
        },
      ),
    );
  });

  it('ignores versions that came into force after every concern was recorded', () => {
    fc.assert(
      fc.property(
        caseFacts,
        protocol,
        fc.integer({ min: 1, max: 365 * 24 * 3600_000 }),
        (f, changed, after) => {
          const last = Math.max(...f.concerns.map((c) => Date.parse(c.recordedAt)));
          const v1 = { ...DEFAULT_PROTOCOL, validFrom: '2004-01-01T00:00:00Z' };
          const v2 = { ...changed, version: 2, validFrom: new Date(last + after).toISOString() };
          expect(dueActionsPinned(f, [v1, v2])).toEqual(dueActions(f, v1));
          expect(dueActionsPinned(f, [v2, v1])).toEqual(dueActions(f, v1));
        },
      ),
    );
  });
});

describe('where the engine says to look for the organisation', () => {
  it('looks in the child’s school for a school, and in the district then the region for the police', () => {
    const c: ProtocolCaseFacts = {
      ...facts('c', [['bullying', '2026-04-10T03:00:00Z']], {
        riskLevel: 'high',
        ageYears: 11,
        source: 'school',
        region: '750000000',
      }),
      territory: { districtCode: '751110000', regionCode: '750000000' },
    };
    const [first] = dueActions(c, DEFAULT_PROTOCOL);
    // Only the child's own school: another school of the district has no reason to see the child.
    expect(first?.resolveIn).toEqual([{ level: 'child_school', katoCode: null }]);
    const police = dueActions(
      { ...c, concerns: [{ concern: 'missing', recordedAt: '2026-04-10T03:00:00Z' }] },
      DEFAULT_PROTOCOL,
    );
    expect(police[0]).toMatchObject({
      organisationType: 'police_unit',
      resolveIn: [
        { level: 'district', katoCode: '751110000' },
        { level: 'region', katoCode: '750000000' },
      ],
    });
  });
});

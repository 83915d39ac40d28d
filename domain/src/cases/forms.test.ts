import { describe, expect, it } from 'vitest';
import { ASSESSMENT_DOMAINS } from './forms/assessment.ts';
import { FORM_NAMES, FORM_SCHEMAS, LATEST_FORM_VERSION, parseForm } from './forms/registry.ts';

const assessment = {
  version: 1,
  assessedOn: '2026-03-04',
  informationSources: ['child_interview', 'home_visit'],
  childSeen: true,
  childViews: 'Үйге барғым келмейді.',
  safety: { immediateDanger: false, perpetratorHasAccess: true, protectiveAdultPresent: true },
  domains: Object.fromEntries(ASSESSMENT_DOMAINS.map((d) => [d, { rating: 'some_concern' }])),
  strengths: ['Әжесі қолдайды'],
  needs: ['Психологиялық көмек'],
  riskLevel: 'high',
  riskReasoning: 'Әкесі баламен бірге тұрады.',
  recommendation: 'case_plan',
};

const responsible = { organisationId: 'centre-1', organisationType: 'psychological_support_centre' };
const plan = {
  version: 1,
  goals: [{ id: 'g1', description: 'Бала қауіпсіз', targetDate: '2026-06-01' }],
  interventions: [
    {
      id: 'i1',
      goalIds: ['g1'],
      type: 'psychological_counselling',
      responsible,
      startDate: '2026-03-05',
      dueDate: '2026-05-30',
    },
  ],
  safetyPlan: { needed: true, steps: [{ action: 'Әжесінің нөмірін жаттау' }], childKnowsHowToGetHelp: true },
  rehabilitation: [
    {
      service: 'psychological',
      childWas: 'witness',
      responsible,
      startDate: '2026-03-05',
      dueDate: '2026-04-05',
    },
  ],
  reviewDate: '2026-04-01',
};

const keys = (result: ReturnType<typeof parseForm>) =>
  result.ok
    ? []
    : result.issues.map((i) => [
        i.path.join('.'),
        (i as { params?: { i18n?: string } }).params?.i18n ?? i.code,
      ]);

describe('structured forms', () => {
  it('accept a complete assessment and case plan of version 1', () => {
    expect(keys(parseForm('assessment', assessment))).toEqual([]);
    expect(keys(parseForm('case_plan', plan))).toEqual([]);
  });

  it('refuse an assessment that leaves an area of the child’s life unrated', () => {
    const { safety: _safety, ...domains } = assessment.domains;
    expect(keys(parseForm('assessment', { ...assessment, domains }))).toEqual([
      ['domains.safety', 'invalid_type'],
    ]);
  });

  it('refuse an intervention due before it starts and one serving an unknown goal', () => {
    const bad = {
      ...plan,
      interventions: [
        { ...plan.interventions[0], goalIds: ['g2'], startDate: '2026-05-30', dueDate: '2026-03-05' },
      ],
    };
    expect(keys(parseForm('case_plan', bad))).toEqual([
      ['interventions.0.dueDate', 'validation.date_order'],
      ['interventions.0.goalIds.0', 'validation.goal_unknown'],
    ]);
  });

  it('refuse a plan without goals and a field that is not in the form', () => {
    expect(keys(parseForm('case_plan', { ...plan, goals: [], interventions: [], budget: 5 }))).toEqual([
      ['goals', 'too_small'],
      ['', 'unrecognized_keys'],
    ]);
  });

  it('refuse a version nobody has defined, naming the version field', () => {
    expect(keys(parseForm('assessment', { ...assessment, version: 7 }))).toEqual([
      ['version', 'validation.form_version_unknown'],
    ]);
    expect(keys(parseForm('assessment', null))).toEqual([['version', 'validation.form_version_unknown']]);
  });

  it('keep a schema for the latest version of every form', () => {
    for (const form of FORM_NAMES) {
      const versions: Record<number, unknown> = FORM_SCHEMAS[form];
      expect(versions[LATEST_FORM_VERSION[form]]).toBeDefined();
    }
  });
});

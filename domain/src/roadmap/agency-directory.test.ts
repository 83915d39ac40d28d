/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agencyCodesUsed, currentSuccessors, type LinkCandidate, proposeAgency } from './agency-directory.ts';
import { parsePlan } from './parse-plan.ts';

const seed = readFileSync(new URL('../../data/roadmap-2020-156.kk.txt', import.meta.url), 'utf8');
const plan = parsePlan(seed);

const org = (
  id: string,
  kk: string | null,
  ru: string | null,
  extra: Partial<LinkCandidate> = {},
): LinkCandidate => ({
  id,
  type: 'ministry',
  level: 'national',
  abbreviationKk: kk,
  abbreviationRu: ru,
  validFrom: null,
  validTo: null,
  ...extra,
});

const organisations: LinkCandidate[] = [
  org('mes', 'БҒМ', 'МОН', { validTo: '2022-06-10' }),
  org('mop', 'ОАМ', 'МП', { validFrom: '2022-06-11' }),
  org('mia', 'ІІМ', 'МВД'),
  org('gpo', 'БП', 'ГП', { type: 'state_body' }),
  ...['710000000', '750000000'].map((code) =>
    org(`akimat-${code}`, 'ЖАО', 'МИО', { type: 'akimat', level: 'region' }),
  ),
];

const context = {
  language: 'kk' as const,
  actDate: '2020-03-30',
  usedCodes: agencyCodesUsed(plan),
  organisations,
};
const proposal = (code: string) => {
  const abbreviation = plan.abbreviations.find((a) => a.code === code);
  if (!abbreviation) throw new Error(`no ${code}`);
  return proposeAgency(abbreviation, context);
};

describe('the agency directory of the 2020 roadmap', () => {
  it('links ministries by their Kazakh abbreviation, the historical one included', () => {
    expect(proposal('БҒМ')).toEqual({
      kind: 'agency',
      link: { type: 'organisation', organisationId: 'mes' },
    });
    expect(proposal('ІІМ').link).toEqual({ type: 'organisation', organisationId: 'mia' });
    expect(proposal('БП').link).toEqual({ type: 'organisation', organisationId: 'gpo' });
  });

  it('links the local executive bodies to the set of regional akimats, not to one of them', () => {
    expect(proposal('ЖАО')).toEqual({
      kind: 'agency',
      link: { type: 'organisation_type', organisationType: 'akimat', organisationLevel: 'region' },
    });
    expect(
      proposeAgency({ code: 'ЖАО', name: 'жергілікті атқарушы орган' }, { ...context, organisations: [] })
        .link,
    ).toEqual({
      type: 'organisation_type',
      organisationType: 'akimat',
      organisationLevel: 'region',
    });
    expect(proposal('КТІҚҚК').link).toMatchObject({ type: 'organisation_type', organisationType: 'kdn' });
    expect(proposal('ЖОО').link).toMatchObject({ type: 'organisation_type', organisationType: 'university' });
  });

  it('keeps budgets, codes of law and situations as terms without a link', () => {
    for (const code of ['РБ', 'ЖБ', 'ББ', 'ТЖ', 'ҚР ҚК', 'ҚР ӘҚБТК', 'ЖКО', 'ЖҚЕ'])
      expect(proposal(code), code).toEqual({ kind: 'term', link: { type: 'none' } });
  });

  it('calls a body with no organisation in the directory an agency without a link', () => {
    for (const code of ['ВАК', 'БҰҰ', 'ДБ', 'ЖС'])
      expect(proposal(code), code).toEqual({ kind: 'agency', link: { type: 'none' } });
  });

  it('reads a Russian plan’s МИО the same way', () => {
    expect(
      proposeAgency({ code: 'МИО', name: 'местные исполнительные органы' }, { ...context, language: 'ru' })
        .link,
    ).toMatchObject({
      type: 'organisation_type',
      organisationType: 'akimat',
    });
    expect(
      proposeAgency(
        { code: 'МП', name: 'Министерство просвещения Республики Казахстан' },
        { ...context, language: 'ru' },
      ).link,
    ).toEqual({
      type: 'organisation',
      organisationId: 'mop',
    });
  });
});

describe('currentSuccessors', () => {
  it('follows reorganisations to the bodies that answer today, once each, even through a cycle', () => {
    const successors = new Map([
      ['mes', ['mop', 'mshe']],
      ['old', ['mes']],
      ['a', ['b']],
      ['b', ['a']],
    ]);
    expect(currentSuccessors('old', successors)).toEqual(['mop', 'mshe']);
    expect(currentSuccessors('mia', successors)).toEqual(['mia']);
    expect(currentSuccessors('a', successors)).toEqual([]);
  });
});

// The agency directory of a plan: each line of its list of abbreviations is either an agency (a body
// that executes measures or receives reports) or a term of the text (a budget, a code of law, a road
// accident). An agency is linked to the organisation directory: a ministry by its abbreviation, the
// local executive bodies ("ЖАО" / "МИО") to the set of akimats rather than to twenty fixed rows, since
// the akimats that answer for a year depend on the year (three regions were formed in 2022).

import type { OrganisationLevel, OrganisationType } from '../identity/organisation.ts';
import { codeKey } from './executors.ts';
import { foldForMatch, wordPattern } from './text-normalize.ts';
import type { Abbreviation, ParsedPlan, PlanLanguage } from './types.ts';

/** What an abbreviation stands for. */
export type AgencyKind = 'agency' | 'term';

/** Where an agency points in the organisation directory. */
export type AgencyLink =
  | { readonly type: 'organisation'; readonly organisationId: string }
  | {
      readonly type: 'organisation_type';
      readonly organisationType: OrganisationType;
      readonly organisationLevel: OrganisationLevel | null;
    }
  | { readonly type: 'none' };

/** An organisation as far as linking needs it. */
export interface LinkCandidate {
  readonly id: string;
  readonly type: string;
  readonly level: string;
  readonly abbreviationKk: string | null;
  readonly abbreviationRu: string | null;
  readonly validFrom: string | null;
  readonly validTo: string | null;
}

/** The kind and link proposed for one abbreviation. */
export interface AgencyProposal {
  readonly kind: AgencyKind;
  readonly link: AgencyLink;
}

interface Group {
  readonly codes: readonly string[];
  readonly name: RegExp;
  readonly organisationType: OrganisationType;
  readonly organisationLevel: OrganisationLevel | null;
}

// Abbreviations that name a kind of body with one member per region (or many), not one body.
const GROUPS: readonly Group[] = [
  {
    codes: ['ЖАО', 'МИО'],
    name: /^(жергілікті атқарушы орган|местн\p{L}* исполнительн\p{L}* орган)/u,
    organisationType: 'akimat',
    organisationLevel: 'region',
  },
  {
    codes: ['КТІҚҚК', 'КДНиЗП', 'КДН'],
    name: /^(кәмелетке толмағандардың (ісі|істері) және олардың құқықтарын қорғау жөніндегі комиссия|комисси\p{L}* по делам несовершеннолетних)/u,
    organisationType: 'kdn',
    organisationLevel: null,
  },
  {
    codes: ['ЖОО', 'ВУЗ', 'вузы'],
    name: /^(жоғары оқу орындары|высш\p{L}* учебн\p{L}* заведени\p{L}*)$/u,
    organisationType: 'university',
    organisationLevel: null,
  },
];

// Words that make a full name a term of the text rather than a body.
const TERM = wordPattern(
  'бюджет\\p{L}*|бағдарлама\\p{L}*|программ\\p{L}*|кодекс\\p{L}*|оқиға\\p{L}*|происшестви\\p{L}*|ереже\\p{L}*|правил\\p{L}*|жағдай\\p{L}*|ситуаци\\p{L}*|заң\\p{L}*|закон\\p{L}*',
);

// Words that make a full name a body. "министлігі" is a misprint the 2020 roadmap really has.
const BODY = wordPattern(
  'минист\\p{L}*|прокуратур\\p{L}*|соты|сот|суд\\p{L}*|комисси\\p{L}*|комитет\\p{L}*|университет\\p{L}*|ұйым\\p{L}*|организаци\\p{L}*|банк\\p{L}*|тобы|групп\\p{L}*|орган\\p{L}*|әкімдік\\p{L}*|акимат\\p{L}*|қоры|фонд\\p{L}*|агенттіг\\p{L}*|агентств\\p{L}*|орталығы|центр\\p{L}*|кеңес\\p{L}*|совет\\p{L}*|институт\\p{L}*|қауымдастығы|ассоциаци\\p{L}*|оқу орындары|учебн\\p{L}* заведени\\p{L}*',
);

/** The group an abbreviation names (local executive bodies, commissions on juvenile affairs, universities). */
export const agencyGroupOf = (
  abbreviation: Abbreviation,
): { organisationType: OrganisationType; organisationLevel: OrganisationLevel | null } | null => {
  const key = codeKey(abbreviation.code);
  const name = foldForMatch(abbreviation.name);
  const group = GROUPS.find((g) => g.codes.some((c) => codeKey(c) === key) || g.name.test(name));
  return group
    ? { organisationType: group.organisationType, organisationLevel: group.organisationLevel }
    : null;
};

/** The codes a plan uses for bodies: every executor and every addressee of a report. */
export const agencyCodesUsed = (plan: Pick<ParsedPlan, 'measures'>): Set<string> => {
  const used = new Set<string>();
  for (const m of plan.measures) {
    for (const e of m.executors) used.add(codeKey(e.code));
    if (m.form.reportsTo !== null && m.form.reportsTo !== 'government') used.add(codeKey(m.form.reportsTo));
  }
  return used;
};

const validOn = (c: LinkCandidate, day: string): boolean =>
  (c.validFrom === null || c.validFrom <= day) && (c.validTo === null || c.validTo >= day);

/**
 * Proposes a kind and a link for one abbreviation of a plan. An abbreviation the plan uses as an
 * executor or addressee is an agency whatever its name says; organisations are matched by their
 * abbreviation in the plan's language first, and one valid on the act's date wins over a later one.
 * Several organisations of one type sharing the abbreviation make a group link, as a known group does.
 */
export const proposeAgency = (
  abbreviation: Abbreviation,
  context: {
    readonly language: PlanLanguage;
    readonly actDate: string;
    readonly usedCodes: ReadonlySet<string>;
    readonly organisations: readonly LinkCandidate[];
  },
): AgencyProposal => {
  const group = agencyGroupOf(abbreviation);
  if (group) return { kind: 'agency', link: { type: 'organisation_type', ...group } };

  const key = codeKey(abbreviation.code);
  const sameCode = (value: string | null) => value !== null && codeKey(value) === key;
  const primary = context.organisations.filter((o) =>
    sameCode(context.language === 'kk' ? o.abbreviationKk : o.abbreviationRu),
  );
  const matches =
    primary.length > 0
      ? primary
      : context.organisations.filter((o) => sameCode(o.abbreviationKk) || sameCode(o.abbreviationRu));
  const types = new Set(matches.map((m) => m.type));
  const first = matches[0];
  if (matches.length > 1 && types.size === 1 && first) {
    const levels = new Set(matches.map((m) => m.level));
    return {
      kind: 'agency',
      link: {
        type: 'organisation_type',
        organisationType: first.type as OrganisationType,
        organisationLevel: levels.size === 1 ? (first.level as OrganisationLevel) : null,
      },
    };
  }
  const chosen = matches.find((m) => validOn(m, context.actDate)) ?? first;
  if (chosen) return { kind: 'agency', link: { type: 'organisation', organisationId: chosen.id } };

  const name = foldForMatch(abbreviation.name);
  const kind: AgencyKind =
    context.usedCodes.has(key) || (!TERM.test(name) && BODY.test(name)) ? 'agency' : 'term';
  return { kind, link: { type: 'none' } };
};

/**
 * The organisations that answer today for one that no longer exists: its successors, followed
 * through every later reorganisation; an organisation without successors answers for itself.
 */
export const currentSuccessors = (
  organisationId: string,
  successors: ReadonlyMap<string, readonly string[]>,
): string[] => {
  const result: string[] = [];
  const seen = new Set<string>();
  const walk = (id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const next = successors.get(id) ?? [];
    if (next.length === 0) {
      if (!result.includes(id)) result.push(id);
      return;
    }
    for (const s of next) walk(s);
  };
  walk(organisationId);
  return result;
};

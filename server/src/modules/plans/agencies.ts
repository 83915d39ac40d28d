import type { OrganisationLevel, OrganisationType } from '@qorgau/domain/identity/organisation';
import {
  type Abbreviation,
  type AgencyKind,
  type AgencyLink,
  agencyCodesUsed,
  currentSuccessors,
  type LinkCandidate,
  type ParsedMeasure,
  type PlanLanguage,
  type PlanPeriod,
  proposeAgency,
} from '@qorgau/domain/roadmap/index';
import { and, asc, eq, gte, inArray, isNotNull, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../../platform/db/database.ts';
import { organisationSuccessors, organisations } from '../../platform/directory/tables.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { t } from '../../platform/i18n/translate.ts';
import type { agencySchema, organisationRefSchema } from './schemas.ts';
import { planAgencies, planAgencyCurrent } from './tables.ts';

// The agency directory of a plan: proposing links at import, keeping a coordinator's corrections,
// resolving reorganised bodies to the ones that report today, and presenting it all.

export type AgencyDto = z.infer<typeof agencySchema>;
type OrganisationRef = z.infer<typeof organisationRefSchema>;
type OrganisationRow = typeof organisations.$inferSelect;

/** One entry of a directory, stored or about to be. */
export interface AgencyEntry {
  code: string;
  name: string;
  kind: AgencyKind;
  link: AgencyLink;
  source: 'automatic' | 'coordinator';
  /** For a link to one organisation: who answers for it today (itself, or its successors). */
  currentIds: string[];
}

/** What linking needs from the organisation directory, read once per import. */
export interface LinkingContext {
  candidates: LinkCandidate[];
  successors: Map<string, string[]>;
}

/** Reads the organisations that carry an abbreviation, and every succession. */
export async function loadLinkingContext(db: Database): Promise<LinkingContext> {
  const [rows, links] = await Promise.all([
    db
      .select({
        id: organisations.id,
        type: organisations.type,
        level: organisations.level,
        abbreviationKk: organisations.abbreviationKk,
        abbreviationRu: organisations.abbreviationRu,
        validFrom: organisations.validFrom,
        validTo: organisations.validTo,
      })
      .from(organisations)
      .where(or(isNotNull(organisations.abbreviationKk), isNotNull(organisations.abbreviationRu)))
      .orderBy(asc(organisations.code)),
    // Successors in the order of their codes, not of their random ids, so "who reports today" lists (and
    // the UI's first name) are the same on every installation and every start.
    db
      .select({
        predecessorId: organisationSuccessors.predecessorId,
        successorId: organisationSuccessors.successorId,
      })
      .from(organisationSuccessors)
      .innerJoin(organisations, eq(organisations.id, organisationSuccessors.successorId))
      .orderBy(asc(organisations.code)),
  ]);
  const successors = new Map<string, string[]>();
  for (const link of links)
    successors.set(link.predecessorId, [...(successors.get(link.predecessorId) ?? []), link.successorId]);
  return { candidates: rows, successors };
}

/** Who answers today for the organisation a link names; empty for other links. */
export function currentIdsOf(link: AgencyLink, context: LinkingContext): string[] {
  return link.type === 'organisation' ? currentSuccessors(link.organisationId, context.successors) : [];
}

/**
 * The directory a plan gets from a (new) list of abbreviations: a coordinator's correction is kept,
 * everything else is proposed afresh, so organisations added since the last import are picked up.
 */
export function proposeDirectory(
  parsed: {
    abbreviations: readonly Abbreviation[];
    measures: readonly ParsedMeasure[];
    language: PlanLanguage;
    actDate: string;
  },
  existing: ReadonlyMap<string, AgencyEntry>,
  context: LinkingContext,
): AgencyEntry[] {
  const usedCodes = agencyCodesUsed(parsed);
  return parsed.abbreviations.map((abbreviation) => {
    const kept = existing.get(abbreviation.code);
    if (kept?.source === 'coordinator')
      return { ...kept, name: abbreviation.name, currentIds: currentIdsOf(kept.link, context) };
    const proposal = proposeAgency(abbreviation, {
      language: parsed.language,
      actDate: parsed.actDate,
      usedCodes,
      organisations: context.candidates,
    });
    return {
      code: abbreviation.code,
      name: abbreviation.name,
      kind: proposal.kind,
      link: proposal.link,
      source: 'automatic',
      currentIds: currentIdsOf(proposal.link, context),
    };
  });
}

type AgencyRow = typeof planAgencies.$inferSelect;

function linkOfRow(row: AgencyRow): AgencyLink {
  if (row.linkType === 'organisation' && row.organisationId)
    return { type: 'organisation', organisationId: row.organisationId };
  if (row.linkType === 'organisation_type' && row.organisationType)
    return {
      type: 'organisation_type',
      organisationType: row.organisationType as OrganisationType,
      organisationLevel: row.organisationLevel as OrganisationLevel | null,
    };
  return { type: 'none' };
}

/** The stored directory of a plan, by code, with the row ids. */
export async function loadDirectory(
  db: Database,
  planId: string,
): Promise<Map<string, AgencyEntry & { id: string }>> {
  const rows = await db
    .select()
    .from(planAgencies)
    .where(eq(planAgencies.planId, planId))
    .orderBy(asc(planAgencies.code));
  const current = rows.length
    ? await db
        .select()
        .from(planAgencyCurrent)
        .where(
          inArray(
            planAgencyCurrent.agencyId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return new Map(
    rows.map((row) => [
      row.code,
      {
        id: row.id,
        code: row.code,
        name: row.name,
        kind: row.kind,
        link: linkOfRow(row),
        source: row.linkSource,
        currentIds: current.filter((c) => c.agencyId === row.id).map((c) => c.organisationId),
      },
    ]),
  );
}

function linkColumns(link: AgencyLink) {
  return {
    linkType: link.type,
    organisationId: link.type === 'organisation' ? link.organisationId : null,
    organisationType: link.type === 'organisation_type' ? link.organisationType : null,
    organisationLevel: link.type === 'organisation_type' ? link.organisationLevel : null,
  };
}

/** Writes a directory: new codes are added, known ones updated; codes an earlier version used are kept. */
export async function saveDirectory(
  tx: Database,
  planId: string,
  entries: readonly AgencyEntry[],
  existing: ReadonlyMap<string, AgencyEntry & { id: string }>,
  by: { userId: string | null; at: Date },
): Promise<void> {
  for (const entry of entries) {
    const before = existing.get(entry.code);
    const id = before?.id ?? crypto.randomUUID();
    const values = {
      name: entry.name,
      kind: entry.kind,
      ...linkColumns(entry.link),
      linkSource: entry.source,
      updatedAt: by.at,
      updatedBy: by.userId,
    };
    if (before) {
      const unchanged =
        before.name === entry.name &&
        before.source === entry.source &&
        before.kind === entry.kind &&
        JSON.stringify(before.link) === JSON.stringify(entry.link) &&
        before.currentIds.join() === entry.currentIds.join();
      if (unchanged) continue;
      await tx.update(planAgencies).set(values).where(eq(planAgencies.id, id));
      await tx.delete(planAgencyCurrent).where(eq(planAgencyCurrent.agencyId, id));
    } else {
      await tx.insert(planAgencies).values({ id, planId, code: entry.code, ...values });
    }
    if (entry.currentIds.length > 0)
      await tx
        .insert(planAgencyCurrent)
        .values(entry.currentIds.map((organisationId) => ({ agencyId: id, organisationId })));
  }
}

/** How often a plan's measures name each code as an executor, as the lead, and as the addressee of a report. */
export function usageOf(measures: readonly ParsedMeasure[]): Map<string, AgencyDto['usage']> {
  const usage = new Map<string, AgencyDto['usage']>();
  const of = (code: string) => {
    let u = usage.get(code);
    if (!u) {
      u = { executor: 0, lead: 0, reportsTo: 0 };
      usage.set(code, u);
    }
    return u;
  };
  for (const m of measures) {
    for (const e of m.executors) {
      of(e.code).executor++;
      if (e.lead) of(e.code).lead++;
    }
    if (m.form.reportsTo !== null && m.form.reportsTo !== 'government') of(m.form.reportsTo).reportsTo++;
  }
  return usage;
}

function presentOrganisation(row: OrganisationRow): OrganisationRef {
  return {
    id: row.id,
    code: row.code,
    type: row.type as OrganisationRef['type'],
    name: { kk: row.nameKk, ru: row.nameRu, en: row.nameEn },
    abbreviation: { kk: row.abbreviationKk, ru: row.abbreviationRu },
    regionCode: row.regionCode,
    validFrom: row.validFrom,
    validTo: row.validTo,
  };
}

const nameIn = (locale: Locale, o: OrganisationRef): string => o.name[locale];

/** The organisations of a type (and level) that existed at some time during the period. */
async function membersOf(
  db: Database,
  type: string,
  level: string | null,
  period: PlanPeriod,
): Promise<OrganisationRef[]> {
  const conditions: (SQL | undefined)[] = [
    eq(organisations.type, type),
    level ? eq(organisations.level, level) : undefined,
    or(isNull(organisations.validFrom), lte(organisations.validFrom, `${period.to}-12-31`)),
    or(isNull(organisations.validTo), gte(organisations.validTo, `${period.from}-01-01`)),
  ];
  const rows = await db
    .select()
    .from(organisations)
    .where(and(...conditions))
    .orderBy(asc(organisations.code));
  return rows.map(presentOrganisation);
}

/** The directory for the API: links resolved to organisations and described in the reader's language. */
export async function presentDirectory(
  db: Database,
  locale: Locale,
  entries: readonly AgencyEntry[],
  period: PlanPeriod,
  usage: ReadonlyMap<string, AgencyDto['usage']>,
): Promise<AgencyDto[]> {
  const ids = new Set<string>();
  for (const e of entries) {
    if (e.link.type === 'organisation') ids.add(e.link.organisationId);
    for (const id of e.currentIds) ids.add(id);
  }
  const rows = ids.size
    ? await db
        .select()
        .from(organisations)
        .where(inArray(organisations.id, [...ids]))
    : [];
  const byId = new Map(rows.map((r) => [r.id, presentOrganisation(r)]));
  const groups = new Map<string, OrganisationRef[]>();
  for (const e of entries) {
    if (e.link.type !== 'organisation_type') continue;
    const key = `${e.link.organisationType}/${e.link.organisationLevel ?? ''}`;
    if (!groups.has(key))
      groups.set(key, await membersOf(db, e.link.organisationType, e.link.organisationLevel, period));
  }

  return entries.map((e) => {
    const organisation = e.link.type === 'organisation' ? (byId.get(e.link.organisationId) ?? null) : null;
    const current = e.currentIds.flatMap((id) => byId.get(id) ?? []);
    const members =
      e.link.type === 'organisation_type'
        ? (groups.get(`${e.link.organisationType}/${e.link.organisationLevel ?? ''}`) ?? [])
        : [];
    let description: string;
    if (e.link.type === 'organisation_type') {
      description = t(
        locale,
        e.link.organisationLevel === 'region' ? 'plan.link.group_region' : 'plan.link.group',
        {
          type: t(locale, `plan.organisation_type.${e.link.organisationType}`),
          count: String(members.length),
        },
      );
    } else if (organisation) {
      const itself = current.length === 1 && current[0]?.id === organisation.id;
      description = itself
        ? nameIn(locale, organisation)
        : t(locale, 'plan.link.historical', {
            name: nameIn(locale, organisation),
            current: current.map((c) => nameIn(locale, c)).join(', '),
          });
    } else {
      description = t(locale, 'plan.link.none');
    }
    if (e.source === 'coordinator') description = `${description} ${t(locale, 'plan.link.corrected')}`;
    return {
      code: e.code,
      name: e.name,
      kind: e.kind,
      link: {
        type: e.link.type,
        source: e.source,
        organisation,
        current,
        organisationType: e.link.type === 'organisation_type' ? e.link.organisationType : null,
        organisationLevel: e.link.type === 'organisation_type' ? e.link.organisationLevel : null,
        members,
        description,
      },
      usage: usage.get(e.code) ?? { executor: 0, lead: 0, reportsTo: 0 },
    };
  });
}

/** An organisation that answers for an executor code, with its region for regional bodies. */
export interface ResolvedOrganisation {
  organisationId: string;
  regionCode: string | null;
}

/**
 * For the reporting cycle: which organisations answer for an executor code of the plan during a period.
 * A named organisation answers while it exists at the period's end, its successors after it is gone
 * (БҒМ for 2021, the Ministry of Enlightenment and the Ministry of Science for 2023); a type link answers
 * with every organisation of the type that existed at any time in the period ("ЖАО": 17 regional akimats
 * for 2021, 20 for 2022). Terms and unknown codes answer with nobody.
 */
export async function executorResolver(
  db: Database,
  planId: string,
): Promise<(code: string, period: { start: string; end: string }) => ResolvedOrganisation[]> {
  const directory = await loadDirectory(db, planId);
  const { successors } = await loadLinkingContext(db);
  const types = [...directory.values()].flatMap((e) =>
    e.link.type === 'organisation_type' ? [e.link.organisationType] : [],
  );
  const named = [...directory.values()].flatMap((e) =>
    e.link.type === 'organisation' ? [e.link.organisationId] : [],
  );
  const ids = [...new Set([...named, ...[...successors.values()].flat()])];
  const rows = await db
    .select({
      id: organisations.id,
      type: organisations.type,
      level: organisations.level,
      regionCode: organisations.regionCode,
      validFrom: organisations.validFrom,
      validTo: organisations.validTo,
    })
    .from(organisations)
    .where(
      or(
        types.length > 0 ? inArray(organisations.type, types) : undefined,
        ids.length > 0 ? inArray(organisations.id, ids) : undefined,
        sql`false`,
      ),
    )
    .orderBy(asc(organisations.code));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const present = (r: (typeof rows)[number]) => ({ organisationId: r.id, regionCode: r.regionCode });
  const existsOn = (r: (typeof rows)[number], day: string) =>
    (r.validFrom === null || r.validFrom <= day) && (r.validTo === null || r.validTo >= day);

  return (code, period) => {
    const entry = directory.get(code);
    if (!entry || entry.kind === 'term') return [];
    const link = entry.link;
    if (link.type === 'organisation_type') {
      return rows
        .filter(
          (r) =>
            r.type === link.organisationType &&
            (link.organisationLevel === null || r.level === link.organisationLevel) &&
            (r.validFrom === null || r.validFrom <= period.end) &&
            (r.validTo === null || r.validTo >= period.start),
        )
        .map(present);
    }
    if (link.type !== 'organisation') return [];
    const found: ResolvedOrganisation[] = [];
    const seen = new Set<string>();
    const walk = (id: string): void => {
      if (seen.has(id)) return;
      seen.add(id);
      const row = byId.get(id);
      if (row && existsOn(row, period.end)) {
        found.push(present(row));
        return;
      }
      for (const next of successors.get(id) ?? []) walk(next);
    };
    walk(link.organisationId);
    return found;
  };
}

import {
  allowedCommands,
  type CaseRelation,
  type CaseWorkflowState,
  RISK_LEVELS,
  type RiskLevel,
  triageClock,
} from '@qorgau/domain/cases/index';
import { and, asc, desc, eq, gt, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.ts';
import { type AuditContext, writeAudit } from '../../platform/audit/audit.ts';
import { users } from '../../platform/auth/tables.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { organisations } from '../../platform/directory/tables.ts';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor.ts';
import {
  type CaseAccessBranch,
  caseAccessBranches,
  caseAccessFilter,
  requireCaseRelations,
} from './access.ts';
import { caseNameKeyIds, nameSearchCondition } from './persons.ts';
import { recordOfRow } from './register-case.ts';
import {
  breakGlassGrants,
  caseAssignees,
  caseFlags,
  caseForms,
  caseNotes,
  cases,
  caseTasks,
  persons,
  referrals,
  transfers,
} from './tables.ts';

export interface CaseListFilter {
  status?: 'open' | 'closure_pending' | 'closed' | undefined;
  risk?: RiskLevel | undefined;
  concern?: string | undefined;
  overdue?: boolean | undefined;
  organisationId?: string | undefined;
  regionCode?: string | undefined;
  mine?: boolean | undefined;
  myTasks?: boolean | undefined;
  search?: string | undefined;
  sort: 'updated' | 'deadline' | 'risk';
  cursor?: string | undefined;
  limit: number;
}

const RISK_RANK = sql<number>`array_position(array[${sql.join(
  RISK_LEVELS.map((r) => sql`${r}`),
  sql`, `,
)}]::text[], ${cases.riskLevel})`;

const OPEN_TASKS = sql<number>`(select count(*)::int from ${caseTasks} where ${caseTasks.caseId} = ${cases.id} and ${caseTasks.doneAt} is null)`;

/** The columns a list row shows: no more of the child than a worker needs to recognise the case. */
const listColumns = (asOf: Date) => ({
  id: cases.id,
  number: cases.number,
  concerns: cases.concerns,
  riskLevel: cases.riskLevel,
  stage: cases.stage,
  status: cases.status,
  triagedAt: cases.triagedAt,
  responseDueAt: cases.responseDueAt,
  firstContactAt: cases.firstContactAt,
  updatedAt: cases.updatedAt,
  regionCode: cases.regionCode,
  districtCode: cases.districtCode,
  childSurname: persons.surname,
  childGivenName: persons.givenName,
  childPatronymic: persons.patronymic,
  childBirthDate: persons.birthDate,
  childEstimatedAge: persons.estimatedAgeYears,
  ownerOrganisationId: cases.ownerOrganisationId,
  ownerOrganisationKk: organisations.nameKk,
  ownerOrganisationRu: organisations.nameRu,
  ownerOrganisationEn: organisations.nameEn,
  ownerUserName: users.fullName,
  openTasks: OPEN_TASKS,
  overdueTasks: sql<number>`(select count(*)::int from ${caseTasks} where ${caseTasks.caseId} = ${cases.id} and ${caseTasks.doneAt} is null and ${caseTasks.dueAt} < ${asOf})`,
});

type ListRow = Record<string, unknown>;

function presentListRow(row: ListRow, asOf: Date) {
  const r = row as {
    id: string;
    number: string;
    concerns: string[];
    riskLevel: RiskLevel;
    stage: string;
    status: string;
    triagedAt: Date;
    responseDueAt: Date;
    firstContactAt: Date | null;
    updatedAt: Date;
    regionCode: string | null;
    districtCode: string | null;
    childSurname: string;
    childGivenName: string;
    childPatronymic: string | null;
    childBirthDate: string | null;
    childEstimatedAge: number | null;
    ownerOrganisationId: string;
    ownerOrganisationKk: string;
    ownerOrganisationRu: string;
    ownerOrganisationEn: string;
    ownerUserName: string | null;
    openTasks: number;
    overdueTasks: number;
  };
  const clock = triageClock(
    {
      riskLevel: r.riskLevel,
      recordedAt: r.triagedAt.toISOString(),
      firstContactAt: r.firstContactAt?.toISOString() ?? null,
    },
    asOf.toISOString(),
  );
  return {
    id: r.id,
    number: r.number,
    child: {
      surname: r.childSurname,
      givenName: r.childGivenName,
      patronymic: r.childPatronymic,
      birthDate: r.childBirthDate,
      estimatedAgeYears: r.childEstimatedAge,
    },
    concerns: r.concerns,
    riskLevel: r.riskLevel,
    stage: r.stage,
    status: r.status,
    triage: {
      status: clock.status,
      deadline: clock.deadline,
      overdueMs: clock.overdueMs,
      remainingMs: clock.remainingMs,
    },
    owner: {
      organisationId: r.ownerOrganisationId,
      organisation: { kk: r.ownerOrganisationKk, ru: r.ownerOrganisationRu, en: r.ownerOrganisationEn },
      user: r.ownerUserName,
    },
    regionCode: r.regionCode,
    districtCode: r.districtCode,
    openTasks: Number(r.openTasks),
    overdueTasks: Number(r.overdueTasks),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export type CaseListItem = ReturnType<typeof presentListRow>;

/** The conditions of a case list, the actor's access first: a list never shows what a case page refuses. */
export function caseListConditions(
  actor: Actor,
  filter: Omit<CaseListFilter, 'sort' | 'cursor' | 'limit'>,
  asOf: Date,
): SQL[] {
  return [caseAccessFilter(actor, asOf), ...caseFilterConditions(actor, filter, asOf)];
}

/** The list's own filters, without the access condition. */
function caseFilterConditions(
  actor: Actor,
  filter: Omit<CaseListFilter, 'sort' | 'cursor' | 'limit'>,
  asOf: Date,
): SQL[] {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(cases.status, filter.status));
  if (filter.risk) conditions.push(eq(cases.riskLevel, filter.risk));
  if (filter.concern) conditions.push(sql`${filter.concern} = any(${cases.concerns})`);
  if (filter.organisationId) conditions.push(eq(cases.ownerOrganisationId, filter.organisationId));
  if (filter.regionCode) conditions.push(eq(cases.regionCode, filter.regionCode));
  if (filter.mine) {
    conditions.push(
      or(
        eq(cases.ownerUserId, actor.userId),
        sql`exists (select 1 from ${caseAssignees} where ${caseAssignees.caseId} = ${cases.id} and ${caseAssignees.userId} = ${actor.userId})`,
      ) as SQL,
    );
  }
  if (filter.myTasks) {
    conditions.push(
      sql`exists (select 1 from ${caseTasks} where ${caseTasks.caseId} = ${cases.id} and ${caseTasks.doneAt} is null and (${caseTasks.assigneeUserId} = ${actor.userId} or (${caseTasks.assigneeUserId} is null and ${caseTasks.assigneeOrganisationId} = ${actor.organisationId})))`,
    );
  }
  if (filter.overdue) {
    conditions.push(
      sql`((${cases.firstContactAt} is null and ${cases.status} <> 'closed' and ${cases.responseDueAt} <= ${asOf}) or exists (select 1 from ${caseTasks} where ${caseTasks.caseId} = ${cases.id} and ${caseTasks.doneAt} is null and ${caseTasks.dueAt} < ${asOf}))`,
    );
  }
  if (filter.search) {
    const digits = filter.search.replace(/[\s-]/g, '');
    conditions.push(
      /^\d{4,12}$/.test(digits)
        ? digits.length === 12
          ? eq(persons.iin, digits)
          : sql`${persons.iin} like ${`${digits}%`}`
        : /^QG-/i.test(filter.search.trim())
          ? eq(cases.number, filter.search.trim().toUpperCase())
          : nameSearchCondition(filter.search),
    );
  }
  return conditions;
}

/** Whether a search text is a name (not an IIN or its first digits, not a case number). */
function isNameSearch(search: string | undefined): search is string {
  if (!search) return false;
  return !/^\d{4,12}$/.test(search.replace(/[\s-]/g, '')) && !/^QG-/i.test(search.trim());
}

/** The rows of a case list page (one more than the limit, to tell whether there is a next page); not audited. */
export async function caseListRows(db: Database, actor: Actor, filter: CaseListFilter, asOf: Date) {
  // A name search is added per branch below: from the keys kept on the cases within a district or region.
  const nameSearch = isNameSearch(filter.search) ? filter.search : undefined;
  const conditions = caseFilterConditions(
    actor,
    nameSearch ? { ...filter, search: undefined } : filter,
    asOf,
  );
  // Keyset pagination on (sort key, id) so pages stay stable while cases change.
  const order =
    filter.sort === 'deadline'
      ? { key: cases.responseDueAt, dir: 'asc' as const }
      : filter.sort === 'risk'
        ? { key: RISK_RANK, dir: 'asc' as const }
        : { key: cases.updatedAt, dir: 'desc' as const };
  if (filter.cursor) {
    const [value, id] = decodeCursor(filter.cursor, 2);
    const v = filter.sort === 'risk' ? Number(value) : new Date(String(value));
    const after =
      order.dir === 'asc'
        ? sql`(${order.key}, ${cases.id}) > (${v}, ${String(id)})`
        : sql`(${order.key}, ${cases.id}) < (${v}, ${String(id)})`;
    conditions.push(after);
  }
  const direction = (key: SQL | typeof cases.id | typeof cases.updatedAt) =>
    order.dir === 'asc' ? asc(key) : desc(key);
  // The page's ids first, from the cases alone (and their children's names when searching), so that the
  // ordering and the limit come before the joins and the task counts: a supervisor may open 15,000 cases.
  // With several access branches (a district and one's own cases), a page from each, then the best of them:
  // the first n of a union are among the first n of its parts.
  // A name search within a district or region reads the children's keys kept on its cases (case_name_keys):
  // an index range on (territory, key) rather than a walk through the territory's cases looking at each child.
  const branches = caseAccessBranches(actor, asOf);
  // A worker's own cases (id sets) are intersected with the country's cases of that name: both sets are read
  // whole from their indexes, then only the few cases in both are looked at.
  const branch = ({ access, territory, ids }: CaseAccessBranch) => {
    const base = db.select({ id: cases.id, sortKey: sql`${order.key}`.as('sort_key') }).from(cases);
    if (nameSearch) {
      const named = caseNameKeyIds(nameSearch, territory);
      const where =
        ids && !territory && named.length > 0
          ? [
              sql`${cases.id} in ((${ids})${sql.join(
                named.map((select) => sql` intersect (${select})`),
                sql``,
              )})`,
            ]
          : [access, ...named.map((select) => sql`${cases.id} in (${select})`)];
      return base
        .where(and(...where, ...conditions))
        .orderBy(direction(order.key), direction(cases.id))
        .limit(filter.limit + 1);
    }
    return (filter.search ? base.innerJoin(persons, eq(persons.id, cases.childId)) : base)
      .where(and(access, ...conditions))
      .orderBy(direction(order.key), direction(cases.id))
      .limit(filter.limit + 1);
  };
  const dir = order.dir === 'asc' ? sql`asc` : sql`desc`;
  const page =
    branches.length === 1
      ? sql`select id from (${branch(branches[0] as CaseAccessBranch)}) as page`
      : sql`select id from (${sql.join(
          branches.map((b) => sql`(${branch(b)})`),
          sql` union `,
        )}) as page order by sort_key ${dir}, id ${dir} limit ${filter.limit + 1}`;
  return db
    .select({ ...listColumns(asOf), sortKey: sql`${order.key}` })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.childId))
    .innerJoin(organisations, eq(organisations.id, cases.ownerOrganisationId))
    .leftJoin(users, eq(users.id, cases.ownerUserId))
    .where(sql`${cases.id} in (${page})`)
    .orderBy(direction(order.key), direction(cases.id));
}

/** Cases the actor may open, filtered, sorted and a page at a time; the viewing is audited. */
export async function listCases(ctx: AppContext, actor: Actor, audit: AuditContext, filter: CaseListFilter) {
  const asOf = ctx.clock.now();
  const rows = await caseListRows(ctx.db, actor, filter, asOf);
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  await ctx.db.transaction((tx) =>
    writeAudit(
      tx,
      audit,
      {
        action: 'case.list',
        objectType: 'case',
        details: { filter: { ...filter, cursor: undefined }, shown: page.map((r) => r.id) },
      },
      asOf,
    ),
  );
  const sortValue = (row: (typeof rows)[number]) =>
    filter.sort === 'risk'
      ? Number(row.sortKey)
      : (row.sortKey instanceof Date ? row.sortKey : new Date(String(row.sortKey))).toISOString();
  return {
    items: page.map((row) => presentListRow(row as ListRow, asOf)),
    nextCursor: rows.length > filter.limit && last ? encodeCursor([sortValue(last), last.id]) : null,
  };
}

async function namesOf(db: Database, userIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, fullName: users.fullName })
    .from(users)
    .where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.fullName]));
}

async function organisationNames(db: Database, ids: string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map<string, { kk: string; ru: string; en: string; type: string }>();
  const rows = await db
    .select({
      id: organisations.id,
      kk: organisations.nameKk,
      ru: organisations.nameRu,
      en: organisations.nameEn,
      type: organisations.type,
    })
    .from(organisations)
    .where(inArray(organisations.id, unique));
  return new Map(rows.map((r) => [r.id, { kk: r.kk, ru: r.ru, en: r.en, type: r.type }]));
}

/** One case in full, for someone on its team or overseeing it; the look is audited with the relation used. */
export async function readCase(ctx: AppContext, actor: Actor, audit: AuditContext, caseId: string) {
  const detail = await loadCaseDetail(ctx, actor, caseId);
  await ctx.db.transaction((tx) =>
    writeAudit(
      tx,
      audit,
      {
        action: 'case.read',
        objectType: 'case',
        objectId: caseId,
        objectRegionCode: detail.regionCode,
        details: { relations: detail.relations },
      },
      ctx.clock.now(),
    ),
  );
  return detail;
}

/** The case in full, when the actor may open it (404 otherwise); the caller audits what it does with it. */
export async function loadCaseDetail(ctx: AppContext, actor: Actor, caseId: string) {
  const asOf = ctx.clock.now();
  const relations = await requireCaseRelations(ctx.db, actor, caseId, asOf);
  const [row] = await ctx.db
    .select({ c: cases, child: persons })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.childId))
    .where(eq(cases.id, caseId))
    .limit(1);
  if (!row) throw new Error('case vanished');
  const { c, child } = row;
  // An organisation only involved by the protocol, a dispatch or the KDN sees the child, the concerns, the
  // safety flags and what is addressed to it — not the team's notes, assessments, plans, referrals or transfers.
  const full = relations.some((r) => r !== 'participant');
  const [assignees, allTasks, allNotes, flags, allForms, allRefs, allTrans, grants] = await Promise.all([
    ctx.db.select().from(caseAssignees).where(eq(caseAssignees.caseId, caseId)),
    ctx.db.select().from(caseTasks).where(eq(caseTasks.caseId, caseId)).orderBy(asc(caseTasks.dueAt)),
    ctx.db.select().from(caseNotes).where(eq(caseNotes.caseId, caseId)).orderBy(desc(caseNotes.createdAt)),
    ctx.db
      .select()
      .from(caseFlags)
      .where(and(eq(caseFlags.caseId, caseId), isNull(caseFlags.removedAt))),
    ctx.db.select().from(caseForms).where(eq(caseForms.caseId, caseId)).orderBy(desc(caseForms.revision)),
    ctx.db.select().from(referrals).where(eq(referrals.caseId, caseId)).orderBy(desc(referrals.createdAt)),
    ctx.db.select().from(transfers).where(eq(transfers.caseId, caseId)).orderBy(desc(transfers.createdAt)),
    ctx.db
      .select()
      .from(breakGlassGrants)
      .where(
        and(
          eq(breakGlassGrants.caseId, caseId),
          eq(breakGlassGrants.userId, actor.userId),
          gt(breakGlassGrants.expiresAt, asOf),
        ),
      ),
  ]);
  const tasks = full ? allTasks : allTasks.filter((t) => t.assigneeOrganisationId === actor.organisationId);
  const [notes, forms, refs, trans] = full ? [allNotes, allForms, allRefs, allTrans] : [[], [], [], []];
  const people = await namesOf(ctx.db, [
    ...(c.ownerUserId ? [c.ownerUserId] : []),
    ...assignees.map((a) => a.userId),
    ...tasks.flatMap((t) => (t.assigneeUserId ? [t.assigneeUserId] : [])),
    ...notes.map((n) => n.authorId),
    ...flags.map((f) => f.raisedBy),
  ]);
  const orgs = await organisationNames(ctx.db, [
    c.ownerOrganisationId,
    ...refs.flatMap((r) => [r.fromOrganisationId, r.toOrganisationId]),
    ...trans.flatMap((t) => [t.fromOrganisationId, t.toOrganisationId]),
    ...tasks.flatMap((t) => (t.assigneeOrganisationId ? [t.assigneeOrganisationId] : [])),
  ]);
  const latestForm = (form: string) => forms.find((f) => f.form === form) ?? null;
  const workflow = c.workflow as CaseWorkflowState;
  return {
    id: c.id,
    number: c.number,
    relations: relations as CaseRelation[],
    view: full ? ('full' as const) : ('participant' as const),
    child: { id: child.id, record: recordOfRow(child), warnings: child.warnings as unknown[] },
    source: c.source,
    reporter: c.reporter,
    reportedAt: c.reportedAt.toISOString(),
    concerns: c.concerns,
    incident: c.incident,
    riskLevel: c.riskLevel as RiskLevel,
    riskReason: c.riskReason,
    triage: triageClock(
      {
        riskLevel: c.riskLevel as RiskLevel,
        recordedAt: c.triagedAt.toISOString(),
        firstContactAt: c.firstContactAt?.toISOString() ?? null,
      },
      asOf.toISOString(),
    ),
    triagedAt: c.triagedAt.toISOString(),
    firstContactAt: c.firstContactAt?.toISOString() ?? null,
    stage: c.stage,
    status: c.status,
    workflow,
    allowedCommands: allowedCommands(workflow, { userId: actor.userId, relations }, asOf.toISOString()),
    consent: c.consent,
    owner: {
      organisationId: c.ownerOrganisationId,
      organisation: orgs.get(c.ownerOrganisationId) ?? null,
      userId: c.ownerUserId,
      user: c.ownerUserId ? (people.get(c.ownerUserId) ?? null) : null,
    },
    regionCode: c.regionCode,
    districtCode: c.districtCode,
    assignees: assignees.map((a) => ({
      userId: a.userId,
      name: people.get(a.userId) ?? null,
      assignedAt: a.assignedAt.toISOString(),
    })),
    tasks: tasks.map((t) => ({
      id: t.id,
      title: t.title,
      kind: t.kind,
      dueAt: t.dueAt.toISOString(),
      assigneeUserId: t.assigneeUserId,
      assignee: t.assigneeUserId ? (people.get(t.assigneeUserId) ?? null) : null,
      assigneeOrganisationId: t.assigneeOrganisationId,
      assigneeOrganisation: t.assigneeOrganisationId ? (orgs.get(t.assigneeOrganisationId) ?? null) : null,
      doneAt: t.doneAt?.toISOString() ?? null,
      result: t.result,
      overdue: !t.doneAt && t.dueAt < asOf,
    })),
    notes: notes.map((n) => ({
      id: n.id,
      text: n.text,
      author: people.get(n.authorId) ?? null,
      createdAt: n.createdAt.toISOString(),
    })),
    flags: flags.map((f) => ({
      id: f.id,
      reason: f.reason,
      note: f.note,
      raisedBy: people.get(f.raisedBy) ?? null,
      raisedAt: f.raisedAt.toISOString(),
    })),
    forms: {
      assessment: latestForm('assessment') && {
        revision: latestForm('assessment')?.revision,
        schemaVersion: latestForm('assessment')?.schemaVersion,
        data: latestForm('assessment')?.data,
        savedAt: latestForm('assessment')?.savedAt.toISOString(),
      },
      casePlan: latestForm('case_plan') && {
        revision: latestForm('case_plan')?.revision,
        schemaVersion: latestForm('case_plan')?.schemaVersion,
        data: latestForm('case_plan')?.data,
        savedAt: latestForm('case_plan')?.savedAt.toISOString(),
      },
    },
    referrals: refs.map((r) => ({
      id: r.id,
      from: orgs.get(r.fromOrganisationId) ?? null,
      fromOrganisationId: r.fromOrganisationId,
      to: orgs.get(r.toOrganisationId) ?? null,
      toOrganisationId: r.toOrganisationId,
      status: r.status,
      state: r.state,
      overrideReason: r.overrideReason,
      createdAt: r.createdAt.toISOString(),
    })),
    transfers: trans.map((t) => ({
      id: t.id,
      from: orgs.get(t.fromOrganisationId) ?? null,
      to: orgs.get(t.toOrganisationId) ?? null,
      toOrganisationId: t.toOrganisationId,
      status: t.status,
      state: t.state,
      createdAt: t.createdAt.toISOString(),
    })),
    breakGlass: grants.map((g) => ({ reason: g.reason, expiresAt: g.expiresAt.toISOString() })),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

export type CaseDetail = Awaited<ReturnType<typeof loadCaseDetail>>;

import {
  type PersonRecord,
  type PersonRecordWarning,
  personRecordSchema,
  personRecordWarnings,
} from '@qorgau/domain/cases/index';
import { findDuplicateCandidates, type PersonInput, searchKeys } from '@qorgau/domain/person/index';
import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.ts';
import { type AuditContext, diffFields, writeAudit } from '../../platform/audit/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Database, Transaction } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { parseOrRefuse } from '../../platform/http/validate.ts';
import { caseAccessFilter } from './access.ts';
import { kazakhstanToday } from './clock.ts';
import { caseNameKeys, cases, personSearchKeys, persons } from './tables.ts';

export type PersonRow = typeof persons.$inferSelect;

/** The name and dates of a record, as the duplicate finder reads them. */
function personInput(
  record: Pick<PersonRecord, 'name' | 'iin' | 'birthDate' | 'estimatedAge' | 'sex'>,
): PersonInput {
  return {
    surname: record.name.surname,
    name: record.name.givenName,
    ...(record.name.patronymic ? { patronymic: record.name.patronymic } : {}),
    ...(record.iin ? { iin: record.iin } : {}),
    ...(record.birthDate ? { birthDate: record.birthDate } : {}),
    ...(record.estimatedAge
      ? { estimatedAge: { estimatedAgeYears: record.estimatedAge.years, asOf: record.estimatedAge.asOf } }
      : {}),
    ...(record.sex ? { sex: record.sex } : {}),
  };
}

function rowInput(row: PersonRow): PersonInput & { id: string } {
  return {
    id: row.id,
    surname: row.surname,
    name: row.givenName,
    ...(row.patronymic ? { patronymic: row.patronymic } : {}),
    ...(row.iin ? { iin: row.iin } : {}),
    ...(row.birthDate ? { birthDate: row.birthDate } : {}),
    ...(row.estimatedAgeYears !== null && row.estimatedAgeAsOf
      ? { estimatedAge: { estimatedAgeYears: row.estimatedAgeYears, asOf: row.estimatedAgeAsOf } }
      : {}),
    ...(row.sex === 'male' || row.sex === 'female' ? { sex: row.sex } : {}),
  };
}

/** The columns of a person row for a validated record, with its search keys. */
function columnsOf(record: PersonRecord, warnings: PersonRecordWarning[]) {
  const keys = searchKeys(personInput(record));
  const { name, latinName, iin, birthDate, estimatedAge, sex, ...rest } = record;
  return {
    columns: {
      iin: iin ?? null,
      surname: name.surname,
      givenName: name.givenName,
      patronymic: name.patronymic ?? null,
      writtenIn: name.writtenIn,
      latinSurname: latinName?.surname ?? null,
      latinGivenName: latinName?.givenName ?? null,
      latinPatronymic: latinName?.patronymic ?? null,
      birthDate: birthDate ?? null,
      estimatedAgeYears: estimatedAge?.years ?? null,
      estimatedAgeAsOf: estimatedAge?.asOf ?? null,
      sex: sex ?? null,
      record: rest,
      warnings,
      surnameKey: keys.surnameKey,
      givenNameKey: keys.nameKey,
      surnameCode: keys.surnameCode,
      givenNameCode: keys.nameCode,
      addressKato: rest.address?.katoCode ?? null,
    },
    blockingKeys: keys.blockingKeys,
  };
}

/** Parses a child's record (today's date decides "in the future"); warnings come back, errors refuse. */
export function parsePerson(
  ctx: AppContext,
  input: unknown,
  prefix: string[],
): { record: PersonRecord; warnings: PersonRecordWarning[] } {
  const record = parseOrRefuse(
    personRecordSchema({ today: kazakhstanToday(ctx.clock.now()) }),
    input,
    prefix,
  );
  return { record, warnings: personRecordWarnings(record) };
}

async function assertIinFree(db: Database, iin: string | null, exceptId?: string): Promise<void> {
  if (!iin) return;
  const [holder] = await db
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.iin, iin), isNull(persons.mergedInto)))
    .limit(1);
  if (holder && holder.id !== exceptId) throw new AppError('IIN_TAKEN', { details: { personId: holder.id } });
}

/** Creates a person in the caller's transaction (registration), with its search keys. */
export async function insertPerson(
  tx: Transaction,
  actor: Actor,
  audit: AuditContext,
  parsed: { record: PersonRecord; warnings: PersonRecordWarning[] },
  now: Date,
): Promise<PersonRow> {
  const { columns, blockingKeys } = columnsOf(parsed.record, parsed.warnings);
  await assertIinFree(tx, columns.iin);
  const [row] = await tx
    .insert(persons)
    .values({
      id: crypto.randomUUID(),
      ...columns,
      createdAt: now,
      createdBy: actor.userId,
      updatedAt: now,
      updatedBy: actor.userId,
    })
    .returning();
  if (!row) throw new AppError('INTERNAL');
  if (blockingKeys.length > 0)
    await tx.insert(personSearchKeys).values(blockingKeys.map((key) => ({ personId: row.id, key })));
  await writeAudit(tx, audit, { action: 'person.created', objectType: 'person', objectId: row.id }, now);
  return row;
}

const PERSON_FIELDS = [
  'iin',
  'surname',
  'givenName',
  'patronymic',
  'writtenIn',
  'latinSurname',
  'latinGivenName',
  'latinPatronymic',
  'birthDate',
  'estimatedAgeYears',
  'estimatedAgeAsOf',
  'sex',
  'record',
] as const;

/** Replaces a person's record (the case team keeps it up to date); the audit log keeps what changed. */
export async function updatePersonRecord(
  tx: Transaction,
  actor: Actor,
  audit: AuditContext,
  personId: string,
  parsed: { record: PersonRecord; warnings: PersonRecordWarning[] },
  now: Date,
): Promise<PersonRow> {
  const [before] = await tx.select().from(persons).where(eq(persons.id, personId)).limit(1);
  if (!before || before.mergedInto) throw new AppError('PERSON_NOT_FOUND');
  const { columns, blockingKeys } = columnsOf(parsed.record, parsed.warnings);
  await assertIinFree(tx, columns.iin, personId);
  const [row] = await tx
    .update(persons)
    .set({ ...columns, updatedAt: now, updatedBy: actor.userId })
    .where(eq(persons.id, personId))
    .returning();
  if (!row) throw new AppError('INTERNAL');
  await tx.delete(personSearchKeys).where(eq(personSearchKeys.personId, personId));
  if (blockingKeys.length > 0)
    await tx.insert(personSearchKeys).values(blockingKeys.map((key) => ({ personId, key })));
  await writeAudit(
    tx,
    audit,
    {
      action: 'person.updated',
      objectType: 'person',
      objectId: personId,
      changes: diffFields(before, columns, PERSON_FIELDS),
    },
    now,
  );
  return row;
}

export interface DuplicateCandidateDto {
  personId: string;
  surname: string;
  givenName: string;
  patronymic: string | null;
  birthDate: string | null;
  estimatedAgeYears: number | null;
  sex: string | null;
  /** Only the last four digits, so a match can be confirmed without reading the number out. */
  iinEnding: string | null;
  sameIin: boolean;
  score: number;
  reasons: string[];
  /** Whether the actor can open a case of this child; when not, they may still link the new case to it. */
  knownToYou: boolean;
}

/**
 * The children already registered who may be the one about to be registered: same IIN, or a similar name in
 * any alphabet with the same or a close birth date. Shown before a new record is made; the search is audited,
 * and a candidate shows only what confirming the identity needs.
 */
export async function findDuplicates(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  input: PersonInput,
): Promise<DuplicateCandidateDto[]> {
  const keys = searchKeys(input);
  if (keys.queryKeys.length === 0) return [];
  const candidateIds = await ctx.db
    .selectDistinct({ personId: personSearchKeys.personId })
    .from(personSearchKeys)
    .where(inArray(personSearchKeys.key, keys.queryKeys))
    .limit(500);
  if (candidateIds.length === 0) return [];
  const rows = await ctx.db
    .select()
    .from(persons)
    .where(
      and(
        inArray(
          persons.id,
          candidateIds.map((c) => c.personId),
        ),
        isNull(persons.mergedInto),
      ),
    );
  const ranked = findDuplicateCandidates(input, rows.map(rowInput), { minScore: 0.5, limit: 10 });
  const ids = ranked.map((c) => c.person.id);
  const visible = new Set(
    ids.length === 0
      ? []
      : (
          await ctx.db
            .selectDistinct({ childId: cases.childId })
            .from(cases)
            .where(and(inArray(cases.childId, ids), caseAccessFilter(actor, ctx.clock.now())))
        ).map((r) => r.childId),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  await ctx.db.transaction((tx) =>
    writeAudit(
      tx,
      audit,
      { action: 'person.duplicate_check', objectType: 'person', details: { candidates: ids } },
      ctx.clock.now(),
    ),
  );
  return ranked.map((c) => {
    const row = byId.get(c.person.id) as PersonRow;
    return {
      personId: row.id,
      surname: row.surname,
      givenName: row.givenName,
      patronymic: row.patronymic,
      birthDate: row.birthDate,
      estimatedAgeYears: row.estimatedAgeYears,
      sex: row.sex,
      iinEnding: row.iin ? row.iin.slice(-4) : null,
      sameIin: c.sameIin,
      score: Math.round(c.score * 100) / 100,
      reasons: c.reasons,
      knownToYou: visible.has(row.id),
    };
  });
}

/** The keys of each word of a name typed in any alphabet (at most three words). */
function nameSearchWords(text: string) {
  return text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 3)
    .map((word) => searchKeys({ surname: word, name: word }));
}

/** The search-keys condition for a name typed in any alphabet: matches on the normalised keys or codes. */
export function nameSearchCondition(text: string) {
  const conditions = nameSearchWords(text).map(
    (keys) =>
      sql`(${persons.surnameKey} like ${`${keys.surnameKey}%`} or ${persons.givenNameKey} like ${`${keys.nameKey}%`} or ${persons.surnameCode} = ${keys.surnameCode} or ${persons.givenNameCode} = ${keys.nameCode})`,
  );
  return conditions.length === 0 ? sql`true` : sql.join(conditions, sql` and `);
}

/**
 * The same condition as `nameSearchCondition`, read from the keys kept on the cases (`case_name_keys`): for each
 * word, a select of the ids of the cases whose child has a matching key, within a district or region (an index
 * range on (territory, key)) or in the whole country (on (key), to intersect with a worker's own id sets).
 */
export function caseNameKeyIds(
  text: string,
  territory?: { field: 'districtCode' | 'regionCode'; value: string },
): SQL[] {
  const column = territory?.field === 'regionCode' ? caseNameKeys.regionCode : caseNameKeys.districtCode;
  const within = territory ? sql`${column} = ${territory.value} and ` : sql``;
  // Each key on its own (`union all`), so that each is an index-only range scan, with no visit to the rows.
  const select = (key: SQL) => sql`select ${caseNameKeys.caseId} from ${caseNameKeys} where ${within}${key}`;
  return nameSearchWords(text).map((keys) =>
    sql.join(
      [
        select(sql`${caseNameKeys.key} like ${`sk:${keys.surnameKey}%`}`),
        select(sql`${caseNameKeys.key} like ${`gk:${keys.nameKey}%`}`),
        select(sql`${caseNameKeys.key} = ${`sc:${keys.surnameCode}`}`),
        select(sql`${caseNameKeys.key} = ${`gc:${keys.nameCode}`}`),
      ],
      sql` union all `,
    ),
  );
}

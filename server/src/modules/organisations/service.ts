import type { Placement } from '@qorgau/domain/access/scope';
import { isValidBin } from '@qorgau/domain/identity/iin';
import { AGENCIES, ORGANISATION_LEVELS, ORGANISATION_TYPES } from '@qorgau/domain/identity/organisation';
import { and, asc, eq, gt, ilike, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { type Actor, conditionFor, mayAccess } from '../../platform/access/actor.ts';
import { scopeFilter } from '../../platform/access/scope-filter.ts';
import { type AuditContext, diffFields, writeAudit } from '../../platform/audit/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { organisations, territories } from '../../platform/directory/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor.ts';
import { namesSchema } from '../../platform/http/schemas.ts';

export type OrganisationRow = typeof organisations.$inferSelect;

export const organisationSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    type: z.enum(ORGANISATION_TYPES),
    agency: z.enum(AGENCIES),
    level: z.enum(ORGANISATION_LEVELS),
    name: namesSchema,
    abbreviation: z.object({ kk: z.string().nullable(), ru: z.string().nullable() }),
    bin: z.string().nullable(),
    territoryCode: z.string().nullable(),
    regionCode: z.string().nullable(),
    districtCode: z.string().nullable(),
    parentId: z.uuid().nullable(),
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
  })
  .meta({ id: 'Organisation' });
export type OrganisationDto = z.infer<typeof organisationSchema>;

/** The API shape of an organisation row. */
export function presentOrganisation(row: OrganisationRow): OrganisationDto {
  return {
    id: row.id,
    code: row.code,
    type: row.type as OrganisationDto['type'],
    agency: row.agency as OrganisationDto['agency'],
    level: row.level as OrganisationDto['level'],
    name: { kk: row.nameKk, ru: row.nameRu, en: row.nameEn },
    abbreviation: { kk: row.abbreviationKk, ru: row.abbreviationRu },
    bin: row.bin,
    territoryCode: row.territoryCode,
    regionCode: row.regionCode,
    districtCode: row.districtCode,
    parentId: row.parentId,
    validFrom: row.validFrom,
    validTo: row.validTo,
    email: row.email,
    phone: row.phone,
  };
}

const text = (max: number) => z.string().trim().min(1).max(max);

export const organisationInputSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/),
  type: z.enum(ORGANISATION_TYPES),
  agency: z.enum(AGENCIES),
  level: z.enum(ORGANISATION_LEVELS),
  name: z.object({ kk: text(300), ru: text(300), en: text(300) }),
  abbreviation: z
    .object({ kk: text(40).nullable(), ru: text(40).nullable() })
    .partial()
    .optional(),
  bin: z
    .string()
    .trim()
    .refine(isValidBin, { params: { i18n: 'validation.invalid' } })
    .nullable()
    .optional(),
  territoryCode: z
    .string()
    .regex(/^\d{9}$/)
    .nullable()
    .optional(),
  parentId: z.uuid().nullable().optional(),
  validFrom: z.iso.date().nullable().optional(),
  validTo: z.iso.date().nullable().optional(),
  email: z.email().nullable().optional(),
  phone: z.string().trim().max(40).nullable().optional(),
});
export type OrganisationInput = z.infer<typeof organisationInputSchema>;

/** The region and district a territory code lies in, read from the KATO tree. */
export async function placementOfTerritory(
  db: Database,
  code: string | null | undefined,
): Promise<{ regionCode: string | null; districtCode: string | null }> {
  if (!code) return { regionCode: null, districtCode: null };
  let [unit] = await db.select().from(territories).where(eq(territories.code, code)).limit(1);
  if (!unit) throw AppError.invalid([{ field: 'territoryCode', key: 'validation.invalid' }]);
  const regionCode = unit.regionCode;
  while (unit && unit.level > 2 && unit.parentCode) {
    [unit] = await db.select().from(territories).where(eq(territories.code, unit.parentCode)).limit(1);
  }
  return { regionCode, districtCode: unit && unit.level === 2 ? unit.code : null };
}

/** Where an organisation sits, in the terms scope conditions use. */
export function placementOf(row: OrganisationRow): Placement {
  return { organisationId: row.id, regionCode: row.regionCode, districtCode: row.districtCode };
}

/** Finds an organisation by id or answers 404. */
export async function getOrganisation(db: Database, id: string): Promise<OrganisationRow> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id)).limit(1);
  if (!row) throw new AppError('ORGANISATION_NOT_FOUND');
  return row;
}

export interface OrganisationFilter {
  type?: string | undefined;
  agency?: string | undefined;
  regionCode?: string | undefined;
  districtCode?: string | undefined;
  search?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** Lists organisations the actor may see, sorted by name (kk) then id. */
export async function listOrganisations(
  ctx: AppContext,
  actor: Actor,
  filter: OrganisationFilter,
): Promise<{ items: OrganisationDto[]; nextCursor: string | null }> {
  const conditions: (SQL | undefined)[] = [
    scopeFilter(conditionFor(actor, 'read:organisation'), {
      organisationId: organisations.id,
      regionCode: organisations.regionCode,
      districtCode: organisations.districtCode,
    }),
  ];
  if (filter.type) conditions.push(eq(organisations.type, filter.type));
  if (filter.agency) conditions.push(eq(organisations.agency, filter.agency));
  if (filter.regionCode) conditions.push(eq(organisations.regionCode, filter.regionCode));
  if (filter.districtCode) conditions.push(eq(organisations.districtCode, filter.districtCode));
  if (filter.search) {
    const pattern = `%${filter.search.replace(/[\\%_]/g, '\\$&')}%`;
    conditions.push(
      or(
        ilike(organisations.nameKk, pattern),
        ilike(organisations.nameRu, pattern),
        ilike(organisations.nameEn, pattern),
        ilike(organisations.abbreviationKk, pattern),
        ilike(organisations.abbreviationRu, pattern),
        ilike(organisations.code, pattern),
      ),
    );
  }
  if (filter.cursor) {
    const [name, id] = decodeCursor(filter.cursor, 2);
    conditions.push(
      or(
        gt(organisations.nameKk, String(name)),
        and(eq(organisations.nameKk, String(name)), gt(organisations.id, String(id))),
      ),
    );
  }
  const rows = await ctx.db
    .select()
    .from(organisations)
    .where(and(...conditions))
    .orderBy(asc(organisations.nameKk), asc(organisations.id))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentOrganisation),
    nextCursor: rows.length > filter.limit && last ? encodeCursor([last.nameKk, last.id]) : null,
  };
}

/** One organisation, if the actor may see it (404 otherwise, so existence does not leak). */
export async function readOrganisation(ctx: AppContext, actor: Actor, id: string): Promise<OrganisationDto> {
  const row = await getOrganisation(ctx.db, id);
  if (!mayAccess(actor, 'read:organisation', placementOf(row))) throw new AppError('ORGANISATION_NOT_FOUND');
  return presentOrganisation(row);
}

const AUDITED_FIELDS = [
  'code',
  'type',
  'agency',
  'level',
  'nameKk',
  'nameRu',
  'nameEn',
  'abbreviationKk',
  'abbreviationRu',
  'bin',
  'territoryCode',
  'parentId',
  'validFrom',
  'validTo',
  'email',
  'phone',
] as const;

function rowValues(input: OrganisationInput) {
  return {
    code: input.code,
    type: input.type,
    agency: input.agency,
    level: input.level,
    nameKk: input.name.kk,
    nameRu: input.name.ru,
    nameEn: input.name.en,
    abbreviationKk: input.abbreviation?.kk ?? null,
    abbreviationRu: input.abbreviation?.ru ?? null,
    bin: input.bin ?? null,
    territoryCode: input.territoryCode ?? null,
    parentId: input.parentId ?? null,
    validFrom: input.validFrom ?? null,
    validTo: input.validTo ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
  };
}

async function assertCodeFree(db: Database, code: string, exceptId?: string): Promise<void> {
  const [clash] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.code, code))
    .limit(1);
  if (clash && clash.id !== exceptId) throw AppError.invalid([{ field: 'code', key: 'validation.invalid' }]);
}

/** Creates an organisation (administrators). */
export async function createOrganisation(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  input: OrganisationInput,
): Promise<OrganisationDto> {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    await assertCodeFree(tx, input.code);
    if (input.parentId) await getOrganisation(tx, input.parentId);
    const placement = await placementOfTerritory(tx, input.territoryCode);
    const values = { ...rowValues(input), ...placement };
    const [row] = await tx
      .insert(organisations)
      .values({
        id: crypto.randomUUID(),
        ...values,
        createdAt: now,
        createdBy: actor.userId,
        updatedAt: now,
        updatedBy: actor.userId,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await writeAudit(
      tx,
      audit,
      {
        action: 'organisation.created',
        objectType: 'organisation',
        objectId: row.id,
        objectRegionCode: row.regionCode,
        changes: diffFields(null, values, AUDITED_FIELDS),
      },
      now,
    );
    return presentOrganisation(row);
  });
}

/** Replaces an organisation's details (administrators); the audit log keeps the changed fields. */
export async function updateOrganisation(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  id: string,
  input: OrganisationInput,
): Promise<OrganisationDto> {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const before = await getOrganisation(tx, id);
    if (!mayAccess(actor, 'manage:organisation', placementOf(before)))
      throw new AppError('ORGANISATION_NOT_FOUND');
    await assertCodeFree(tx, input.code, id);
    if (input.parentId === id) throw AppError.invalid([{ field: 'parentId', key: 'validation.invalid' }]);
    if (input.parentId) await getOrganisation(tx, input.parentId);
    const placement = await placementOfTerritory(tx, input.territoryCode);
    const values = { ...rowValues(input), ...placement };
    const [row] = await tx
      .update(organisations)
      .set({ ...values, updatedAt: now, updatedBy: actor.userId })
      .where(eq(organisations.id, id))
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await writeAudit(
      tx,
      audit,
      {
        action: 'organisation.updated',
        objectType: 'organisation',
        objectId: id,
        objectRegionCode: row.regionCode,
        changes: diffFields(before, values, AUDITED_FIELDS),
      },
      now,
    );
    return presentOrganisation(row);
  });
}

import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The KATO tree: regions, districts, rural districts and settlements, with the dates each unit exists. */
export const territories = pgTable(
  'territories',
  {
    code: text('code').primaryKey(),
    parentCode: text('parent_code'),
    level: integer('level').notNull(),
    regionCode: text('region_code').notNull(),
    nameKk: text('name_kk'),
    nameRu: text('name_ru').notNull(),
    nameEn: text('name_en'),
    iso: text('iso'),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
  },
  (t) => [
    index('territories_parent_idx').on(t.parentCode),
    index('territories_level_idx').on(t.level, t.regionCode),
    check('territories_code_format', sql`${t.code} ~ '^[0-9]{9}$'`),
  ],
);

/** Codes that changed in a reform: data recorded under `old_code` before `effective_on` now reads as `new_code`. */
export const territoryCodeChanges = pgTable(
  'territory_code_changes',
  {
    oldCode: text('old_code').notNull(),
    newCode: text('new_code').notNull(),
    effectiveOn: date('effective_on').notNull(),
    kind: text('kind', { enum: ['recode', 'split'] }).notNull(),
    note: text('note').notNull(),
  },
  (t) => [primaryKey({ columns: [t.oldCode, t.newCode, t.effectiveOn] })],
);

/** Organisations of every agency, placed on the territory tree. */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey(),
    /** A stable human-readable key (used by seeds and imports), e.g. "moe", "akimat-710000000". */
    code: text('code').notNull().unique(),
    type: text('type').notNull(),
    agency: text('agency').notNull(),
    level: text('level').notNull(),
    nameKk: text('name_kk').notNull(),
    nameRu: text('name_ru').notNull(),
    nameEn: text('name_en').notNull(),
    /** Abbreviation as written in plans, e.g. БҒМ, ІІМ. */
    abbreviationKk: text('abbreviation_kk'),
    abbreviationRu: text('abbreviation_ru'),
    bin: text('bin'),
    territoryCode: text('territory_code').references(() => territories.code),
    /** Denormalised from the territory, so scope filters are plain equalities on indexed columns. */
    regionCode: text('region_code'),
    districtCode: text('district_code'),
    parentId: uuid('parent_id'),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    email: text('email'),
    phone: text('phone'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    index('organisations_region_idx').on(t.regionCode),
    index('organisations_district_idx').on(t.districtCode),
    index('organisations_type_idx').on(t.type),
    index('organisations_parent_idx').on(t.parentId),
  ],
);

/** A historical organisation points to the ones that report on its measures today (БҒМ → Ministry of Enlightenment). */
export const organisationSuccessors = pgTable(
  'organisation_successors',
  {
    predecessorId: uuid('predecessor_id')
      .notNull()
      .references(() => organisations.id),
    successorId: uuid('successor_id')
      .notNull()
      .references(() => organisations.id),
    /** Null where the date of the reorganisation is not yet verified; the link holds regardless. */
    effectiveOn: date('effective_on'),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.predecessorId, t.successorId] })],
);

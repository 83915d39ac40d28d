import { createHash } from 'node:crypto';
import {
  diffValues,
  type ParsedMeasure,
  type PlanLanguage,
  type PlanWarning,
} from '@qorgau/domain/roadmap/index';
import { and, asc, eq, gt, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { loadDirectory, presentDirectory } from './agencies.ts';
import { usageInVersion } from './read-agencies.ts';
import { presentWarning, usernamesOf } from './read-plans.ts';
import type { measureDetailSchema, measureSchema, translationSchema } from './schemas.ts';
import { searchKey, searchWords } from './search.ts';
import {
  canonicalMeasure,
  getPlan,
  getVersion,
  listVersions,
  type MeasureRow,
  type PlanRow,
  type VersionRow,
} from './store.ts';
import { planMeasureExecutors, planMeasures, planMeasureTranslations, planSections } from './tables.ts';

// Reading measures: the filtered list, one measure with everything around it, and its translations.

export type MeasureDto = z.infer<typeof measureSchema>;
export type MeasureDetailDto = z.infer<typeof measureDetailSchema>;
export type TranslationDto = z.infer<typeof translationSchema>;

export interface MeasureFilter {
  version?: number | undefined;
  section?: number | undefined;
  executor?: string | undefined;
  leadOnly?: boolean | undefined;
  deadlineYear?: number | undefined;
  source?: string | undefined;
  form?: string | undefined;
  q?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

function presentMeasure(locale: Locale, row: MeasureRow, translatedInto: Locale[]): MeasureDto {
  return {
    ...canonicalMeasure(row.parsed),
    warnings: (row.warnings as PlanWarning[]).map((w) => presentWarning(locale, w)),
    translatedInto,
  } as MeasureDto;
}

async function translatedLocales(
  db: Database,
  planId: string,
  numbers: number[],
): Promise<Map<number, Locale[]>> {
  const map = new Map<number, Locale[]>();
  if (numbers.length === 0) return map;
  const rows = await db
    .select({ number: planMeasureTranslations.measureNumber, locale: planMeasureTranslations.locale })
    .from(planMeasureTranslations)
    .where(
      and(
        eq(planMeasureTranslations.planId, planId),
        inArray(planMeasureTranslations.measureNumber, numbers),
      ),
    )
    .orderBy(asc(planMeasureTranslations.locale));
  for (const r of rows) map.set(r.number, [...(map.get(r.number) ?? []), r.locale as Locale]);
  return map;
}

/**
 * The measures of a version, filtered and sorted by number. `executor` is a code of the plan (with
 * `leadOnly`, only where it leads); `deadlineYear` keeps a measure when one of its due dates falls in the
 * year; `form` matches the addressee code or words of the form of completion; `q` needs every word.
 */
export async function listMeasures(
  ctx: AppContext,
  locale: Locale,
  planId: string,
  filter: MeasureFilter,
): Promise<{ items: MeasureDto[]; nextCursor: string | null }> {
  const plan = await getPlan(ctx.db, planId);
  const version = await getVersion(ctx.db, plan, filter.version);
  const conditions: (SQL | undefined)[] = [eq(planMeasures.versionId, version.id)];
  if (filter.section !== undefined) conditions.push(eq(planMeasures.section, filter.section));
  if (filter.executor) {
    conditions.push(
      sql`exists (select 1 from ${planMeasureExecutors} e where e.measure_id = ${planMeasures.id}
                   and e.code = ${filter.executor} ${filter.leadOnly ? sql`and e.lead` : sql``})`,
    );
  }
  if (filter.deadlineYear !== undefined) {
    const year = filter.deadlineYear;
    conditions.push(
      sql`exists (select 1 from unnest(${planMeasures.dueDates}) as u(day)
                   where u.day between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date)`,
    );
  }
  if (filter.source) conditions.push(sql`${filter.source} = any(${planMeasures.sources})`);
  if (filter.form) {
    conditions.push(
      or(
        eq(planMeasures.formReportsTo, filter.form),
        sql`strpos(${planMeasures.formSearch}, ${searchKey(filter.form)}) > 0`,
      ),
    );
  }
  if (filter.q) {
    for (const word of searchWords(filter.q))
      conditions.push(sql`strpos(${planMeasures.searchText}, ${word}) > 0`);
  }
  if (filter.cursor) {
    const [after] = decodeCursor(filter.cursor, 1);
    if (typeof after !== 'number') throw AppError.invalid([{ field: 'cursor', key: 'validation.invalid' }]);
    conditions.push(gt(planMeasures.number, after));
  }
  const rows = await ctx.db
    .select()
    .from(planMeasures)
    .where(and(...conditions))
    .orderBy(asc(planMeasures.number))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  const translated = await translatedLocales(
    ctx.db,
    plan.id,
    page.map((r) => r.number),
  );
  const last = page.at(-1);
  return {
    items: page.map((r) => presentMeasure(locale, r, translated.get(r.number) ?? [])),
    nextCursor: rows.length > filter.limit && last ? encodeCursor([last.number]) : null,
  };
}

/** The original texts a translation stands for; a later version that changes them outdates it. */
export function fingerprintOf(measure: ParsedMeasure): string {
  return createHash('sha256')
    .update(JSON.stringify([measure.title, measure.form.text, measure.deadline.text]))
    .digest('hex');
}

type TranslationRow = typeof planMeasureTranslations.$inferSelect;

/** A stored translation for the API, marked as a translation of the plan's original. */
export function presentTranslation(
  row: TranslationRow,
  original: PlanLanguage,
  measure: ParsedMeasure,
  username: string | null,
): TranslationDto {
  return {
    locale: row.locale as Locale,
    title: row.title,
    form: row.formText,
    deadline: row.deadlineText,
    isTranslation: true,
    original,
    sourceVersion: row.sourceVersion,
    outdated: row.sourceFingerprint !== fingerprintOf(measure),
    translatedAt: row.translatedAt.toISOString(),
    translatedBy: username,
  };
}

/** The translations of one measure, as read against a version of it. */
export async function translationsOf(
  db: Database,
  plan: PlanRow,
  measure: ParsedMeasure,
): Promise<TranslationDto[]> {
  const rows = await db
    .select()
    .from(planMeasureTranslations)
    .where(
      and(
        eq(planMeasureTranslations.planId, plan.id),
        eq(planMeasureTranslations.measureNumber, measure.number),
      ),
    )
    .orderBy(asc(planMeasureTranslations.locale));
  const names = await usernamesOf(
    db,
    rows.map((r) => r.translatedBy),
  );
  return rows.map((r) =>
    presentTranslation(
      r,
      plan.language as PlanLanguage,
      measure,
      r.translatedBy ? (names.get(r.translatedBy) ?? null) : null,
    ),
  );
}

/** One measure row of a version, or a 404. */
export async function getMeasure(db: Database, version: VersionRow, number: number): Promise<MeasureRow> {
  const [row] = await db
    .select()
    .from(planMeasures)
    .where(and(eq(planMeasures.versionId, version.id), eq(planMeasures.number, number)))
    .limit(1);
  if (!row) throw new AppError('MEASURE_NOT_FOUND', { params: { number: String(number) } });
  return row;
}

const withoutNumber = (m: ParsedMeasure) => {
  const { number: _number, ...rest } = m;
  return rest;
};

/** Everything one row of the plan says, with its executors resolved to organisations, its translations and its history. */
export async function readMeasure(
  ctx: AppContext,
  locale: Locale,
  planId: string,
  number: number,
  versionNumber?: number,
): Promise<MeasureDetailDto> {
  const plan = await getPlan(ctx.db, planId);
  const version = await getVersion(ctx.db, plan, versionNumber);
  const row = await getMeasure(ctx.db, version, number);
  const measure = canonicalMeasure(row.parsed);

  const [section] =
    measure.section === null
      ? []
      : await ctx.db
          .select({ title: planSections.title })
          .from(planSections)
          .where(and(eq(planSections.versionId, version.id), eq(planSections.number, measure.section)));
  const directory = await loadDirectory(ctx.db, plan.id);
  const codes = [
    ...measure.executors.map((e) => e.code),
    ...(measure.form.reportsTo ? [measure.form.reportsTo] : []),
  ];
  const entries = codes.flatMap((c) => directory.get(c) ?? []);
  const agencies = await presentDirectory(
    ctx.db,
    locale,
    entries,
    { from: version.periodFrom, to: version.periodTo },
    await usageInVersion(ctx.db, version.id),
  );
  const agencyOf = (code: string | null) => agencies.find((a) => a.code === code) ?? null;

  // The history walks every version in order; a measure can be added, changed, removed and come back.
  const versions = [...(await listVersions(ctx.db, plan.id))].reverse();
  const rows = await ctx.db
    .select({ versionId: planMeasures.versionId, parsed: planMeasures.parsed })
    .from(planMeasures)
    .where(and(eq(planMeasures.planId, plan.id), eq(planMeasures.number, number)));
  const history: MeasureDetailDto['history'] = [];
  let previous: ParsedMeasure | null = null;
  for (const v of versions) {
    const found = rows.find((r) => r.versionId === v.id);
    const here = found ? canonicalMeasure(found.parsed) : null;
    const importedAt = v.importedAt.toISOString();
    if (here && !previous) history.push({ version: v.version, importedAt, status: 'added', changes: [] });
    else if (here && previous) {
      const changes = diffValues(withoutNumber(previous), withoutNumber(here));
      history.push({
        version: v.version,
        importedAt,
        status: changes.length ? 'changed' : 'unchanged',
        changes,
      });
    } else if (!here && previous)
      history.push({ version: v.version, importedAt, status: 'removed', changes: [] });
    previous = here;
  }

  const translations = await translationsOf(ctx.db, plan, measure);
  return {
    ...presentMeasure(
      locale,
      row,
      translations.map((tr) => tr.locale),
    ),
    version: version.version,
    sectionTitle: section?.title ?? null,
    executors: measure.executors.map((e) => ({ ...e, agency: agencyOf(e.code) })),
    reportsToAgency: agencyOf(measure.form.reportsTo),
    translations,
    history,
  };
}

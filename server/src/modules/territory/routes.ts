import { and, asc, eq, ilike, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { territories } from '../../platform/directory/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { errorResponses } from '../../platform/http/schemas.ts';

const territorySchema = z
  .object({
    code: z.string(),
    parentCode: z.string().nullable(),
    level: z.number().int(),
    regionCode: z.string(),
    name: z.object({ kk: z.string().nullable(), ru: z.string(), en: z.string().nullable() }),
    iso: z.string().nullable(),
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
  })
  .meta({ id: 'Territory' });

type TerritoryRow = typeof territories.$inferSelect;

function present(row: TerritoryRow): z.infer<typeof territorySchema> {
  return {
    code: row.code,
    parentCode: row.parentCode,
    level: row.level,
    regionCode: row.regionCode,
    name: { kk: row.nameKk, ru: row.nameRu, en: row.nameEn },
    iso: row.iso,
    validFrom: row.validFrom,
    validTo: row.validTo,
  };
}

const isoDate = z.iso.date();

/** The KATO tree: browse children of a unit, look one up, see which units existed on a date. */
export function registerTerritoryRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/territories',
    {
      config: { access: 'read:territory' },
      schema: {
        tags: ['territory'],
        summary:
          'Territorial units: the children of a unit (top level when no parent) or a name search, optionally within a region and as of a date',
        querystring: z.object({
          parentCode: z
            .string()
            .regex(/^\d{9}$/)
            .optional(),
          regionCode: z
            .string()
            .regex(/^\d{9}$/)
            .optional(),
          asOf: isoDate.optional(),
          search: z.string().trim().min(2).max(100).optional(),
        }),
        response: { 200: z.object({ items: z.array(territorySchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const { parentCode, regionCode, asOf, search } = request.query;
      const conditions: SQL[] = [];
      if (search) {
        const pattern = `%${search.replace(/[\\%_]/g, '\\$&')}%`;
        conditions.push(or(ilike(territories.nameRu, pattern), ilike(territories.nameKk, pattern)) as SQL);
      } else {
        conditions.push(parentCode ? eq(territories.parentCode, parentCode) : isNull(territories.parentCode));
      }
      if (regionCode) conditions.push(eq(territories.regionCode, regionCode));
      if (asOf) {
        conditions.push(or(isNull(territories.validFrom), lte(territories.validFrom, asOf)) as SQL);
        conditions.push(or(isNull(territories.validTo), sql`${territories.validTo} >= ${asOf}`) as SQL);
      }
      const rows = await ctx.db
        .select()
        .from(territories)
        .where(and(...conditions))
        .orderBy(asc(territories.code))
        .limit(search ? 50 : 5000);
      return { items: rows.map(present) };
    },
  );

  r.get(
    '/api/v1/territories/:code',
    {
      config: { access: 'read:territory' },
      schema: {
        tags: ['territory'],
        summary: 'One territorial unit with its ancestors',
        params: z.object({ code: z.string().regex(/^\d{9}$/) }),
        response: { 200: territorySchema.extend({ path: z.array(territorySchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const [row] = await ctx.db
        .select()
        .from(territories)
        .where(eq(territories.code, request.params.code))
        .limit(1);
      if (!row) throw new AppError('NOT_FOUND');
      const path: TerritoryRow[] = [];
      let parent = row.parentCode;
      while (parent) {
        const [up] = await ctx.db.select().from(territories).where(eq(territories.code, parent)).limit(1);
        if (!up) break;
        path.unshift(up);
        parent = up.parentCode;
      }
      return { ...present(row), path: path.map(present) };
    },
  );
}

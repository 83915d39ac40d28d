import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CODE_CHANGES } from '@qorgau/domain/territory/code-changes';
import { parseKatoCsv, regionCodeOf } from '@qorgau/domain/territory/kato';
import { REGIONS } from '@qorgau/domain/territory/regions';
import { count } from 'drizzle-orm';
import type { Database } from '../platform/db/database.ts';
import { territories, territoryCodeChanges } from '../platform/directory/tables.ts';

export const KATO_FILE = fileURLToPath(new URL('../../../domain/data/kato-2022-ru.csv', import.meta.url));

/**
 * Loads the KATO 2022 tree (all 16,264 units) with Kazakh and English names for the top level and the
 * validity dates of the regions formed in June 2022 (their whole subtree starts that day too), and the
 * old→new code map. Does nothing when the tree is already there.
 */
export async function seedTerritory(db: Database): Promise<{ loaded: number }> {
  const [existing] = await db.select({ n: count() }).from(territories);
  if ((existing?.n ?? 0) > 0) return { loaded: 0 };
  const regions = new Map(REGIONS.map((r) => [r.code, r]));
  const units = parseKatoCsv(readFileSync(KATO_FILE, 'utf8'));
  const rows = units.map((unit) => {
    const regionCode = regionCodeOf(unit.code);
    const region = regions.get(regionCode);
    const top = unit.level === 1 ? region : undefined;
    return {
      code: unit.code,
      parentCode: unit.parentCode,
      level: unit.level,
      regionCode,
      nameKk: top?.nameKk ?? null,
      nameRu: top?.nameRu ?? unit.nameRu,
      nameEn: top?.nameEn ?? null,
      iso: top?.iso ?? null,
      validFrom: region?.validFrom ?? null,
      validTo: region?.validTo ?? null,
    };
  });
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 1000) {
      await tx
        .insert(territories)
        .values(rows.slice(i, i + 1000))
        .onConflictDoNothing();
    }
    await tx
      .insert(territoryCodeChanges)
      .values([...CODE_CHANGES])
      .onConflictDoNothing();
  });
  return { loaded: rows.length };
}

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '@qorgau/domain/roadmap/index';
import { importPlan } from '../modules/plans/service.ts';
import { findPlanByAct } from '../modules/plans/store.ts';
import type { AppContext } from '../platform/context.ts';

export const ROADMAP_FILE = fileURLToPath(
  new URL('../../../domain/data/roadmap-2020-156.kk.txt', import.meta.url),
);

/**
 * Loads the 2020 roadmap (Government resolution No. 156) through the same import as an upload, when the
 * registry does not have that act yet. A plan the coordinator has since amended is left alone.
 */
export async function seedPlan(ctx: AppContext): Promise<{ loaded: boolean; measures: number }> {
  const bytes = readFileSync(ROADMAP_FILE);
  const { act } = parsePlan(bytes.toString('utf8'));
  if (await findPlanByAct(ctx.db, act)) return { loaded: false, measures: 0 };
  const outcome = await importPlan(
    ctx,
    null,
    { userAgent: 'qorgau seed' },
    { bytes, filename: 'roadmap-2020-156.kk.txt', dryRun: false },
  );
  return { loaded: outcome.outcome === 'created', measures: outcome.parsed.measures.length };
}

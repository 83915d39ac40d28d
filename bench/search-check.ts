/**
 * Checks on the national data set that the case name search (`caseListRows`, which reads the keys kept on the
 * cases, `case_name_keys`) lists exactly the cases the plain reading does: the reader's access on the case row
 * and the child's own name keys on `persons` (`caseListConditions`, as the export uses). For each reader of
 * the `cases` bench and each of its searches, every case, in each sort order's first page.
 *
 *   npm run -w bench search-check
 */
import { and, eq, sql } from 'drizzle-orm';
import {
  type CaseListFilter,
  caseListConditions,
  caseListRows,
} from '../server/src/modules/cases/read-cases.ts';
import { cases, persons } from '../server/src/modules/cases/tables.ts';
import { loadActor } from '../server/src/platform/auth/actor-loader.ts';
import { users } from '../server/src/platform/auth/tables.ts';
import { queryRows } from '../server/src/platform/db/database.ts';
import { ensureCore, log, openBench } from './national.ts';

const READERS = ['psychologist', 'inspector', 'supervisor', 'casemanager'];
const SEARCHES = [
  'Ахметов',
  'Ким',
  'Seitova',
  'Нурсултан',
  'Омарова Айгерим',
  'Kuznetsov',
  'Жұмабаев Ерлан',
  'Ах',
  'ahmetova aig',
];

async function main(): Promise<void> {
  const bench = await openBench();
  const { ctx, database, pool } = bench;
  let failures = 0;
  try {
    await ensureCore(bench);
    const asOf = new Date();
    for (const username of READERS) {
      const [row] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.username, username));
      const actor = await loadActor(ctx.db, row?.id ?? '', 'search-check');
      if (!actor) throw new Error(`no actor ${username}`);
      for (const search of SEARCHES) {
        const expected = await queryRows<{ id: string }>(
          ctx.db,
          sql`select ${cases.id} as id from ${cases} join ${persons} on ${persons.id} = ${cases.childId} where ${and(...caseListConditions(actor, { search }, asOf))}`,
        );
        const want = new Set(expected.map((r) => r.id));
        let same = true;
        for (const sort of ['updated', 'deadline', 'risk'] as const) {
          const limit = sort === 'updated' ? 1_000_000 : 50;
          const filter: CaseListFilter = { sort, limit, search };
          const got = await caseListRows(ctx.db, actor, filter, asOf);
          const ids = got.map((r) => r.id);
          if (sort === 'updated') {
            same &&= ids.length === want.size && ids.every((id) => want.has(id));
          } else {
            same &&= ids.length === Math.min(limit + 1, want.size) && ids.every((id) => want.has(id));
          }
        }
        if (!same) failures++;
        log(
          `  ${username.padEnd(12)} ${search.padEnd(16)} ${String(want.size).padStart(5)} cases ${same ? 'same' : 'DIFFERENT'}`,
        );
      }
    }
  } finally {
    await pool.end();
    await database.close();
  }
  log(failures === 0 ? 'all the same' : `${failures} searches differ`);
  if (failures > 0) process.exitCode = 1;
}

await main();

/**
 * Walks the bench database's audit chain with the server's `verifyAuditChain`: the generated case history
 * must continue the demo's chain without a gap or a broken hash.
 *
 *   npm run -w bench verify-chain
 */
import { verifyAuditChain } from '../server/src/platform/audit/audit.ts';
import { log, openBench } from './national.ts';

const bench = await openBench();
try {
  const started = performance.now();
  const report = await verifyAuditChain(bench.ctx.db, 20_000);
  log(`${JSON.stringify(report)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  if (!report.ok) process.exitCode = 1;
} finally {
  await bench.pool.end();
  await bench.database.close();
}

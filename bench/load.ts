/**
 * Load from a separate thread: N concurrent users requesting one path for a number of seconds, with their
 * latencies. The clients run off the server's event loop (on the other core), so the figures are the
 * server's, not the load generator's queueing.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

export interface LoadInput {
  readonly origin: string;
  readonly path: string;
  readonly cookie: string;
  readonly users: number;
  readonly seconds: number;
  readonly warmupSeconds?: number;
}

export interface LoadResult {
  readonly requests: number;
  readonly p50: number;
  readonly p95: number;
  readonly perSecond: number;
}

/** The value at a percentile of sorted numbers (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

async function run(input: LoadInput, seconds: number): Promise<number[]> {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: input.users }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        const response = await fetch(`${input.origin}${input.path}`, { headers: { cookie: input.cookie } });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${input.path}: ${response.status}`);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return latencies;
}

/** Runs the load in a worker thread and returns p50/p95 and the throughput. */
export function measureLoad(input: LoadInput): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: input });
    worker.once('message', (latencies: number[]) => {
      latencies.sort((a, b) => a - b);
      resolve({
        requests: latencies.length,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        perSecond: latencies.length / input.seconds,
      });
    });
    worker.once('error', reject);
  });
}

if (!isMainThread && parentPort) {
  const input = workerData as LoadInput;
  await run(input, input.warmupSeconds ?? 3);
  parentPort.postMessage(await run(input, input.seconds));
}

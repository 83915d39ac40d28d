import { readFileSync } from 'node:fs';
import pino, { type Logger } from 'pino';
import type { Config } from '../config.ts';
import type { AppContext, Clock } from './context.ts';
import { createSecretBox, loadSecretKey } from './crypto/secret-box.ts';
import { type DatabaseHandle, openDatabase } from './db/database.ts';
import { fileStoreIn } from './files/file-store.ts';

/** The application version, from the root package.json. */
export const VERSION: string = JSON.parse(
  readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'),
).version;

/** Structured JSON logs; secrets and cookies never reach them. */
export function createLogger(level: Config['LOG_LEVEL']): Logger {
  return pino({
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.totp',
      ],
      censor: '[redacted]',
    },
  });
}

/**
 * Opens the database, applies migrations and assembles the context every service receives. `dataDir: null`
 * keeps PGlite in memory (tests).
 */
export async function openContext(
  config: Config,
  options: { log: Logger; clock: Clock; dataDir?: string | null },
): Promise<{ ctx: AppContext; database: DatabaseHandle }> {
  const dataDir = options.dataDir === undefined ? config.DATA_DIR : options.dataDir;
  const database = await openDatabase({
    url: config.DATABASE_URL,
    dataDir,
    onConnectionError: (error) =>
      options.log.warn({ err: error }, 'database connection lost; the pool reconnects'),
  });
  await database.migrate();
  const ctx: AppContext = {
    db: database.db,
    databaseKind: database.kind,
    config,
    clock: options.clock,
    secretBox: createSecretBox(loadSecretKey(config.SECRET_KEY, dataDir)),
    // Files always live under DATA_DIR, also when the database is in memory (tests give a temporary one).
    files: fileStoreIn(config.DATA_DIR, config.FILE_MAX_BYTES),
    version: VERSION,
    log: options.log,
  };
  return { ctx, database };
}

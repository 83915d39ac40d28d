import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.ts';
import type { SecretBox } from './crypto/secret-box.ts';
import type { Database, DatabaseKind } from './db/database.ts';
import type { FileStore } from './files/file-store.ts';

/** Time comes from here, never from `new Date()` in business code, so tests can move it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What every service needs from the running application. */
export interface AppContext {
  db: Database;
  databaseKind: DatabaseKind;
  config: Config;
  clock: Clock;
  secretBox: SecretBox;
  /** Attachments on disk under DATA_DIR/files. */
  files: FileStore;
  version: string;
  log: FastifyBaseLogger;
}

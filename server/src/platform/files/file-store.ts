import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import { type AuditContext, writeAudit } from '../audit/audit.ts';
import type { Database, Transaction } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { detectType } from './file-types.ts';
import { files } from './tables.ts';

export type FileRow = typeof files.$inferSelect;

/** Where attachments live on disk: `<DATA_DIR>/files/ab/cd/<sha256>`. */
export interface FileStore {
  readonly dir: string;
  readonly maxBytes: number;
}

/** A file store under the data directory. */
export function fileStoreIn(dataDir: string, maxBytes: number): FileStore {
  return { dir: join(dataDir, 'files'), maxBytes };
}

const pathOf = (store: FileStore, sha256: string): string =>
  join(store.dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);

/** The most an upload may hold, in words for messages ("20 MB"). */
export function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/**
 * Checks an upload (size, type by content) and writes its bytes to disk, once per content. Refusals are
 * the caller's mistake (413, 415) and store nothing. The metadata row and its audit event are written in
 * the caller's transaction, so a file belongs to its owner exactly when the owner's change commits.
 */
export async function storeFile(
  tx: Transaction | Database,
  store: FileStore,
  audit: AuditContext,
  input: {
    bytes: Buffer;
    name: string;
    ownerType: string;
    ownerId: string;
    uploadedBy: string | null;
    at: Date;
  },
): Promise<FileRow> {
  if (input.bytes.length > store.maxBytes)
    throw new AppError('FILE_TOO_LARGE', { params: { limit: sizeText(store.maxBytes) } });
  if (input.bytes.length === 0) throw new AppError('FILE_EMPTY');
  const type = await detectType(input.bytes, input.name);
  if (!type.ok) throw new AppError('FILE_TYPE_REFUSED', { params: { found: type.found } });
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const path = pathOf(store, sha256);
  let exists = false;
  try {
    exists = statSync(path).size === input.bytes.length;
  } catch {
    exists = false;
  }
  if (!exists) {
    mkdirSync(join(path, '..'), { recursive: true });
    // Written beside and renamed, so a crash never leaves a half file under the final name.
    const temporary = `${path}.${crypto.randomUUID()}.part`;
    writeFileSync(temporary, input.bytes);
    renameSync(temporary, path);
  }
  const name =
    input.name
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are stripped from names
      .replace(/[\\/\u0000-\u001f]+/g, ' ')
      .trim()
      .slice(0, 200) || `file.${type.extension}`;
  const row: FileRow = {
    id: crypto.randomUUID(),
    sha256,
    bytes: input.bytes.length,
    mediaType: type.mediaType,
    extension: type.extension,
    originalName: name,
    ownerType: input.ownerType,
    ownerId: input.ownerId,
    uploadedBy: input.uploadedBy,
    uploadedAt: input.at,
  };
  await tx.insert(files).values(row);
  await writeAudit(
    tx as Transaction,
    audit,
    {
      action: 'file.uploaded',
      objectType: 'file',
      objectId: row.id,
      details: { ownerType: row.ownerType, ownerId: row.ownerId, bytes: row.bytes, mediaType: row.mediaType },
    },
    input.at,
  );
  return row;
}

/** The metadata of a file, or a 404. */
export async function getFile(db: Database, id: string): Promise<FileRow> {
  const [row] = await db.select().from(files).where(eq(files.id, id)).limit(1);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** The metadata of several files, in no particular order; unknown ids are left out. */
export async function getFiles(db: Database, ids: readonly string[]): Promise<FileRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(files)
    .where(inArray(files.id, [...ids]));
}

/** The bytes of a stored file. */
export async function readFileBytes(store: FileStore, row: FileRow): Promise<Buffer> {
  try {
    return await readFile(pathOf(store, row.sha256));
  } catch (error) {
    throw new AppError('INTERNAL', { cause: error });
  }
}

/** Stores bytes the application made itself (a generated report), trusted, under an owner. */
export async function storeGeneratedFile(
  tx: Transaction | Database,
  store: FileStore,
  input: {
    bytes: Buffer;
    name: string;
    mediaType: string;
    extension: string;
    ownerType: string;
    ownerId: string;
    createdBy: string | null;
    at: Date;
  },
): Promise<FileRow> {
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const path = pathOf(store, sha256);
  mkdirSync(join(path, '..'), { recursive: true });
  const temporary = `${path}.${crypto.randomUUID()}.part`;
  writeFileSync(temporary, input.bytes);
  renameSync(temporary, path);
  const row: FileRow = {
    id: crypto.randomUUID(),
    sha256,
    bytes: input.bytes.length,
    mediaType: input.mediaType,
    extension: input.extension,
    originalName: input.name,
    ownerType: input.ownerType,
    ownerId: input.ownerId,
    uploadedBy: input.createdBy,
    uploadedAt: input.at,
  };
  await tx.insert(files).values(row);
  return row;
}

/**
 * `content-disposition` for a download: `filename*` in UTF-8 for any name and a plain-ASCII `filename`
 * beside it for old clients.
 */
export function contentDisposition(filename: string, ascii: string): string {
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encoded}`;
}

/** Records a download in the audit log (its own transaction: a read changes nothing else). */
export async function auditDownload(
  db: Database,
  audit: AuditContext,
  row: FileRow,
  at: Date,
): Promise<void> {
  await db.transaction((tx) =>
    writeAudit(
      tx,
      audit,
      {
        action: 'file.downloaded',
        objectType: 'file',
        objectId: row.id,
        details: { ownerType: row.ownerType, ownerId: row.ownerId, bytes: row.bytes },
      },
      at,
    ),
  );
}

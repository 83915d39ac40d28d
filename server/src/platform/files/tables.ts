import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Attachments' metadata. The bytes live on disk under `DATA_DIR/files`, named by their SHA-256, never in
 * a row: the same evidence uploaded twice is stored once, and backups of the database stay small. The
 * module that owns a file (`ownerType`, `ownerId`) decides who may read it.
 */
export const files = pgTable(
  'files',
  {
    id: uuid('id').primaryKey(),
    sha256: text('sha256').notNull(),
    bytes: bigint('bytes', { mode: 'number' }).notNull(),
    /** The type read from the content (magic bytes), not the one the browser claimed. */
    mediaType: text('media_type').notNull(),
    extension: text('extension').notNull(),
    originalName: text('original_name').notNull(),
    ownerType: text('owner_type').notNull(),
    ownerId: text('owner_id').notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('files_owner_idx').on(t.ownerType, t.ownerId), index('files_sha_idx').on(t.sha256)],
);

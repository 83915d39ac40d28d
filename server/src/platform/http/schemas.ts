import { z } from 'zod';
import { ERROR_STATUS, type ErrorCode } from '../errors.ts';

/** The error body every route may answer with, for the OpenAPI document. */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });

/** Standard error responses to merge into a route's response schema. */
export const errorResponses = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  404: errorSchema,
  409: errorSchema,
  422: errorSchema,
  429: errorSchema,
} as const;

export const localeSchema = z.enum(['kk', 'ru', 'en']);
export const uuidSchema = z.uuid();

/** Names in the three languages, as every directory object carries them. */
export const namesSchema = z.object({ kk: z.string(), ru: z.string(), en: z.string() }).meta({ id: 'Names' });

/** A cursor-paginated list. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const cursorQuery = {
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
};

/** The body of a command that takes none: nothing, or an empty object; anything else is refused. */
export const noBody = z.object({}).strict().nullish();

import { issueKey } from '@qorgau/domain/cases/index';
import type { z } from 'zod';
import { AppError } from '../errors.ts';

/** The refusal for zod issues: each field at fault with the message key of its rule. */
export function refusalOfIssues(issues: readonly z.core.$ZodIssue[], prefix: string[] = []): AppError {
  return AppError.invalid(
    issues.map((issue) => {
      const params = issue as unknown as {
        minimum?: number;
        maximum?: number;
        origin?: string;
        expected?: string;
      };
      // zod keeps no input, but says "received undefined" when the field was missing altogether.
      const missing = issue.code === 'invalid_type' && /received undefined$/.test(issue.message);
      return {
        field: [...prefix, ...issue.path.map(String)].join('.') || 'body',
        key: missing
          ? 'validation.required'
          : issueKey({
              code: issue.code,
              params: (issue as { params?: Record<string, unknown> }).params,
              origin: params.origin,
            }),
        params: {
          ...(params.minimum !== undefined ? { minimum: Number(params.minimum) } : {}),
          ...(params.maximum !== undefined ? { maximum: Number(params.maximum) } : {}),
          ...(params.expected !== undefined ? { expected: String(params.expected) } : {}),
        },
      };
    }),
  );
}

/**
 * Parses data with a schema built at request time (one that needs today's date, say) and refuses with the
 * fields at fault, each with the message key of its rule, translated when answered.
 */
export function parseOrRefuse<S extends z.ZodType>(
  schema: S,
  data: unknown,
  prefix: string[] = [],
): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw refusalOfIssues(result.error.issues, prefix);
}

import type { Locale } from './locale.ts';
import { type MessageKey, t, translateKey } from './translate.ts';

interface IssueLike {
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/**
 * Translates one zod issue (as fastify-type-provider-zod reports it) into the caller's language. `missing`
 * says whether the request lacked the value altogether (zod does not keep the input to tell).
 */
export function translateIssue(locale: Locale, issue: IssueLike, missing: boolean): string {
  const p = issue.params;
  const custom = (p.params as { i18n?: string; [k: string]: unknown } | undefined) ?? undefined;
  if (custom?.i18n) return translateKey(locale, custom.i18n, custom as Record<string, string | number>);
  switch (issue.keyword) {
    case 'invalid_type':
      return missing
        ? t(locale, 'validation.required')
        : t(locale, 'validation.invalid_type', { expected: String(p.expected) });
    case 'too_small':
    case 'too_big': {
      const origin = String(p.origin);
      const kind =
        origin === 'string' ? 'string' : origin === 'array' || origin === 'set' ? 'array' : 'number';
      return t(locale, `validation.${issue.keyword}.${kind}` as MessageKey, {
        minimum: Number(p.minimum ?? 0),
        maximum: Number(p.maximum ?? 0),
      });
    }
    case 'invalid_format': {
      const format = String(p.format);
      if (format === 'email' || format === 'uuid' || format === 'date') {
        return t(locale, `validation.invalid_format.${format}`);
      }
      return t(locale, 'validation.invalid_format');
    }
    case 'invalid_value':
      return t(locale, 'validation.invalid_value', {
        options: (p.values as unknown[] | undefined)?.join(', ') ?? '',
      });
    case 'unrecognized_keys':
      return t(locale, 'validation.unrecognized_keys', {
        keys: (p.keys as string[] | undefined)?.join(', ') ?? '',
      });
    default:
      return t(locale, 'validation.invalid');
  }
}

/** A zod error from a schema a service applies itself, as the translated field problems of a 400. */
export function zodFieldProblems(
  locale: Locale,
  issues: readonly { path: readonly PropertyKey[]; code: string; [key: string]: unknown }[],
  input: unknown,
): { field: string; message: string; code: string }[] {
  return issues.map((issue) => {
    const path = issue.path.map(String);
    let node: unknown = input;
    for (const key of path)
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    const custom = (issue.params as { i18n?: string } | undefined)?.i18n;
    return {
      field: path.join('.') || t(locale, 'field.body'),
      message: translateIssue(locale, { keyword: issue.code, params: issue }, node === undefined),
      code: custom ?? issue.code,
    };
  });
}

import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { decodePlanText, PlanParseError, parsePlan } from '@qorgau/domain/roadmap/index';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { t } from '../../platform/i18n/translate.ts';
import { parseErrorMessage } from './plan-messages.ts';
import {
  importPlan,
  PLAN_MAX_BYTES,
  PLAN_MAX_SIZE_TEXT,
  presentImport,
  previewText,
  readPlanFile,
} from './service.ts';

// `qorgau plan parse|import`: the command line's way into the plan registry. Messages follow the
// terminal's language (LANG): ru… Russian, en… English, anything else Kazakh.

type Out = { out: (s: string) => void; err: (s: string) => void };

/** The language of the command line's messages, from the LANG environment variable. */
export function cliLocale(lang: string | undefined): Locale {
  const tag = (lang ?? '').toLowerCase();
  if (tag.startsWith('ru')) return 'ru';
  if (tag.startsWith('en')) return 'en';
  return 'kk';
}

function readFile(file: string, io: Out, locale: Locale): Buffer | null {
  try {
    if (statSync(file).size > PLAN_MAX_BYTES) {
      io.err(`${t(locale, 'plan.cli.too_large', { limit: PLAN_MAX_SIZE_TEXT })}\n`);
      return null;
    }
    return readFileSync(file);
  } catch (error) {
    io.err(`${t(locale, 'plan.cli.cannot_read', { file, reason: (error as Error).message })}\n`);
    return null;
  }
}

/** Prints the plan a text export holds as one JSON document (exit 0), or why it is not one (exit 2). */
export function parsePlanFile(file: string, io: Out, locale: Locale): number {
  const bytes = readFile(file, io, locale);
  if (bytes === null) return 2;
  try {
    io.out(`${JSON.stringify(parsePlan(decodePlanText(bytes)), null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof PlanParseError)) throw error;
    io.err(`${parseErrorMessage(locale, error)}\n`);
    return 2;
  }
}

/**
 * Imports a plan file (or, with dryRun, only previews it) and prints the preview; exit 2 on a file that is
 * not a plan. The file is read before the database is opened, so a bad file is refused without one.
 */
export async function importPlanFile(
  withContext: <T>(fn: (ctx: AppContext) => Promise<T>) => Promise<T>,
  file: string,
  dryRun: boolean,
  io: Out,
  locale: Locale,
): Promise<number> {
  const bytes = readFile(file, io, locale);
  if (bytes === null) return 2;
  const refuse = (error: unknown): number => {
    if (!(error instanceof AppError) || error.status >= 500) throw error;
    io.err(
      `${t(locale, `error.${error.code}`, { ...error.params, reason: error.reason?.(locale) ?? '' })}\n`,
    );
    return 2;
  };
  try {
    readPlanFile(bytes);
  } catch (error) {
    return refuse(error);
  }
  return withContext(async (ctx) => {
    try {
      const outcome = await importPlan(
        ctx,
        null,
        { userAgent: 'qorgau cli' },
        { bytes, filename: basename(file), dryRun },
      );
      io.out(previewText(locale, await presentImport(ctx.db, locale, outcome)));
      return 0;
    } catch (error) {
      return refuse(error);
    }
  });
}

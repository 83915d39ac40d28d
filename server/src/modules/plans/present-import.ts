import type { z } from 'zod';
import type { Database } from '../../platform/db/database.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { t } from '../../platform/i18n/translate.ts';
import { presentDirectory, usageOf } from './agencies.ts';
import type { ImportOutcome } from './import-plan.ts';
import { actLine } from './plan-messages.ts';
import { presentWarning } from './read-plans.ts';
import type { importResultSchema } from './schemas.ts';

export type ImportResultDto = z.infer<typeof importResultSchema>;

function outcomeMessage(locale: Locale, outcome: ImportOutcome): string {
  const version = String(outcome.version);
  switch (outcome.outcome) {
    case 'preview':
      return t(locale, 'plan.outcome.preview');
    case 'created':
      return t(locale, 'plan.outcome.created');
    case 'version_created':
      return t(locale, 'plan.outcome.version_created', { version });
    case 'same_text':
      return t(locale, 'plan.outcome.same_text', { version });
    case 'same_content':
      return t(locale, 'plan.outcome.same_content', { version });
  }
}

/** What an import did or would do, for the API and the command line, in the reader's language. */
export async function presentImport(
  db: Database,
  locale: Locale,
  outcome: ImportOutcome,
): Promise<ImportResultDto> {
  const { parsed, directory } = outcome;
  const agencies = await presentDirectory(db, locale, directory, parsed.period, usageOf(parsed.measures));
  return {
    outcome: outcome.outcome,
    message: outcomeMessage(locale, outcome),
    dryRun: outcome.dryRun,
    planId: outcome.planId,
    version: outcome.version,
    act: { ...parsed.act, line: actLine(locale, parsed.act) },
    language: parsed.language,
    title: parsed.title,
    period: parsed.period,
    reporting: parsed.reporting,
    counts: {
      sections: parsed.sections.length,
      measures: parsed.measures.length,
      abbreviations: parsed.abbreviations.length,
      agencies: directory.filter((a) => a.kind === 'agency').length,
      terms: directory.filter((a) => a.kind === 'term').length,
      warnings: parsed.warnings.length,
    },
    warnings: parsed.warnings.map((w) => presentWarning(locale, w)),
    agencies,
    // The domain's diff is deeply readonly; the response schema describes the same shape.
    changes: outcome.changes as ImportResultDto['changes'],
  };
}

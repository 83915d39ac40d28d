import type { Locale } from '../../platform/i18n/locale.ts';
import { t } from '../../platform/i18n/translate.ts';
import { changeLine, reportingText, warningLine } from './plan-messages.ts';
import type { ImportResultDto } from './present-import.ts';

/** An import's preview as lines of text for the command line: counts, every warning, every agency link, the changes. */
export function previewText(locale: Locale, result: ImportResultDto): string {
  const lines: string[] = [
    t(locale, 'plan.preview.heading', { title: result.title }),
    t(locale, 'plan.preview.act', {
      act: result.act.line,
      language: t(locale, `plan.language.${result.language}`),
    }),
    t(locale, 'plan.preview.period', {
      from: String(result.period.from),
      to: String(result.period.to),
      reporting: reportingText(locale, result.reporting),
    }),
    t(locale, 'plan.preview.counts', {
      sections: String(result.counts.sections),
      measures: String(result.counts.measures),
      abbreviations: String(result.counts.abbreviations),
      agencies: String(result.counts.agencies),
      terms: String(result.counts.terms),
    }),
    '',
  ];
  if (result.warnings.length === 0) lines.push(t(locale, 'plan.preview.no_warnings'));
  else {
    lines.push(t(locale, 'plan.preview.warnings', { count: String(result.warnings.length) }));
    for (const w of result.warnings) lines.push(`  ${warningLine(locale, w)}`);
  }
  lines.push('', t(locale, 'plan.preview.agencies'));
  for (const a of result.agencies.filter((x) => x.kind === 'agency'))
    lines.push(`  ${a.code} — ${a.name}\n      → ${a.link.description}`);
  const terms = result.agencies.filter((x) => x.kind === 'term').map((x) => x.code);
  if (terms.length > 0) lines.push(t(locale, 'plan.preview.terms', { codes: terms.join(', ') }));

  if (result.changes) {
    const { diff, againstVersion } = result.changes;
    lines.push(
      '',
      t(locale, 'plan.preview.changes', {
        version: String(againstVersion),
        added: String(diff.measures.added.length),
        removed: String(diff.measures.removed.length),
        changed: String(diff.measures.changed.length),
      }),
    );
    if (diff.plan.length > 0)
      lines.push(
        `  ${t(locale, 'plan.preview.plan_changed', { fields: diff.plan.map(changeLine).join('; ') })}`,
      );
    for (const m of diff.measures.added)
      lines.push(`  ${t(locale, 'plan.preview.added', { number: String(m.number), title: m.title })}`);
    for (const m of diff.measures.removed)
      lines.push(`  ${t(locale, 'plan.preview.removed', { number: String(m.number), title: m.title })}`);
    for (const m of diff.measures.changed)
      lines.push(
        `  ${t(locale, 'plan.preview.changed', { number: String(m.number), fields: m.changes.map(changeLine).join('; ') })}`,
      );
  }
  lines.push('', result.message);
  return `${lines.join('\n')}\n`;
}

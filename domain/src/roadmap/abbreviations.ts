// The list of abbreviations after the table: a heading ("Аббревиатуралардың толық жазылуы:" /
// "Расшифровка аббревиатур:"), then one "CODE – name" a line. The dash may lack the space before
// it ("КТІҚҚК– …"); a line without a dash carries on the name above it.

import { isDebrisLine, stripTrailingDebris } from './debris.ts';
import { codeKey } from './executors.ts';
import { draft, type WarningDraft } from './plan-warning.ts';
import { cleanLine, foldForMatch } from './text-normalize.ts';
import type { Abbreviation } from './types.ts';

const HEADING =
  /^(?:примечание:?\s*)?(?:расшифровка\s+(?:аббревиатур|сокращений)|(?:аббревиатуралардың|қысқартулардың)\s+(?:толық\s+)?(?:жазылу|атау)\p{L}*|используемые\s+сокращения|список\s+сокращений)\s*:?$/u;

/** True when the line heads the list of abbreviations. */
export const isAbbreviationsHeading = (line: string): boolean => HEADING.test(foldForMatch(line));

const ENTRY =
  /^(?<code>[^\s–—−-][^–—−]*?)\s*[–—−]\s*(?<name>\S.*)$|^(?<code2>\S[^-]*?)\s+-\s+(?<name2>\S.*)$/u;

/** Reads the lines after the heading into codes and names. */
export const parseAbbreviations = (
  lines: readonly string[],
): { abbreviations: Abbreviation[]; warnings: WarningDraft[] } => {
  const entries: { code: string; name: string }[] = [];
  const warnings: WarningDraft[] = [];
  for (const raw of lines) {
    if (isDebrisLine(raw)) continue;
    const line = cleanLine(stripTrailingDebris(raw));
    if (line === '') continue;
    const g = ENTRY.exec(line)?.groups;
    const code = cleanLine(g?.code ?? g?.code2 ?? '').replace(/:$/, '');
    const name = cleanLine(g?.name ?? g?.name2 ?? '').replace(/;$/, '');
    const last = entries[entries.length - 1];
    if (code !== '' && name !== '' && code.length <= 40) entries.push({ code, name });
    else if (last !== undefined) last.name = `${last.name} ${line}`;
    else warnings.push(draft('abbreviations', 'ABBREVIATION_UNREADABLE', { text: line }));
  }
  const seen = new Set<string>();
  const abbreviations: Abbreviation[] = [];
  for (const entry of entries) {
    const key = codeKey(entry.code);
    if (seen.has(key)) warnings.push(draft('abbreviations', 'ABBREVIATION_DUPLICATE', { code: entry.code }));
    else abbreviations.push(entry);
    seen.add(key);
  }
  return { abbreviations, warnings };
};

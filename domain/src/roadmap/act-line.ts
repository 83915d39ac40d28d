// The act line under the title names the approving act. Kazakh puts the issuer and date first and
// the act last ("Қазақстан Республикасы Үкіметінің 2020 жылғы 30 наурыздағы № 156 қаулысы."),
// Russian the other way round ("Постановление Правительства Республики Казахстан от 14 сентября
// 2023 года № 812."). Which of the two matches also tells the document's language.

import { isoDate, isValidDate } from './calendar.ts';
import { monthOfWord } from './months.ts';
import { foldForMatch } from './text-normalize.ts';
import type { ActIssuer, ActType, PlanAct, PlanLanguage } from './types.ts';

const KAZAKH =
  /^(?<issuer>.+?)\s+(?<year>\d{4})\s+жылғы\s+(?<day>\d{1,2})\s+(?<month>\p{L}+)\s+№\s*(?<number>\S+)\s+(?:бірлескен\s+)?(?<type>\p{L}+)\.?$/u;
const RUSSIAN =
  /^(?:совместн\p{L}+\s+)?(?<type>постановление|указ|распоряжение|приказ)\s+(?<issuer>.+?)\s+от\s+(?:(?<day>\d{1,2})\s+(?<month>\p{L}+)\s+(?<year>\d{4})|(?<dd>\d{1,2})\.(?<mm>\d{1,2})\.(?<yyyy>\d{4}))\s*(?:года|г\.)?\s+№\s*(?<number>\S+?)\.?$/u;

const TYPES: readonly [RegExp, ActType][] = [
  [/^(?:қаулысы|постановление)$/u, 'resolution'],
  [/^(?:жарлығы|указ)$/u, 'decree'],
  [/^(?:өкімі|распоряжение)$/u, 'ordinance'],
  [/^(?:бұйрығы|приказ)$/u, 'order'],
];

const ISSUERS: readonly [RegExp, ActIssuer][] = [
  [/премьер-министр/u, 'prime_minister'],
  [/үкімет|правительств/u, 'government'],
  [/президент/u, 'president'],
  [/министр/u, 'minister'],
];

/** The act and the language of an act line, or null when the line is not one. */
export const parseActLine = (line: string): { language: PlanLanguage; act: PlanAct } | null => {
  const folded = foldForMatch(line);
  for (const [language, pattern] of [
    ['kk', KAZAKH],
    ['ru', RUSSIAN],
  ] as const) {
    const g = pattern.exec(folded)?.groups;
    if (g === undefined) continue;
    const type = TYPES.find(([p]) => p.test(g.type ?? ''))?.[1];
    const issuer = ISSUERS.find(([p]) => p.test(g.issuer ?? ''))?.[1];
    const year = Number(g.year ?? g.yyyy);
    const month = g.month === undefined ? Number(g.mm) : monthOfWord(g.month, language);
    const day = Number(g.day ?? g.dd);
    if (type === undefined || issuer === undefined || month === null || !isValidDate(year, month, day))
      continue;
    return { language, act: { type, issuer, number: g.number ?? '', date: isoDate(year, month, day) } };
  }
  return null;
};

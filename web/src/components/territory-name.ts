import type { Language } from '../i18n/index.ts';

interface Named {
  name: { kk: string | null; ru: string; en: string | null };
}

/** A territorial unit's name in the language, falling back to the official Russian KATO name. */
export function territoryName(unit: Named, language: Language): string {
  return unit.name[language] ?? unit.name.ru;
}

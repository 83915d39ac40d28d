// The portal's web page leaves its buttons in the export: "Жүктеу" / "Скачать" (download), "Басып
// шығару" / "Печать" (print), sometimes glued to the last cell ("-Жүктеу"). They are never content.

const WORDS = 'Жүктеу|Скачать|Загрузить|Басып шығару|Печать|Download|Print';
const TRAILING = new RegExp(`\\s*(?:${WORDS})\\s*$`, 'iu');
const WHOLE = new RegExp(`^\\s*(?:${WORDS})\\s*$`, 'iu');

/** The text without web-page debris at its end. */
export const stripTrailingDebris = (text: string): string => {
  let out = text;
  while (TRAILING.test(out)) out = out.replace(TRAILING, '');
  return out;
};

/** True when the line is nothing but web-page debris. */
export const isDebrisLine = (line: string): boolean => WHOLE.test(line.replace(/\u00a0/g, ' '));

import { describe, expect, it } from 'vitest';
import { isAbbreviationsHeading, parseAbbreviations } from './abbreviations.ts';

describe('isAbbreviationsHeading', () => {
  it.each([
    '\u00a0\u00a0\u00a0Аббревиатуралардың толық жазылуы:',
    'Расшифровка аббревиатур:',
    'Примечание: расшифровка аббревиатур:',
    'Қысқартулардың толық жазылуы:',
  ])('knows "%s" for the heading of the list', (line) => {
    expect(isAbbreviationsHeading(line)).toBe(true);
  });

  it('does not take a measure’s text for the heading', () => {
    expect(isAbbreviationsHeading('Аббревиатураларды жаңарту')).toBe(false);
  });
});

describe('parseAbbreviations', () => {
  it('reads "CODE – name" lines, with or without a space before the dash', () => {
    expect(
      parseAbbreviations([
        '\u00a0\u00a0\u00a0\u00a0\u00a0 АҚДМ – Қазақстан Республикасы Ақпарат және қоғамдық даму министрлігі',
        '\u00a0\u00a0\u00a0\u00a0\u00a0 КТІҚҚК– кәмелетке толмағандардың ісі және олардың құқықтарын қорғау жөніндегі комиссия',
        '\u00a0\u00a0\u00a0\u00a0\u00a0 БП ҚСАЕАК – Қазақстан Республикасы Бас прокуратурасының Құқықтық статистика және арнайы есепке алу комитеті',
        'МЗ - Министерство здравоохранения Республики Казахстан',
        'ЖКО – жол-көлік оқиғасы',
      ]).abbreviations,
    ).toEqual([
      { code: 'АҚДМ', name: 'Қазақстан Республикасы Ақпарат және қоғамдық даму министрлігі' },
      {
        code: 'КТІҚҚК',
        name: 'кәмелетке толмағандардың ісі және олардың құқықтарын қорғау жөніндегі комиссия',
      },
      {
        code: 'БП ҚСАЕАК',
        name: 'Қазақстан Республикасы Бас прокуратурасының Құқықтық статистика және арнайы есепке алу комитеті',
      },
      { code: 'МЗ', name: 'Министерство здравоохранения Республики Казахстан' },
      { code: 'ЖКО', name: 'жол-көлік оқиғасы' },
    ]);
  });

  it('carries a line without a dash on to the name above it', () => {
    expect(
      parseAbbreviations([
        'МЦРИАП – Министерство цифрового развития, инноваций и аэрокосмической промышленности',
        'Республики Казахстан',
      ]).abbreviations,
    ).toEqual([
      {
        code: 'МЦРИАП',
        name: 'Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан',
      },
    ]);
  });

  it('drops web-page debris and blank lines', () => {
    expect(
      parseAbbreviations(['', 'РБ – республиканский бюджет', 'Скачать', '\u00a0']).abbreviations,
    ).toEqual([{ code: 'РБ', name: 'республиканский бюджет' }]);
    expect(parseAbbreviations(['РБ – республикалық бюджетЖүктеу']).abbreviations).toEqual([
      { code: 'РБ', name: 'республикалық бюджет' },
    ]);
  });

  it('warns on a code listed twice and on a first line that is not an entry', () => {
    const { abbreviations, warnings } = parseAbbreviations([
      'бір нәрсе',
      'РБ – республикалық бюджет',
      'РБ – басқа',
    ]);
    expect(abbreviations).toEqual([{ code: 'РБ', name: 'республикалық бюджет' }]);
    expect(warnings.map((w) => w.code)).toEqual(['ABBREVIATION_UNREADABLE', 'ABBREVIATION_DUPLICATE']);
  });
});

import { readFileSync } from 'node:fs';
import {
  PLAN_PARSE_ERROR_CODES,
  PLAN_WARNING_CODES,
  parsePlan,
  tryParsePlan,
} from '@qorgau/domain/roadmap/index';
import { describe, expect, it } from 'vitest';
import { parseErrorMessage, warningLine } from '../src/modules/plans/plan-messages.ts';
import { LOCALES } from '../src/platform/i18n/locale.ts';
import { catalogs } from '../src/platform/i18n/translate.ts';
import { fixture } from './plan-upload.ts';

describe('messages of the plan parser', () => {
  it('exist in Kazakh, Russian and English for every error and warning code', () => {
    for (const locale of LOCALES) {
      const keys = Object.keys(catalogs[locale]);
      for (const code of PLAN_PARSE_ERROR_CODES)
        expect(keys, `${locale} ${code}`).toContain(`plan.error.${code}`);
      for (const code of PLAN_WARNING_CODES)
        expect(keys, `${locale} ${code}`).toContain(`plan.warning.${code}`);
      for (const code of PLAN_PARSE_ERROR_CODES)
        expect(catalogs[locale][`plan.error.${code}`]).toMatch(/\{\{line\}\}/);
    }
  });

  it('fill every placeholder and translate the parser’s own words, for the warnings of real documents', () => {
    const plans = [
      parsePlan(fixture('ru-action-plan-2024-21r.crlf.txt').toString('utf8')),
      parsePlan(fixture('ru-complex-plan-2023-812.txt').toString('utf8')),
      parsePlan(readFileSync(new URL('../../domain/data/roadmap-2020-156.kk.txt', import.meta.url), 'utf8')),
    ];
    const warnings = plans.flatMap((p) => p.warnings);
    expect(warnings.length).toBeGreaterThanOrEqual(5);
    for (const locale of LOCALES) {
      for (const w of warnings) {
        const line = warningLine(locale, w);
        expect(line, `${locale} ${w.code}`).not.toMatch(/\{\{|\}\}/);
        if (locale !== 'en')
          expect(line, `${locale} ${w.code}`).not.toMatch(/\b(programmes|cost|source|total)\b/);
      }
    }
    const seedWarning = plans[2]?.warnings[0];
    if (!seedWarning) throw new Error('no warning');
    expect(warningLine('kk', seedWarning)).toBe(
      '15-іс-шара: «бюджеттік бағдарлама» ұяшығы бос, ал басқа жолдарда «-» жазылған: жоқ деп оқылды, бірақ бірдеңе түсіп қалуы мүмкін.',
    );
  });

  it('name the line of every refusal in each language, without thousands separators', () => {
    const refusal = tryParsePlan(fixture('bad-no-table.txt').toString('utf8'));
    if (refusal.ok) throw new Error('accepted');
    expect(parseErrorMessage('kk', refusal.error)).toBe('10-жол: файл іс-шаралар кестесіз аяқталады.');
    expect(parseErrorMessage('ru', refusal.error)).toBe(
      'Строка 10: файл заканчивается, а таблицы мероприятий нет.',
    );
    expect(parseErrorMessage('en', { code: 'PLAN_EMPTY', line: 1129, params: {} })).toBe(
      'Line 1129: the file is empty.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { parseForm, readForm } from './form.ts';

describe('parseForm', () => {
  it.each([
    ['Үкіметке ұсыныстар', 'kk'],
    ['Үкіметке ақпарат', 'kk'],
    ['ҚР Үкіметіне ақпарат', 'kk'],
    ['предложения в Правительство', 'ru'],
    ['информация в Правительство', 'ru'],
    ['доклад в Канцелярию Премьер-Министра', 'ru'],
  ] as const)('addresses "%s" to the Government', (text, language) => {
    expect(parseForm(text, language)).toEqual({ text, reportsTo: 'government' });
  });

  it.each([
    ['БҒМ-ге ақпарат', 'kk', 'БҒМ'],
    ['БҒМ-ға ақпарат', 'kk', 'БҒМ'],
    ['ІІМ-ге ақпарат', 'kk', 'ІІМ'],
    ['информация в МП', 'ru', 'МП'],
    ['отчет в МВД', 'ru', 'МВД'],
  ] as const)('addresses "%s" to the agency %s', (text, language, code) => {
    expect(parseForm(text, language).reportsTo).toBe(code);
  });

  it('finds an agency code with a dative suffix and no hyphen when the code is known', () => {
    expect(parseForm('Еңбекминіне ақпарат', 'kk', ['Еңбекмині']).reportsTo).toBe('Еңбекмині');
  });

  it.each([
    ['бұйрық', 'kk'],
    ['Үкімет қаулысы', 'kk'],
    ['ЖОО-ға ұсынымдамалар', 'kk'],
    ['әдістемелік ұсынымдар', 'kk'],
    ['балалар мен ата-аналарға арналған ақпараттық материалдар', 'kk'],
    ['приказ', 'ru'],
    ['проект постановления Правительства', 'ru'],
    ['методические рекомендации', 'ru'],
  ] as const)('reads "%s" as a deliverable addressed to nobody', (text, language) => {
    expect(parseForm(text, language)).toEqual({ text, reportsTo: null });
  });

  it('joins a form wrapped over lines with a space', () => {
    expect(parseForm('БҒМ-ге\nақпарат', 'kk')).toEqual({ text: 'БҒМ-ге ақпарат', reportsTo: 'БҒМ' });
  });

  it('tells a report to an addressee it cannot identify from a deliverable', () => {
    expect(readForm('информация в Администрацию Президента', 'ru')).toEqual({
      form: { text: 'информация в Администрацию Президента', reportsTo: null },
      unreadableAddressee: 'Администрацию',
    });
    expect(readForm('приказ', 'ru').unreadableAddressee).toBeNull();
  });
});

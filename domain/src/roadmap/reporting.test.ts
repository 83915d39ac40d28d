import { describe, expect, it } from 'vitest';
import { parseReporting } from './reporting.ts';

const KK_YEAR = [
  '2. Облыстардың, Нұр-Сұлтан, Алматы, Шымкент қалаларының әкімдіктері:',
  '1) Жол картасын іске асыру жөнінде қажетті шаралар қабылдасын;',
  '2) Қазақстан Республикасының Білім және ғылым министрлігіне есепті жылдан кейінгі айдың 10-шы күнінен кешіктірмей Жол картасының іске асырылу барысы туралы ақпарат берсін.',
  '3. Қазақстан Республикасының Білім және ғылым министрлігі есепті жылдан кейінгі айдың 25-ші күнінен кешіктірмей Қазақстан Республикасының Үкіметіне Жол картасының іске асырылу барысы туралы ақпарат ұсынуды қамтамасыз етсін.',
].join(' ');

const RU_HALF = [
  '2. Центральным и местным исполнительным органам, иным организациям (по согласованию):',
  '1) принять меры по реализации Комплексного плана;',
  '2) представлять в Министерство просвещения Республики Казахстан информацию не позднее 10 числа месяца, следующего за отчетным полугодием.',
  '3. Министерству просвещения Республики Казахстан не позднее 25 числа месяца, следующего за отчётным полугодием, представлять в Правительство Республики Казахстан сводную информацию.',
].join(' ');

describe('parseReporting', () => {
  it('reads the executors’ and the coordinator’s days after the reporting year in Kazakh', () => {
    expect(parseReporting(KK_YEAR, 'kk')).toEqual({
      reporting: { frequency: 'year', executorsDueDay: 10, coordinatorDueDay: 25 },
      warnings: [],
    });
  });

  it('reads days after the reporting half-year in Russian, with "ё" or "е"', () => {
    expect(parseReporting(RU_HALF, 'ru').reporting).toEqual({
      frequency: 'half-year',
      executorsDueDay: 10,
      coordinatorDueDay: 25,
    });
  });

  it('reads the reporting quarter in both languages', () => {
    expect(
      parseReporting(
        'не позднее 5 числа месяца, следующего за отчетным кварталом, представлять в МВД информацию',
        'ru',
      ).reporting?.frequency,
    ).toBe('quarter');
    expect(
      parseReporting('есепті тоқсаннан кейінгі айдың 5-і күнінен кешіктірмей Үкіметке ақпарат ұсынсын', 'kk')
        .reporting,
    ).toEqual({ frequency: 'quarter', executorsDueDay: null, coordinatorDueDay: 5 });
  });

  it('gives the day to the coordinator when the report goes to the Government, whatever the order of clauses', () => {
    const swapped =
      'Министерству не позднее 20 числа месяца, следующего за отчетным годом, представлять в Правительство информацию. Органам не позднее 5 числа месяца, следующего за отчетным годом, представлять в Министерство информацию.';
    expect(parseReporting(swapped, 'ru').reporting).toEqual({
      frequency: 'year',
      executorsDueDay: 5,
      coordinatorDueDay: 20,
    });
  });

  it('takes the earlier of two days for the executors when both clauses mention the Government', () => {
    const both =
      'Органам не позднее 5 числа месяца, следующего за отчетным годом, представлять в Министерство информацию для внесения в Правительство. ' +
      'Министерству не позднее 20 числа месяца, следующего за отчетным годом, представлять в Правительство сводную информацию.';
    expect(parseReporting(both, 'ru')).toEqual({
      reporting: { frequency: 'year', executorsDueDay: 5, coordinatorDueDay: 20 },
      warnings: [],
    });
  });

  it('gives null and a warning when the clauses set no reporting day', () => {
    expect(
      parseReporting(
        '1. Утвердить прилагаемый план. 2. Настоящее постановление вводится в действие со дня подписания.',
        'ru',
      ),
    ).toEqual({
      reporting: null,
      warnings: [{ field: 'reporting', code: 'REPORTING_NOT_FOUND', params: {} }],
    });
  });

  it('warns when only one of the two days is set', () => {
    const { reporting, warnings } = parseReporting(
      'Министерству не позднее 25 числа месяца, следующего за отчетным годом, представлять в Правительство информацию.',
      'ru',
    );
    expect(reporting).toEqual({ frequency: 'year', executorsDueDay: null, coordinatorDueDay: 25 });
    expect(warnings.map((w) => w.code)).toEqual(['REPORTING_INCOMPLETE']);
  });
});

import { describe, expect, it } from 'vitest';
import { REGIONS, regionsOn } from '../territory/regions.ts';
import { type AcceptedReport, draftConsolidation } from './consolidation.ts';
import type { ExecutionStatus } from './report.ts';

const REGIONS_2020 = regionsOn('2020-12-31').map((r) => r.code);
const MISSING = ['230000000', '790000000']; // Atyrau region and Shymkent did not report

const akimatReport = (
  code: string,
  status: ExecutionStatus,
  extra: Partial<AcceptedReport['report']> = {},
): AcceptedReport => ({
  organisationId: `akimat-${code}`,
  organisationName: REGIONS.find((r) => r.code === code)?.nameKk ?? code,
  regionCode: code,
  report: { status, indicators: {}, spending: {}, ...extra },
});

// 15 of 17 akimats: 12 executed, 3 partially; each held 4 events with 250 participants and spent 2,5 of local money.
const reports: AcceptedReport[] = REGIONS_2020.filter((c) => !MISSING.includes(c)).map((code, i) =>
  akimatReport(code, i < 12 ? 'executed' : 'partially_executed', {
    indicators: { events_held: 4, participants: 250 },
    spending: { local: 2.5 },
  }),
);
const measure = (byYearMln: Record<string, number> = {}) => ({
  number: 41,
  financing: { text: '', required: true, totalMln: null, byYearMln, sources: [], programmes: [] },
});

describe('the consolidated draft of a measure', () => {
  it('writes Kazakh: "17 өңірдің 15-і ақпарат ұсынды", statuses, summed indicators and money against the plan', () => {
    const draft = draftConsolidation(measure({ 2020: 40 }), reports, 'kk', {
      year: 2020,
      expectedRegionCodes: REGIONS_2020,
    });
    expect(draft.text).toBe(
      '17 өңірдің 15-і ақпарат ұсынды; ұсынбағандар: Атырау облысы, Шымкент қаласы. ' +
        'Орындалу барысы: орындалды — 12, ішінара орындалды — 3. ' +
        'Көрсеткіштер: өткізілген іс-шаралар — 60, қатысушылар — 3\u00a0750. ' +
        'Қаржыландыру: 2020 жылға жоспарланғаны — 40 млн теңге, игерілгені — 37,5 млн теңге (93,8\u00a0%). ' +
        'Алдын ала баға: ішінара орындалды.',
    );
  });

  it('writes the same in Russian', () => {
    const draft = draftConsolidation(measure({ 2020: 40 }), reports, 'ru', {
      year: 2020,
      expectedRegionCodes: REGIONS_2020,
    });
    expect(draft.text).toBe(
      'Информацию представили 15 из 17 регионов; не представили: Атырауская область, г. Шымкент. ' +
        'Ход исполнения: исполнено — 12, частично исполнено — 3. ' +
        'Показатели: проведено мероприятий — 60, участников — 3\u00a0750. ' +
        'Финансирование: запланировано на 2020 год — 40 млн тенге, освоено — 37,5 млн тенге (93,8\u00a0%). ' +
        'Предварительная оценка: частично исполнено.',
    );
  });

  it('returns the figures the text was built from', () => {
    const { figures } = draftConsolidation(measure({ 2020: 40 }), reports, 'kk', {
      year: 2020,
      expectedRegionCodes: REGIONS_2020,
    });
    expect(figures.statusCounts).toEqual({
      executed: 12,
      partially_executed: 3,
      in_progress: 0,
      not_executed: 0,
    });
    expect(figures.regions.missing).toEqual(MISSING);
    expect(figures.regions.reported).toHaveLength(15);
    expect(figures.indicators).toEqual({ events_held: 60, participants: 3750 });
    expect(figures.money).toEqual({
      year: 2020,
      plannedMln: 40,
      spentMln: 37.5,
      spentBySourceMln: { local: 37.5 },
      percent: 93.8,
    });
  });

  it('says all regions reported and calls the measure executed when every report says so', () => {
    const all = REGIONS_2020.map((c) => akimatReport(c, 'executed'));
    const kk = draftConsolidation(measure(), all, 'kk', { year: 2020, expectedRegionCodes: REGIONS_2020 });
    const ru = draftConsolidation(measure(), all, 'ru', { year: 2020, expectedRegionCodes: REGIONS_2020 });
    expect(kk.text).toBe(
      'Барлық 17 өңір ақпарат ұсынды. Орындалу барысы: орындалды — 17. Алдын ала баға: орындалды.',
    );
    expect(ru.text).toBe(
      'Информацию представили все 17 регионов. Ход исполнения: исполнено — 17. Предварительная оценка: исполнено.',
    );
  });

  it('names the few regions that reported when most did not', () => {
    const two = [akimatReport('350000000', 'in_progress'), akimatReport('710000000', 'not_executed')];
    const kk = draftConsolidation(measure(), two, 'kk', { year: 2020, expectedRegionCodes: REGIONS_2020 });
    expect(kk.text).toMatch(/^17 өңірдің 2-сі ақпарат ұсынды; ұсынғандар: Қарағанды облысы, Астана қаласы\./);
    const ru = draftConsolidation(measure(), [two[0] as AcceptedReport], 'ru', {
      year: 2020,
      expectedRegionCodes: REGIONS_2020,
    });
    expect(ru.text).toMatch(/^Информацию представил 1 из 17 регионов; представили: Карагандинская область\./);
  });

  it('says so when no region reported and nothing was accepted', () => {
    const kk = draftConsolidation(measure({ 2020: 20 }), [], 'kk', {
      year: 2020,
      expectedRegionCodes: REGIONS_2020,
    });
    expect(kk.text).toBe(
      '17 өңірдің ешқайсысы ақпарат ұсынбады. Қабылданған есептер жоқ. ' +
        'Қаржыландыру: 2020 жылға жоспарланғаны — 20 млн теңге, игерілгені — 0 млн теңге (0,0\u00a0%). Алдын ала баға: ақпарат жоқ.',
    );
    const ru = draftConsolidation(measure(), [], 'ru', { year: 2020, expectedRegionCodes: REGIONS_2020 });
    expect(ru.text).toBe(
      'Ни один из 17 регионов не представил информацию. Принятых отчётов нет. Предварительная оценка: информация отсутствует.',
    );
  });

  it('lists ministries that reported and breaks money down by source without rounding errors', () => {
    const ministries: AcceptedReport[] = [
      {
        organisationId: 'enlightenment',
        organisationName: 'ОАМ',
        regionCode: null,
        report: { status: 'executed', indicators: {}, spending: { republican: 0.1, world_bank: 0.2 } },
      },
      {
        organisationId: 'health',
        organisationName: 'ДСМ',
        regionCode: null,
        report: { status: 'in_progress', indicators: {}, spending: {} },
      },
    ];
    const kk = draftConsolidation(measure({ 2020: 0.3 }), ministries, 'kk', {
      year: 2020,
      expectedRegionCodes: [],
    });
    expect(kk.text).toBe(
      'Ақпарат ұсынғандар: ОАМ, ДСМ. Орындалу барысы: орындалды — 1, орындалу үстінде — 1. ' +
        'Қаржыландыру: 2020 жылға жоспарланғаны — 0,3 млн теңге, игерілгені — 0,3 млн теңге (100,0\u00a0%); ' +
        'оның ішінде: республикалық бюджет — 0,1 млн теңге, Дүниежүзілік банк қаражаты — 0,2 млн теңге. ' +
        'Алдын ала баға: ішінара орындалды.',
    );
    const ru = draftConsolidation(measure(), ministries, 'ru', { year: 2020, expectedRegionCodes: [] });
    expect(ru.text).toContain(
      'Финансирование: на 2020 год сумма не запланирована, освоено — 0,3 млн тенге; в том числе:',
    );
  });
});

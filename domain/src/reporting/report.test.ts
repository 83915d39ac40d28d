import { describe, expect, it } from 'vitest';
import { REPORTING_ISSUE_KEYS } from './issue-keys.ts';
import { draftSchema, type MeasureReportForm, submitSchema } from './report.ts';

const ORDER_FORM: MeasureReportForm = { documentRequired: true, indicators: null };
const TRAINING_FORM: MeasureReportForm = {
  documentRequired: false,
  indicators: ['events_held', 'people_trained'],
};

const complete = {
  status: 'executed',
  text: { kk: 'Бұйрық қабылданды.' },
  document: { type: 'бұйрық', number: '145', date: '2020-11-20' },
  indicators: { events_held: 3 },
  spending: { republican: '12,5', local: 0.75 },
  evidence: ['file-1', 'file-2', 'file-1'],
};

const issuesOf = (result: { error?: { issues: readonly { path: PropertyKey[]; params?: unknown }[] } }) =>
  (result.error?.issues ?? []).map((i) => ({
    path: i.path.join('.'),
    key: (i.params as { i18n?: string } | undefined)?.i18n,
  }));

describe('the executor’s report', () => {
  it('stores a complete submission with amounts read from a decimal comma and evidence without repeats', () => {
    expect(submitSchema(ORDER_FORM).parse(complete)).toEqual({
      status: 'executed',
      reason: null,
      text: { kk: 'Бұйрық қабылданды.', ru: null },
      document: { type: 'бұйрық', number: '145', date: '2020-11-20' },
      indicators: { events_held: 3 },
      spending: { republican: 12.5, local: 0.75 },
      evidence: ['file-1', 'file-2'],
    });
  });

  it('refuses "not executed" without a reason, with a message the server can translate', () => {
    const result = submitSchema().safeParse({
      ...complete,
      status: 'not_executed',
      document: null,
      reason: '  ',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      {
        code: 'custom',
        path: ['reason'],
        message: 'Give the reason the measure was not executed.',
        params: { i18n: 'report.reason_required' },
      },
    ]);
  });

  it('refuses an amount that is not a number and names the field and the input', () => {
    const result = submitSchema().safeParse({ ...complete, spending: { local: '12,5abc' } });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['spending', 'local'],
        message: 'Write the amount as a number of million tenge, e.g. 12,5 (not "12,5abc").',
        params: expect.objectContaining({ i18n: 'report.amount_not_a_number', value: '12,5abc' }),
      }),
    ]);
  });

  it('reports every problem of a submission at once', () => {
    const result = submitSchema(ORDER_FORM).safeParse({
      status: 'not_executed',
      spending: { local: 'much', municipal: 1 },
      indicators: { participants: -1, likes: 5 },
    });
    expect(issuesOf(result)).toEqual([
      { path: 'indicators.participants', key: undefined },
      { path: 'spending.local', key: 'report.amount_not_a_number' },
      { path: 'indicators.likes', key: 'report.indicator_unknown' },
      { path: 'spending.municipal', key: 'report.spending_source_unknown' },
      { path: 'reason', key: 'report.reason_required' },
      { path: 'text', key: 'report.text_required' },
      { path: 'document', key: 'report.document_required' },
    ]);
  });

  it('asks for a status and a text in Kazakh or Russian on submission, either language being enough', () => {
    expect(issuesOf(submitSchema().safeParse({}))).toEqual([
      { path: 'status', key: 'report.status_required' },
      { path: 'text', key: 'report.text_required' },
    ]);
    expect(submitSchema().safeParse({ status: 'in_progress', text: { ru: 'Ведётся работа.' } }).success).toBe(
      true,
    );
  });

  it('asks for the produced document only when the measure’s form is a document', () => {
    const withoutDocument = { ...complete, document: undefined };
    expect(submitSchema().safeParse(withoutDocument).success).toBe(true);
    expect(issuesOf(submitSchema(ORDER_FORM).safeParse(withoutDocument))).toEqual([
      { path: 'document', key: 'report.document_required' },
    ]);
    expect(
      issuesOf(submitSchema().safeParse({ ...complete, document: { type: 'бұйрық', number: '', date: '' } })),
    ).toEqual([{ path: 'document', key: 'report.document_incomplete' }]);
  });

  it('refuses a document date that is not a real date', () => {
    const result = submitSchema(ORDER_FORM).safeParse({
      ...complete,
      document: { ...complete.document, date: '2020-02-30' },
    });
    expect(result.error?.issues[0]?.path).toEqual(['document', 'date']);
  });

  it('lets a measure count only its own indicators', () => {
    expect(
      submitSchema(TRAINING_FORM).safeParse({ ...complete, indicators: { people_trained: 40 } }).success,
    ).toBe(true);
    expect(
      issuesOf(
        submitSchema(TRAINING_FORM).safeParse({ ...complete, indicators: { facilities_equipped: 2 } }),
      ),
    ).toEqual([{ path: 'indicators.facilities_equipped', key: 'report.indicator_not_counted' }]);
  });

  it('keeps indicators whole and non-negative', () => {
    expect(submitSchema().safeParse({ ...complete, indicators: { participants: 2.5 } }).success).toBe(false);
    expect(submitSchema().safeParse({ ...complete, indicators: { participants: 0 } }).success).toBe(true);
  });

  it('saves an incomplete draft, even "not executed" with no reason yet', () => {
    expect(draftSchema().parse({ status: 'not_executed' })).toEqual({
      status: 'not_executed',
      reason: null,
      text: { kk: null, ru: null },
      document: null,
      indicators: {},
      spending: {},
      evidence: [],
    });
    expect(draftSchema(ORDER_FORM).safeParse({ document: { type: 'бұйрық' } }).success).toBe(true);
  });

  it('never stores a malformed value, even in a draft', () => {
    expect(issuesOf(draftSchema().safeParse({ spending: { local: '12,5abc' } }))).toEqual([
      { path: 'spending.local', key: 'report.amount_not_a_number' },
    ]);
    expect(draftSchema().safeParse({ status: 'done' }).success).toBe(false);
    expect(draftSchema().safeParse({ statuss: 'executed' }).success).toBe(false);
  });

  it('uses only issue keys from the published catalogue', () => {
    const result = submitSchema(ORDER_FORM).safeParse({
      status: 'not_executed',
      spending: { local: '-1', world_bank: '0,00001', republican: 'x', extra_budgetary: 1e9, bank: 1 },
      indicators: { x: 1 },
      document: { type: 'бұйрық' },
    });
    for (const { key } of issuesOf(result))
      if (key !== undefined) expect(REPORTING_ISSUE_KEYS).toContain(key);
    expect(new Set(issuesOf(result).map((i) => i.key)).size).toBeGreaterThan(6);
  });
});

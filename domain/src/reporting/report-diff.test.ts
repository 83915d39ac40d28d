import { describe, expect, it } from 'vitest';
import { draftSchema } from './report.ts';
import { diffReportVersions } from './report-diff.ts';

const v1 = draftSchema().parse({
  status: 'partially_executed',
  text: { kk: 'Жұмыс жүргізілуде.' },
  spending: { local: 8 },
  indicators: { participants: 120 },
  evidence: ['file-1', 'file-2'],
});

describe('differences between report versions', () => {
  it('list each changed field by its path, with the old and the new value', () => {
    const v2 = draftSchema().parse({
      status: 'executed',
      text: { kk: 'Жұмыс жүргізілуде.', ru: 'Работа проведена.' },
      spending: { local: '8,5' },
      indicators: { participants: 120, events_held: 4 },
      document: { type: 'бұйрық', number: '7', date: '2020-12-01' },
      evidence: ['file-2', 'file-3'],
    });
    expect(diffReportVersions(v1, v2)).toEqual([
      { field: 'status', from: 'partially_executed', to: 'executed' },
      { field: 'text.ru', from: null, to: 'Работа проведена.' },
      { field: 'document.type', from: null, to: 'бұйрық' },
      { field: 'document.number', from: null, to: '7' },
      { field: 'document.date', from: null, to: '2020-12-01' },
      { field: 'indicators.events_held', from: null, to: 4 },
      { field: 'spending.local', from: 8, to: 8.5 },
      { field: 'evidence', from: 'file-1', to: null },
      { field: 'evidence', from: null, to: 'file-3' },
    ]);
  });

  it('find nothing between a version and itself, whatever the order of evidence', () => {
    expect(diffReportVersions(v1, v1)).toEqual([]);
    expect(diffReportVersions(v1, { ...v1, evidence: ['file-2', 'file-1'] })).toEqual([]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyTimeliness, type Timeliness } from './timeliness.ts';

const due = '2021-01-10';

describe('timeliness', () => {
  it('counts a report sent at 23:59 on the due day in Kazakhstan as on time', () => {
    expect(
      classifyTimeliness(
        { reportDue: due, firstSubmittedAt: '2021-01-10T23:59:00+05:00' },
        '2021-02-01T00:00:00Z',
      ),
    ).toBe('on_time');
  });

  it('counts a late submission late', () => {
    expect(
      classifyTimeliness(
        { reportDue: due, firstSubmittedAt: '2021-01-11T00:00:00+05:00' },
        '2021-02-01T00:00:00Z',
      ),
    ).toBe('late');
    expect(
      classifyTimeliness(
        { reportDue: due, firstSubmittedAt: '2021-01-20T10:00:00Z' },
        '2021-02-01T00:00:00Z',
      ),
    ).toBe('late');
  });

  it('calls a report missing once the due day is over, pending before', () => {
    expect(classifyTimeliness({ reportDue: due, firstSubmittedAt: null }, '2021-01-10T18:59:59Z')).toBe(
      'pending',
    );
    expect(classifyTimeliness({ reportDue: due, firstSubmittedAt: null }, '2021-01-10T19:00:00Z')).toBe(
      'missing',
    );
  });

  it('ignores a submission that had not happened yet at the moment asked about', () => {
    const late = { reportDue: due, firstSubmittedAt: '2021-01-15T09:00:00Z' };
    expect(classifyTimeliness(late, '2021-01-12T00:00:00Z')).toBe('missing');
    expect(classifyTimeliness(late, '2021-01-05T00:00:00Z')).toBe('pending');
    expect(classifyTimeliness(late, '2021-01-16T00:00:00Z')).toBe('late');
  });

  const RANK: Readonly<Record<Timeliness, number>> = { on_time: 3, late: 2, pending: 1, missing: 0 };
  const instant = fc.integer({
    min: Date.parse('2020-12-01T00:00:00Z'),
    max: Date.parse('2021-03-01T00:00:00Z'),
  });

  it('property: submitting earlier never makes a report look worse', () => {
    fc.assert(
      fc.property(instant, instant, instant, (a, b, asOf) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        const at = (ms: number) =>
          classifyTimeliness({ reportDue: due, firstSubmittedAt: new Date(ms) }, new Date(asOf));
        const never = classifyTimeliness({ reportDue: due, firstSubmittedAt: null }, new Date(asOf));
        expect(RANK[at(earlier)]).toBeGreaterThanOrEqual(RANK[at(later)]);
        expect(RANK[at(later)]).toBeGreaterThanOrEqual(RANK[never]);
      }),
    );
  });
});

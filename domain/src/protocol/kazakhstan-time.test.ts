import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  endOfLocalDay,
  kazakhstanOffsetMinutes,
  localDateOf,
  localDayHours,
  startOfLocalDate,
} from './kazakhstan-time.ts';

const ms = (iso: string) => Date.parse(iso);
const iso = (n: number) => new Date(n).toISOString();

// The IANA zone of each region whose clock differed from Almaty's at some point since 2004.
const ZONE_OF_REGION: Record<string, string> = {
  '150000000': 'Asia/Aqtobe',
  '230000000': 'Asia/Atyrau',
  '270000000': 'Asia/Oral',
  '470000000': 'Asia/Aqtau',
  '430000000': 'Asia/Qyzylorda',
  '390000000': 'Asia/Qostanay',
  '750000000': 'Asia/Almaty',
  '710000000': 'Asia/Almaty',
  '350000000': 'Asia/Almaty',
  '100000000': 'Asia/Almaty',
};

const intlOffsetMinutes = (zone: string, at: number): number => {
  const name =
    new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(at))
      .find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
};

describe('local days in Kazakhstan', () => {
  it('reads UTC+6 in Almaty before 1 March 2024 and UTC+5 everywhere since', () => {
    expect(kazakhstanOffsetMinutes(ms('2024-02-29T17:59:59Z'), '750000000')).toBe(360);
    expect(kazakhstanOffsetMinutes(ms('2024-02-29T18:00:00Z'), '750000000')).toBe(300);
    expect(kazakhstanOffsetMinutes(ms('2023-06-01T00:00:00Z'), '230000000')).toBe(300);
    expect(kazakhstanOffsetMinutes(ms('2023-06-01T00:00:00Z'))).toBe(360);
  });

  it('made 29 February 2024 a 25-hour day in the east, and an ordinary one in the west', () => {
    expect(localDayHours('2024-02-29', '750000000')).toBe(25);
    expect(localDayHours('2024-02-29', '230000000')).toBe(24);
    expect(localDayHours('2018-12-20', '430000000')).toBe(25);
    expect(localDayHours('2026-03-02', '750000000')).toBe(24);
  });

  it('ends a day when the clock in force first shows the next date', () => {
    // 23:30 at UTC+6 on 29 February 2024: the clock went back at midnight, so the day ends at 00:00 UTC+5.
    expect(iso(endOfLocalDay(ms('2024-02-29T17:30:00Z'), '750000000'))).toBe('2024-02-29T19:00:00.000Z');
    expect(iso(endOfLocalDay(ms('2026-03-02T18:30:00Z'), '750000000'))).toBe('2026-03-02T19:00:00.000Z');
    expect(iso(endOfLocalDay(ms('2026-03-02T19:00:00Z'), '750000000'))).toBe('2026-03-03T19:00:00.000Z');
    expect(iso(endOfLocalDay(ms('2024-02-20T04:00:00Z'), '350000000', 3))).toBe('2024-02-23T18:00:00.000Z');
    expect(iso(startOfLocalDate('2024-03-01', '350000000'))).toBe('2024-02-29T19:00:00.000Z');
  });

  it('property: agrees with the IANA time-zone database for every region from 2005 to 2035', () => {
    const regions = Object.keys(ZONE_OF_REGION);
    fc.assert(
      fc.property(
        fc.integer({ min: ms('2004-11-01T00:00:00Z'), max: ms('2035-12-31T00:00:00Z') }),
        fc.constantFrom(...regions),
        (at, region) => {
          expect(kazakhstanOffsetMinutes(at, region)).toBe(
            intlOffsetMinutes(ZONE_OF_REGION[region] ?? '', at),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('property: the end of a local day is after the instant and is the first instant of the next date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: ms('2004-11-01T00:00:00Z'), max: ms('2035-12-31T00:00:00Z') }),
        fc.constantFrom('750000000', '430000000', '230000000', null),
        fc.integer({ min: 0, max: 40 }),
        (at, region, extra) => {
          const end = endOfLocalDay(at, region, extra);
          expect(end).toBeGreaterThan(at);
          expect(localDateOf(end - 1, region)).not.toBe(localDateOf(end, region));
          if (extra === 0) expect(localDateOf(end - 1, region)).toBe(localDateOf(at, region));
        },
      ),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ExistingPerson,
  findDuplicateCandidates,
  normaliseIin,
  type PersonInput,
  searchKeys,
} from './duplicate-candidates.ts';
import { MATCHING_PAIRS } from './name-pairs.fixture.ts';

const fresh: PersonInput = {
  iin: '150312500123',
  surname: 'Serikbayev',
  name: 'Alikhan',
  patronymic: 'Nurlanovich',
  birthDate: '2015-03-12',
  sex: 'male',
};

const registry: ExistingPerson[] = [
  {
    id: 'school',
    surname: 'Серікбаев',
    name: 'Әлихан',
    patronymic: 'Нұрланұлы',
    birthDate: '2015-03-12',
    sex: 'male',
  },
  { id: 'police', surname: 'Серикбаев', name: 'Алихан', patronymic: 'Нурланович', birthDate: '2015-12-03' },
  {
    id: 'twin-sister',
    surname: 'Серікбаева',
    name: 'Айжан',
    patronymic: 'Нұрланқызы',
    birthDate: '2015-03-12',
  },
  { id: 'stranger', surname: 'Ахметов', name: 'Ерлан', birthDate: '2015-03-12' },
  {
    id: 'shelter',
    surname: 'Serikbaev',
    name: 'Alihan',
    estimatedAge: { estimatedAgeYears: 10, asOf: '2025-01-10' },
  },
  { id: 'no-birth-date', surname: 'Серікбаев', name: 'Алихан' },
  { id: 'same-iin', iin: '150312 500123', surname: 'Иванов', name: 'Иван', birthDate: '1990-01-01' },
];

describe('findDuplicateCandidates', () => {
  const candidates = findDuplicateCandidates(fresh, registry);

  it('puts the same IIN first, then similar names with close birth dates, best first', () => {
    expect(candidates.map((c) => c.person.id)).toEqual([
      'same-iin',
      'school',
      'police',
      'shelter',
      'no-birth-date',
    ]);
    const scores = candidates.map((c) => c.score);
    expect(scores[0]).toBe(1);
    expect([...scores.slice(1)].sort((a, b) => b - a)).toEqual(scores.slice(1));
  });

  it('says why each candidate is shown', () => {
    const byId = new Map(candidates.map((c) => [c.person.id, c]));
    expect(byId.get('same-iin')?.reasons[0]).toBe('iin:same');
    expect(byId.get('school')?.reasons).toEqual([
      'name:phonetic',
      'surname:exact',
      'name:exact',
      'patronymic:stem',
      'birth-date:same',
    ]);
    expect(byId.get('police')?.birthDate).toBe('transposed');
    expect(byId.get('shelter')?.birthDate).toBe('estimated-overlap');
    expect(byId.get('no-birth-date')?.birthDate).toBe('unknown');
    expect(byId.get('no-birth-date')?.reasons).toContain('patronymic:missing');
  });

  it('does not show a twin with a similar name, nor a stranger born the same day', () => {
    const ids = candidates.map((c) => c.person.id);
    expect(ids).not.toContain('twin-sister');
    expect(ids).not.toContain('stranger');
  });

  it('shows a typo-close name only together with a known, close birth date', () => {
    const typo = { ...fresh, iin: undefined, name: 'Alikhna' };
    const withDate = findDuplicateCandidates(typo, [
      { id: 'a', surname: 'Серікбаев', name: 'Әлихан', birthDate: '2015-03-13' },
    ]);
    expect(withDate.map((c) => [c.person.id, c.nameMatch.level, c.birthDate])).toEqual([
      ['a', 'close', 'one-digit'],
    ]);
    expect(findDuplicateCandidates(typo, [{ id: 'b', surname: 'Серікбаев', name: 'Әлихан' }])).toEqual([]);
  });

  it('still shows a record whose IIN differs, at a lower score (a parent’s IIN is a known entry error)', () => {
    const existing = { ...registry[0], id: 'other-iin', iin: '850101400456' } as ExistingPerson;
    const [candidate] = findDuplicateCandidates(fresh, [existing]);
    expect(candidate?.reasons[0]).toBe('iin:different');
    expect(candidate?.score).toBeLessThan(0.6);
  });

  it('lowers the score when both sexes are given and differ', () => {
    const [same] = findDuplicateCandidates(fresh, [registry[0] as ExistingPerson]);
    const [other] = findDuplicateCandidates(fresh, [{ ...(registry[0] as ExistingPerson), sex: 'female' }]);
    expect(other?.reasons).toContain('sex:different');
    expect(other?.score).toBeLessThan(same?.score ?? 0);
  });

  it('applies limit and minScore, but never drops a same-IIN candidate for its score', () => {
    expect(findDuplicateCandidates(fresh, registry, { limit: 2 }).map((c) => c.person.id)).toEqual([
      'same-iin',
      'school',
    ]);
    expect(findDuplicateCandidates(fresh, registry, { minScore: 0.9 }).map((c) => c.person.id)).toEqual([
      'same-iin',
      'school',
      'police',
    ]);
  });

  it('returns the caller’s own objects, with their extra fields', () => {
    const rows = [{ ...(registry[0] as ExistingPerson), districtId: 'kato-751110000' }];
    expect(findDuplicateCandidates(fresh, rows)[0]?.person.districtId).toBe('kato-751110000');
  });

  it('always finds a registered person when the same person is entered again', () => {
    const name = fc.constantFrom(...MATCHING_PAIRS.map((p) => p.a));
    const person = fc.record({
      id: fc.uuid(),
      surname: name,
      name,
      birthDate: fc.constantFrom('2010-05-01', '2018-11-30'),
    });
    fc.assert(
      fc.property(person, (p) => {
        const { id: _, ...input } = p;
        return findDuplicateCandidates(input, [p]).some(
          (c) => c.person.id === p.id && c.nameMatch.level === 'exact',
        );
      }),
    );
  });
});

describe('normaliseIin', () => {
  it('keeps the twelve digits and drops anything malformed', () => {
    expect(normaliseIin(' 150312 500123 ')).toBe('150312500123');
    expect(normaliseIin('15031250012')).toBeUndefined();
    expect(normaliseIin('15031250012x')).toBeUndefined();
    expect(normaliseIin(undefined)).toBeUndefined();
  });
});

describe('searchKeys', () => {
  it('exposes the normalised columns the server indexes', () => {
    const keys = searchKeys({ ...fresh, iin: '150312 500123' });
    expect(keys).toMatchObject({
      iin: '150312500123',
      surnameKey: 'serikbaev',
      surnameStem: 'serikba',
      surnameCode: 'SERIKBAEP',
      nameKey: 'alihan',
      nameCode: 'ALIKAN',
      patronymicStem: 'nurlan',
    });
    expect(keys.blockingKeys).toContain('iin:150312500123');
    expect(keys.blockingKeys).toContain('names:ALIKAN|SERIKBAEP');
    expect(keys.blockingKeys).toContain('bd:2015-12-03|s');
  });

  it('queries neighbouring birth years that it does not store', () => {
    const keys = searchKeys(fresh);
    expect(keys.queryKeys).toContain('by:2016|ALIKAN');
    expect(keys.blockingKeys).not.toContain('by:2016|ALIKAN');
    expect(keys.blockingKeys.every((key) => keys.queryKeys.includes(key))).toBe(true);
  });

  const preselected = (person: PersonInput, existing: PersonInput): boolean => {
    const stored = new Set(searchKeys(existing).blockingKeys);
    return searchKeys(person).queryKeys.some((key) => stored.has(key));
  };

  it('pre-selects every candidate that findDuplicateCandidates shows in the example registry', () => {
    for (const candidate of findDuplicateCandidates(fresh, registry)) {
      expect(preselected(fresh, candidate.person), candidate.person.id).toBe(true);
    }
  });

  it('pre-selects the same child entered with any matching spelling of the table, in either field order', () => {
    for (const { part, a, b, level } of MATCHING_PAIRS) {
      if (part === 'patronymic') continue;
      const existing = part === 'surname' ? { surname: a, name: 'Айжан' } : { surname: 'Ахметова', name: a };
      const entered = part === 'surname' ? { surname: b, name: 'Aizhan' } : { surname: 'Akhmetova', name: b };
      const swapped = { surname: entered.name, name: entered.surname };
      // Without a birth date only exact and phonetic names are shown, so only they need pre-selecting.
      const birthDates = level === 'close' ? ['2016-04-05'] : ['2016-04-05', undefined];
      for (const birthDate of birthDates) {
        expect(preselected({ ...entered, birthDate }, { ...existing, birthDate }), `${a} / ${b}`).toBe(true);
        expect(
          preselected({ ...swapped, birthDate }, { ...existing, birthDate }),
          `${a} / ${b} swapped`,
        ).toBe(true);
      }
    }
  });
});

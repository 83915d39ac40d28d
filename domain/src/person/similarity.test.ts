import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MATCHING_PAIRS, NON_MATCHING_PAIRS } from './name-pairs.fixture.ts';
import { nameKey } from './normalise-name.ts';
import {
  compareNamePart,
  damerauLevenshtein,
  isTypingSlip,
  jaro,
  jaroWinkler,
  nameMatchScore,
  type PersonName,
} from './similarity.ts';

describe('jaro and jaroWinkler', () => {
  it('reproduce the reference values of Winkler (1990)', () => {
    expect(jaro('MARTHA', 'MARHTA')).toBeCloseTo(0.944, 3);
    expect(jaroWinkler('MARTHA', 'MARHTA')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('DWAYNE', 'DUANE')).toBeCloseTo(0.84, 3);
    expect(jaroWinkler('DIXON', 'DICKSONX')).toBeCloseTo(0.813, 3);
  });

  it('score empty strings as equal to each other and unlike anything else', () => {
    expect(jaroWinkler('', '')).toBe(1);
    expect(jaroWinkler('abc', '')).toBe(0);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });

  it('work by code point, so Kazakh letters and astral characters count once', () => {
    expect(jaroWinkler('Нұрсұлтан', 'Нұрсұлтан')).toBe(1);
    expect(jaro('𝒜b', 'b𝒜')).toBeCloseTo(jaro('ab', 'ba'), 10);
  });

  it('are symmetric and stay within [0, 1]', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const ab = jaroWinkler(a, b);
        return ab === jaroWinkler(b, a) && ab >= 0 && ab <= 1 && jaro(a, b) <= ab;
      }),
    );
  });

  it('give 1 for a string and itself', () => {
    fc.assert(fc.property(fc.string(), (a) => jaroWinkler(a, a) === 1));
  });
});

describe('damerauLevenshtein', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions', () => {
    expect(damerauLevenshtein('kitten', 'sitting')).toBe(3);
    expect(damerauLevenshtein('ab', 'ba')).toBe(1);
    expect(damerauLevenshtein('Нұрсұлтан', 'Нұрсұлтна')).toBe(1);
    expect(damerauLevenshtein('', 'abc')).toBe(3);
  });

  it('is the optimal-string-alignment variant: no substring is edited twice', () => {
    expect(damerauLevenshtein('ca', 'abc')).toBe(3);
  });

  it('is symmetric, zero only on equal strings, and bounded by the lengths', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = damerauLevenshtein(a, b);
        const [la, lb] = [Array.from(a).length, Array.from(b).length];
        return (
          d === damerauLevenshtein(b, a) &&
          (d === 0) === (a === b) &&
          d >= Math.abs(la - lb) &&
          d <= Math.max(la, lb)
        );
      }),
    );
  });
});

describe('isTypingSlip', () => {
  it('accepts a swap of adjacent letters, a doubled letter and a vowel slip after the first vowel', () => {
    expect(isTypingSlip('aijan', 'aijna')).toBe(true);
    expect(isTypingSlip('asel', 'assel')).toBe(true);
    expect(isTypingSlip('tursin', 'tursun')).toBe(true);
    expect(isTypingSlip('bauirjan', 'baurjan')).toBe(true);
    expect(isTypingSlip('lazzat', 'liazzat')).toBe(true);
  });

  it('rejects a changed consonant, an added consonant and a changed first vowel', () => {
    expect(isTypingSlip('aijan', 'aiman')).toBe(false);
    expect(isTypingSlip('alia', 'alina')).toBe(false);
    expect(isTypingSlip('marat', 'murat')).toBe(false);
    expect(isTypingSlip('marat', 'marat')).toBe(false);
    expect(isTypingSlip('ab', 'abcd')).toBe(false);
  });

  it('is symmetric', () => {
    const key = fc.string({ unit: fc.constantFrom(...'aeioubdjklmnrst'), maxLength: 8 });
    fc.assert(fc.property(key, key, (a, b) => isTypingSlip(a, b) === isTypingSlip(b, a)));
  });
});

describe('compareNamePart on the table of real names', () => {
  it('has at least 40 matching and 20 non-matching pairs', () => {
    expect(MATCHING_PAIRS.length).toBeGreaterThanOrEqual(40);
    expect(NON_MATCHING_PAIRS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(MATCHING_PAIRS.map((p) => [p.a, p.b, p.level, p.part] as const))(
    'matches %s with %s at the %s level',
    (a, b, level, part) => {
      expect(compareNamePart(part, a, b).level).toBe(level);
      expect(compareNamePart(part, b, a).level).toBe(level);
    },
  );

  it.each(NON_MATCHING_PAIRS.map((p) => [p.a, p.b, p.part] as const))(
    'does not match %s with %s',
    (a, b, part) => {
      expect(compareNamePart(part, a, b).level).toBe('different');
    },
  );

  it('orders scores by level: exact > phonetic > close > different', () => {
    const exact = compareNamePart('name', 'Әлихан', 'Alikhan').score;
    const phonetic = compareNamePart('name', 'Бақыт', 'Бахыт').score;
    const close = compareNamePart('name', 'Тұрсын', 'Турсун').score;
    const different = compareNamePart('name', 'Айжан', 'Айман').score;
    expect(exact).toBeGreaterThan(phonetic);
    expect(phonetic).toBeGreaterThan(close);
    expect(close).toBeGreaterThan(different);
  });
});

describe('nameMatchScore', () => {
  const school: PersonName = { surname: 'Серікбаев', name: 'Әлихан', patronymic: 'Нұрланұлы' };
  const police: PersonName = { surname: 'Серикбаев', name: 'Алихан', patronymic: 'Нурланович' };

  it('matches the school and police records of the same child', () => {
    const match = nameMatchScore(school, police);
    expect(match.level).toBe('phonetic');
    expect(match.reasons).toEqual(['surname:exact', 'name:exact', 'patronymic:stem']);
    expect(match.score).toBeGreaterThan(0.95);
  });

  it('tolerates a patronymic missing on one side, at a slightly lower score', () => {
    const match = nameMatchScore(school, { surname: 'Serikbayev', name: 'Alikhan' });
    expect(match.level).toBe('exact');
    expect(match.reasons).toContain('patronymic:missing');
    expect(match.score).toBeLessThan(1);
    expect(match.score).toBeGreaterThan(0.95);
  });

  it('tolerates surname and name entered in each other’s field', () => {
    const match = nameMatchScore(school, { surname: 'Алихан', name: 'Серикбаев', patronymic: 'Нурланович' });
    expect(match.level).toBe('phonetic');
    expect(match.reasons).toContain('order:swapped');
    expect(match.score).toBeLessThan(nameMatchScore(school, police).score);
  });

  it('keeps twins with one-letter-apart names apart', () => {
    const aizhan = { surname: 'Серікбаева', name: 'Айжан', patronymic: 'Нұрланқызы' };
    const aiman = { surname: 'Серікбаева', name: 'Айман', patronymic: 'Нұрланқызы' };
    expect(nameMatchScore(aizhan, aiman).level).toBe('different');
  });

  it('matches a Kazakh surname with its Russian-form feminine at the phonetic level', () => {
    const match = nameMatchScore(
      { surname: 'Серікбай', name: 'Айжан' },
      { surname: 'Серикбаева', name: 'Aizhan' },
    );
    expect(match.level).toBe('phonetic');
    expect(match.reasons).toEqual(['surname:stem', 'name:exact']);
  });

  it('does not match persons with different fathers', () => {
    const other = { ...police, patronymic: 'Болатович' };
    expect(nameMatchScore(school, other).level).toBe('different');
  });

  it('compares what is there when a surname is missing, and nothing when nothing is', () => {
    const foundling = nameMatchScore({ surname: '', name: 'Айжан' }, { surname: 'Ахметова', name: 'Aizhan' });
    expect(foundling).toEqual({ score: 0.9, level: 'exact', reasons: ['name:exact', 'surname:missing'] });
    expect(nameMatchScore({ surname: '', name: '' }, { surname: '', name: '' })).toEqual({
      score: 0,
      level: 'different',
      reasons: ['surname:missing', 'name:missing'],
    });
  });

  const letters = fc
    .string({
      unit: fc.constantFrom(
        ...'АӘБГҒДЕЖИЙКҚЛМНҢОӨРСТУҰҮЫІабвгдежзийклмнопрстуфхцчшщыьэюяәғқңөұүһіaeikmnorstuzhç- ',
      ),
      minLength: 1,
      maxLength: 12,
    })
    .filter((s) => nameKey(s) !== '');
  const person = fc.record({
    surname: letters,
    name: letters,
    patronymic: fc.option(letters, { nil: undefined }),
  });

  it('always matches a name with itself as exact, with score 1', () => {
    fc.assert(
      fc.property(person, (p) => {
        const match = nameMatchScore(p, p);
        return match.level === 'exact' && match.score === 1;
      }),
    );
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(person, person, (a, b) => {
        const ab = nameMatchScore(a, b);
        const ba = nameMatchScore(b, a);
        return ab.level === ba.level && ab.score === ba.score;
      }),
    );
  });

  it('keeps every score within [0, 1]', () => {
    fc.assert(
      fc.property(person, person, (a, b) => {
        const { score } = nameMatchScore(a, b);
        return score >= 0 && score <= 1;
      }),
    );
  });
});

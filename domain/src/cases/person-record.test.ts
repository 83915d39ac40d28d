import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iinCheckDigit } from '../identity/iin.ts';
import { type PersonRecordInput, parsePersonRecord } from './person-record.ts';
import { VALIDATION_KEYS } from './validation-keys.ts';

const today = '2026-03-02';

const child = (overrides: Partial<PersonRecordInput> = {}): PersonRecordInput => ({
  name: { surname: 'Серікбаева', givenName: 'Әсел', patronymic: 'Маратқызы', writtenIn: 'kk' },
  latinName: { surname: 'Serikbaeva', givenName: 'Asel' },
  iin: '061211600012',
  birthDate: '2006-12-11',
  sex: 'female',
  citizenship: 'KZ',
  address: { katoCode: '751110000', line: 'мкр. Самал-2, 10' },
  school: { name: '№ 12 мектеп-гимназия', grade: 9, letter: 'Ә' },
  languages: ['kk', 'ru'],
  disability: { hasDisability: false, specialEducationalNeeds: true },
  family: [
    {
      relation: 'mother',
      name: { surname: 'Серікбаева', givenName: 'Гүлнар', writtenIn: 'kk' },
      isLegalRepresentative: true,
      livesWithChild: true,
      safeToContact: true,
      contacts: [{ kind: 'phone', value: '+7 701 123 45 67' }],
    },
  ],
  ...overrides,
});

const keysOf = (result: ReturnType<typeof parsePersonRecord>) =>
  result.ok
    ? []
    : result.issues.map((i) => ({
        path: i.path.join('.'),
        key: (i as { params?: { i18n?: string } }).params?.i18n,
      }));

describe('a child’s record', () => {
  it('accepts a complete record written in Kazakh with a Latin spelling, without warnings', () => {
    const result = parsePersonRecord(child(), { today });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.warnings).toEqual([]);
      expect(result.record.family[0]?.contacts[0]?.kind).toBe('phone');
    }
  });

  it('refuses an IIN with a wrong check digit, naming the field and the message', () => {
    const result = parsePersonRecord(child({ iin: '061211600013' }), { today });
    expect(keysOf(result)).toEqual([{ path: 'iin', key: 'validation.iin_check_digit' }]);
  });

  it('refuses an IIN that is not twelve digits', () => {
    expect(keysOf(parsePersonRecord(child({ iin: '06121160001' }), { today }))).toEqual([
      { path: 'iin', key: 'validation.iin_format' },
    ]);
  });

  it('stores the IIN without the spaces it was typed with', () => {
    const result = parsePersonRecord(child({ iin: '061211 600012' }), { today });
    expect(result.ok && result.record.iin).toBe('061211600012');
  });

  it('warns, but accepts, when the IIN’s date and sex disagree with the child', () => {
    const result = parsePersonRecord(child({ birthDate: '2006-12-12', sex: 'male' }), { today });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.warnings.map((w) => w.i18n)).toEqual([
        'warning.iin_date_mismatch',
        'warning.iin_sex_mismatch',
      ]);
      expect(result.warnings[0]?.path).toEqual(['iin']);
    }
  });

  it('warns about a family member’s IIN separately, with the member’s path', () => {
    const family = child().family ?? [];
    const mother = { ...family[0], iin: '061211600012', birthDate: '1980-01-01', sex: 'female' as const };
    const result = parsePersonRecord(
      child({ family: [mother as NonNullable<PersonRecordInput['family']>[number]] }),
      { today },
    );
    expect(result.ok && result.warnings.map((w) => w.path.join('.'))).toEqual(['family.0.iin']);
  });

  it('refuses a birth date in the future', () => {
    expect(keysOf(parsePersonRecord(child({ iin: null, birthDate: '2026-03-03' }), { today }))).toEqual([
      { path: 'birthDate', key: 'validation.birth_date_in_future' },
    ]);
  });

  it('accepts a birth date of today and an estimated age instead of a birth date', () => {
    expect(parsePersonRecord(child({ iin: null, birthDate: today }), { today }).ok).toBe(true);
    const estimated = child({ iin: null, birthDate: null, estimatedAge: { years: 7, asOf: today } });
    expect(parsePersonRecord(estimated, { today }).ok).toBe(true);
  });

  it('asks for a birth date or an estimated age', () => {
    expect(keysOf(parsePersonRecord(child({ iin: null, birthDate: null }), { today }))).toEqual([
      { path: 'birthDate', key: 'validation.birth_date_or_age_required' },
    ]);
  });

  it('refuses a Kazakh name typed in Latin letters, and a Latin spelling typed in Cyrillic', () => {
    const result = parsePersonRecord(
      child({
        name: { surname: 'Serikbaeva', givenName: 'Әсел', writtenIn: 'kk' },
        latinName: { surname: 'Серікбаева', givenName: 'Asel' },
      }),
      { today },
    );
    expect(keysOf(result)).toEqual([
      { path: 'name.surname', key: 'validation.name_not_cyrillic' },
      { path: 'latinName.surname', key: 'validation.name_not_latin' },
    ]);
  });

  it('refuses a malformed KATO code and phone number', () => {
    const family = child().family ?? [];
    const mother = { ...family[0], contacts: [{ kind: 'phone' as const, value: 'call me' }] };
    const result = parsePersonRecord(
      child({
        address: { katoCode: '75111' },
        family: [mother as NonNullable<PersonRecordInput['family']>[number]],
      }),
      { today },
    );
    expect(keysOf(result)).toEqual([
      { path: 'address.katoCode', key: 'validation.kato_code' },
      { path: 'family.0.contacts.0.value', key: 'validation.phone' },
    ]);
  });

  it('property: any IIN with a correct check digit is accepted, any other last digit is refused', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}$/), fc.integer({ min: 0, max: 9 }), (first11, last) => {
        const expected = iinCheckDigit(first11);
        const result = parsePersonRecord(child({ iin: `${first11}${last}`, birthDate: '2010-01-01' }), {
          today,
        });
        expect(result.ok).toBe(expected === last);
      }),
    );
  });

  it('property: every custom message key a record can produce is in the exported list', () => {
    const arbitraryChild = fc.record({
      iin: fc.option(fc.stringMatching(/^\d{10,13}$/)),
      birthDate: fc.option(fc.constantFrom('2010-05-05', '2030-01-01', today)),
      surname: fc.constantFrom('Иванов', 'Ivanov', 'Ахметов'),
      kato: fc.constantFrom('751110000', '7511', 'abc'),
    });
    fc.assert(
      fc.property(arbitraryChild, (c) => {
        const result = parsePersonRecord(
          child({
            iin: c.iin,
            birthDate: c.birthDate,
            name: { surname: c.surname, givenName: 'Әсел', writtenIn: 'ru' },
            address: { katoCode: c.kato },
          }),
          { today },
        );
        for (const { key } of keysOf(result)) if (key !== undefined) expect(VALIDATION_KEYS).toContain(key);
      }),
    );
  });
});

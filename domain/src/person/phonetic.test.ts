import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KAZAKH_CYRILLIC_ALPHABET } from './kazakh-alphabet.ts';
import { MATCHING_PAIRS, NON_MATCHING_PAIRS } from './name-pairs.fixture.ts';
import { nameKey } from './normalise-name.ts';
import { phoneticCode, phoneticCodeOfKey } from './phonetic.ts';
import { toPassportLatin } from './transliterate.ts';

describe('phoneticCode', () => {
  it.each([
    ['AIKERIM', ['Айгерим', 'Айгерім', 'Aigerim', 'Aygerim', 'Айгериm', 'Aigerım']],
    ['BAKIT', ['Бақыт', 'Бахыт', 'Bakhyt', 'Baqyt', 'Бакыт']],
    ['XINKIS', ['Шыңғыс', 'Чингиз', 'Shyngys', 'Chingiz', 'Şyñğys']],
    ['XOKAN', ['Шоқан', 'Чокан', 'Shokan', 'Chokan']],
    ['AKMET', ['Ахмет', 'Ахмед', 'Akhmet', 'Ahmed']],
    ['PATIMA', ['Фатима', 'Патима', 'Fatima']],
    ['BOLAT', ['Болат', 'Булат', 'Bolat', 'Bulat']],
    ['ASEL', ['Асель', 'Әсел', 'Assel', 'Ассель']],
    ['NORSOLTAN', ['Нұрсұлтан', 'Нурсултан', 'Nursultan', 'Nūrsūltan']],
  ])('gives the spelling variants of one name the code %s', (code, spellings) => {
    for (const spelling of spellings) expect(phoneticCode(spelling), spelling).toBe(code);
  });

  it('merges the velar class г ғ к қ х һ', () => {
    expect(new Set(['Гасым', 'Ғасым', 'Касым', 'Қасым', 'Хасым', 'Һасым'].map(phoneticCode))).toEqual(
      new Set(['KASIM']),
    );
  });

  it('merges the hushing class ш щ ч, but keeps ж and с apart from it', () => {
    expect(phoneticCode('Шамиль')).toBe(phoneticCode('Чамиль'));
    expect(phoneticCode('Шамиль')).toBe(phoneticCode('Щамиль'));
    expect(phoneticCode('Жамиль')).not.toBe(phoneticCode('Шамиль'));
    expect(phoneticCode('Самат')).not.toBe(phoneticCode('Шамат'));
  });

  it('devoices the last consonant (б д з ж в) and only the last', () => {
    expect(phoneticCode('Мурад')).toBe(phoneticCode('Мурат'));
    expect(phoneticCode('Якуб')).toBe(phoneticCode('Якуп'));
    expect(phoneticCode('Дана')).not.toBe(phoneticCode('Тана'));
  });

  it('collapses doubled letters', () => {
    expect(phoneticCode('Аллаберген')).toBe(phoneticCode('Алаберген'));
    expect(phoneticCode('Камилла')).toBe(phoneticCode('Камила'));
  });

  it('keeps vowel classes, so names differing in a vowel stay apart', () => {
    expect(phoneticCode('Марат')).not.toBe(phoneticCode('Мурат'));
    expect(phoneticCode('Ерлан')).not.toBe(phoneticCode('Арлан'));
  });

  it('tells apart the clearly different names of the test table', () => {
    for (const { a, b } of NON_MATCHING_PAIRS)
      expect(phoneticCode(a), `${a} / ${b}`).not.toBe(phoneticCode(b));
  });

  it('gives the same code to every pair of the test table expected at the phonetic level or better', () => {
    for (const { part, a, b, level } of MATCHING_PAIRS) {
      if (part === 'name' && (level === 'exact' || level === 'phonetic')) {
        expect(phoneticCode(a), `${a} / ${b}`).toBe(phoneticCode(b));
      }
    }
  });

  it('is computed on the comparison key, so it equals the code of the key', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 16 }),
        (text) => phoneticCode(text) === phoneticCodeOfKey(nameKey(text)),
      ),
    );
  });

  it('gives a Cyrillic name the code of its passport romanisation', () => {
    const name = fc
      .array(fc.constantFrom(...KAZAKH_CYRILLIC_ALPHABET), { minLength: 1, maxLength: 12 })
      .map((letters) => letters.join(''));
    fc.assert(fc.property(name, (n) => phoneticCode(n) === phoneticCode(toPassportLatin(n))));
  });

  it('returns the empty code for a name without letters', () => {
    expect(phoneticCode('—')).toBe('');
  });
});

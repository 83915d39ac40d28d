import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KAZAKH_CYRILLIC_ALPHABET } from './kazakh-alphabet.ts';
import {
  latin2021ToCyrillic,
  russianToPassportLatin,
  toLatin2021,
  toPassportLatin,
} from './transliterate.ts';

// Letter | 2021 Latin (upper, lower) | passport ICAO (upper, lower) | passport Y variant (upper, lower)
const LETTERS = `
А A a A a A a
Ә Ä ä A a A a
Б B b B b B b
В V v V v V v
Г G g G g G g
Ғ Ğ ğ G g G g
Д D d D d D d
Е E e E e E e
Ё İo io E e E e
Ж J j Zh zh Zh zh
З Z z Z z Z z
И İ i I i I i
Й İ i I i Y y
К K k K k K k
Қ Q q K k K k
Л L l L l L l
М M m M m M m
Н N n N n N n
Ң Ñ ñ N n N n
О O o O o O o
Ө Ö ö O o O o
П P p P p P p
Р R r R r R r
С S s S s S s
Т T t T t T t
У U u U u U u
Ұ Ū ū U u U u
Ү Ü ü U u U u
Ф F f F f F f
Х H h Kh kh Kh kh
Һ H h H h H h
Ц Ts ts Ts ts Ts ts
Ч Ç ç Ch ch Ch ch
Ш Ş ş Sh sh Sh sh
Щ Şş şş Shch shch Shch shch
Ъ - - - - - -
Ы Y y Y y Y y
І I ı I i I i
Ь - - - - - -
Э E e E e E e
Ю İu iu Iu iu Yu yu
Я İa ia Ia ia Ya ya
`
  .trim()
  .split('\n')
  .map((line) => line.split(' ').map((cell) => (cell === '-' ? '' : cell)));

describe('the letter table', () => {
  it('covers each of the 42 letters of the Kazakh Cyrillic alphabet once, in order', () => {
    expect(LETTERS.map(([letter]) => letter)).toEqual(KAZAKH_CYRILLIC_ALPHABET);
    expect(KAZAKH_CYRILLIC_ALPHABET).toHaveLength(42);
  });

  it.each(LETTERS)('romanises %s by the 2021 alphabet and the passport rules, in both cases', (...row) => {
    const [letter, up2021, low2021, upIcao, lowIcao, upY, lowY] = row as string[];
    const lower = (letter as string).toLowerCase();
    expect([toLatin2021(letter as string), toLatin2021(lower)]).toEqual([up2021, low2021]);
    expect([toPassportLatin(letter as string), toPassportLatin(lower)]).toEqual([upIcao, lowIcao]);
    expect([
      toPassportLatin(letter as string, { iotation: 'y' }),
      toPassportLatin(lower, { iotation: 'y' }),
    ]).toEqual([upY, lowY]);
  });
});

describe('toLatin2021', () => {
  it('reproduces the 2021 sample text given with the official alphabet', () => {
    expect(
      toLatin2021(
        'Бұрыңғы өткен заманда, бір данышпан кісі, Бағдат шаһарының бір үлкен қазысының үйіне келіп қоныпты.',
      ),
    ).toBe(
      'Būryñğy ötken zamanda, bır danyşpan kısı, Bağdat şaharynyñ bır ülken qazysynyñ üiıne kelıp qonypty.',
    );
  });

  it('writes the country name as in 2021 Latin', () => {
    expect(toLatin2021('Қазақстан Республикасы')).toBe('Qazaqstan Respublikasy');
  });

  it('keeps title case and all capitals, also for letters written with two Latin letters', () => {
    expect(toLatin2021('Щукин ЩУКИН щукин')).toBe('Şşukin ŞŞUKİN şşukin');
    expect(toLatin2021('Юлия ЮЛИЯ')).toBe('İuliia İULİİA');
    expect(toLatin2021('Серікбаев СЕРІКБАЕВ')).toBe('Serıkbaev SERIKBAEV');
  });

  it('keeps hyphens, apostrophes, digits and Latin letters as they are', () => {
    expect(toLatin2021("Нұр-Сұлтан, Д'Артаньян 2021 ok")).toBe("Nūr-Sūltan, D'Artanian 2021 ok");
  });

  it('writes Ч as the digraph ch on request', () => {
    expect(toLatin2021('Чингиз ЧОКАН', { che: 'ch' })).toBe('Chingiz CHOKAN');
    expect(toLatin2021('Чингиз')).toBe('Çingiz');
  });

  it('accepts decomposed Cyrillic (й as и + combining breve)', () => {
    expect(toLatin2021('Кайрат'.replace('й', 'и\u0306'))).toBe('Kairat');
  });
});

describe('toPassportLatin', () => {
  it('romanises a full Kazakh name as a Kazakh passport does', () => {
    expect(toPassportLatin('Әлихан Нұрланұлы Серікбаев')).toBe('Alikhan Nurlanuly Serikbaev');
    expect(toPassportLatin('ЖҰМАБАЕВА ҚҰРАЛАЙ')).toBe('ZHUMABAEVA KURALAI');
  });

  it('uses I for Й and IU/IA for Ю/Я (ICAO), or Y/YU/YA on request', () => {
    expect(toPassportLatin('Айгерім Юлия')).toBe('Aigerim Iuliia');
    expect(toPassportLatin('Айгерім Юлия', { iotation: 'y' })).toBe('Aygerim Yuliya');
  });

  it('drops the hard and soft signs and keeps hyphens and apostrophes', () => {
    expect(toPassportLatin("Подъячев-Асель Д'Ар")).toBe("Podiachev-Asel D'Ar");
  });
});

describe('russianToPassportLatin', () => {
  it('romanises only the Russian letters and leaves Kazakh-specific letters alone', () => {
    expect(russianToPassportLatin('Щукин Нұрлан')).toBe('Shchukin Nұrlan');
  });

  it('agrees with the passport table on any Russian text', () => {
    const russian = fc.string({
      unit: fc.constantFrom(
        ...Array.from('АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя -'),
      ),
    });
    fc.assert(fc.property(russian, (text) => russianToPassportLatin(text) === toPassportLatin(text)));
  });
});

describe('latin2021ToCyrillic', () => {
  it('restores Kazakh words written in 2021 Latin', () => {
    expect(latin2021ToCyrillic('Qazaqstan Respublikasy')).toBe('Қазақстан Республикасы');
    expect(latin2021ToCyrillic('Būryñğy ötken zamanda, bır danyşpan kısı')).toBe(
      'Бұрыңғы өткен заманда, бір данышпан кісі',
    );
    expect(latin2021ToCyrillic('AIGERIM Aigerım Äsel İlias')).toBe('АІГЕРІМ Айгерім Әсел Илиас');
  });

  it('writes И after a consonant and Й after a vowel, the Kazakh spelling rule', () => {
    expect(latin2021ToCyrillic('Qairat Aiym İman')).toBe('Қайрат Айым Иман');
  });

  it('reads sh as С + Х unless digraphs are allowed, and ch always as Ч', () => {
    expect(latin2021ToCyrillic('Ashat')).toBe('Асхат');
    expect(latin2021ToCyrillic('Shynar', { digraphs: true })).toBe('Шынар');
    expect(latin2021ToCyrillic('Chingiz Çingiz')).toBe('Чингиз Чингиз');
  });

  it('cannot restore letters the 2021 alphabet merges (documented limits)', () => {
    expect(latin2021ToCyrillic(toLatin2021('Раиса'))).toBe('Райса'); // И/Й share İ
    expect(latin2021ToCyrillic(toLatin2021('Һ'))).toBe('Х'); // Х/Һ share H
    expect(latin2021ToCyrillic(toLatin2021('Эльвира'))).toBe('Елвира'); // Э/Е share E, Ь is lost
    expect(latin2021ToCyrillic(toLatin2021('Цой'))).toBe('Тсой'); // Ц is ts
  });

  // The letters that 2021 Latin writes with a letter of their own (И/Й are added by their rule).
  const REVERSIBLE = Array.from('аәбвгғдежзкқлмнңоөпрстуұүфхчшыі');
  const VOWELS = new Set(Array.from('аәеиоөуұүыі'));
  const kazakhWord = fc
    .array(fc.constantFrom(...REVERSIBLE, 'I'), { minLength: 1, maxLength: 12 })
    .map((units) => {
      let word = '';
      for (const unit of units) word += unit === 'I' ? (VOWELS.has(word.slice(-1)) ? 'й' : 'и') : unit;
      return word;
    });
  const casing = fc.constantFrom(
    (w: string) => w,
    (w: string) => w.toUpperCase(),
    (w: string) => w.slice(0, 1).toUpperCase() + w.slice(1),
  );
  const kazakhText = fc
    .array(fc.tuple(kazakhWord, casing, fc.constantFrom(' ', '-', "'", ', ')), { minLength: 1, maxLength: 4 })
    .map((words) => words.map(([word, cased, separator]) => cased(word) + separator).join(''));

  it('round-trips any Kazakh text in native spelling through 2021 Latin', () => {
    fc.assert(fc.property(kazakhText, (text) => latin2021ToCyrillic(toLatin2021(text)) === text));
  });
});

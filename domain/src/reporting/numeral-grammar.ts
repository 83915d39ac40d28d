// Numbers inside Kazakh and Russian sentences. Kazakh adds the possessive ending to a numeral by how its
// last word sounds ("17 өңірдің 15-і", "12-сі", "10-ы", "6-сы"); Russian picks the noun's form by the
// number's last digits ("1 регион", "2 региона", "5 регионов", "из 21 региона").

// The ending after each unit and each ten, from the last sound of its Kazakh name: бір → -і, екі → -сі,
// үш → -і, төрт → -і, бес → -і, алты → -сы, жеті → -сі, сегіз → -і, тоғыз → -ы; он → -ы, жиырма → -сы,
// отыз → -ы, қырық → -ы, елу → -і (у is a consonant here), алпыс → -ы, жетпіс → -і, сексен → -і, тоқсан → -ы.
const UNITS = ['', 'і', 'сі', 'і', 'і', 'і', 'сы', 'сі', 'і', 'ы'];
const TENS = ['', 'ы', 'сы', 'ы', 'ы', 'і', 'ы', 'і', 'і', 'ы'];

/** The possessive ending a Kazakh numeral takes ("і" for 15, "сі" for 12, "ы" for 10 and 1000). */
export const kazakhPossessiveEnding = (n: number): string => {
  const whole = Math.abs(Math.trunc(n));
  if (whole === 0) return 'і'; // нөл
  if (whole % 10 !== 0) return UNITS[whole % 10] ?? 'і';
  if (whole % 100 !== 0) return TENS[(whole % 100) / 10] ?? 'ы';
  if (whole % 1000 !== 0) return 'і'; // жүз
  return 'ы'; // мың, миллион, миллиард
};

/** A Kazakh numeral with its possessive ending, as written: "15-і", "12-сі", "40-ы". */
export const kazakhPossessive = (n: number, written: string = String(n)): string =>
  `${written}-${kazakhPossessiveEnding(n)}`;

/** The Russian noun form after a number: `one` for 1, 21…, `few` for 2–4, 22…, `many` for 5–20, 25…. */
export const russianPlural = (n: number, one: string, few: string, many: string): string => {
  const whole = Math.abs(Math.trunc(n));
  const lastTwo = whole % 100;
  const last = whole % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return many;
  if (last === 1) return one;
  if (last >= 2 && last <= 4) return few;
  return many;
};

/** The Russian genitive after "из N": singular for 1, 21…, plural otherwise ("из 21 региона", "из 17 регионов"). */
export const russianGenitiveAfter = (n: number, singular: string, plural: string): string => {
  const whole = Math.abs(Math.trunc(n));
  return whole % 10 === 1 && whole % 100 !== 11 ? singular : plural;
};

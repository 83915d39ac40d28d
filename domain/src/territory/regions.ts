/**
 * The top level of the KATO classifier: 17 regions and 3 cities of republican significance (2022 edition),
 * with the names the product shows and the dates each unit exists. Source: KATO of 17.10.2022 cross-checked
 * with ISO 3166-2:KZ (see docs/reference.md).
 */

/** Abai, Jetisu and Ulytau regions were formed on this day. */
export const REGION_REFORM_2022 = '2022-06-08';

export interface Region {
  code: string;
  iso: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  kind: 'region' | 'city';
  /** First day the unit exists (ISO date), or null for "since before any plan we hold". */
  validFrom: string | null;
  validTo: string | null;
}

export const REGIONS: readonly Region[] = [
  {
    code: '100000000',
    iso: 'KZ-10',
    nameKk: 'Абай облысы',
    nameRu: 'область Абай',
    nameEn: 'Abai Region',
    kind: 'region',
    validFrom: REGION_REFORM_2022,
    validTo: null,
  },
  {
    code: '110000000',
    iso: 'KZ-11',
    nameKk: 'Ақмола облысы',
    nameRu: 'Акмолинская область',
    nameEn: 'Akmola Region',
    kind: 'region',
    validFrom: null,
    validTo: null,
  },
  {
    code: '150000000',
    iso: 'KZ-15',
    nameKk: 'Ақтөбе облысы',
    nameRu: 'Актюбинская область',
    nameEn: 'Aktobe Region',
    kind: 'region',
    validFrom: null,
    validTo: null,
  },
  {
    code: '190000000',
    iso: 'KZ-19',
    nameKk: 'Алматы облысы',
    nameRu: 'Алматинская область',
    nameEn: 'Almaty Region',
    kind: 'region',
    validFrom: null,
    validTo: null,
  },
  {
    code: '230000000',
    iso: 'KZ-23',
    nameKk: 'Атырау облысы',
    nameRu: 'Атырауская область',
    nameEn: 'Atyrau Region',
    kind: 'region',
    validFrom: null,
    validTo: null,
  },
  {
    code: '270000000',
    iso: 'KZ-27',
    nameKk: 'Батыс Қазақстан облысы',
    nameRu: 'Западно-Казахстанская область',
    nameEn: 'West Kazakhstan Region',
    kind: 'region',
    validFrom: null,
    validTo: null,
  },
  {
    code: '310000000',
    iso: 'KZ-31',
    nameKk: 'Жамбыл облысы',
    nameRu: 'Жамбылская область',
    nameEn: 'Jambyl Region',
    kind: 'region',
    validFrom: null,
    validTo: null,
  },
  {
    code: '330000000',
    iso: 'KZ-33',
    nameKk: 'Жетісу облысы',
    nameRu: 'область Жетісу',
    nameEn: 'Jetisu Region',
    kind: 'region',
    validFrom: REGION_REFORM_2022,
    validTo: null,
  },
  {
    code: '350000000',
    iso: 'KZ-35',
    nameKk: 'Қарағанды облысы',
    nameRu: 'Карагандинская область',
    nameEn: 'Karaganda Region',
    kind: 'region',
    validFrom: null,
    validTo: null,
  },
  {
    code: '390000000',
    iso: 'KZ-39',
    nameKk: 'Қостанай облысы',
    nameRu: 'Костанайская область',
    nameEn: 'Kostanay Region',
    kind: 'region',
    validFrom: null,
    validTo: null,
  },
  {
    code: '430000000',
    iso: 'KZ-43',
    nameKk: 'Қызылорда облысы',
    nameRu: 'Кызылординская область',
    nameEn: 'Kyzylorda Region',
    kind: 'region',
    validFrom: null,
    validTo: null,
  },
  {
    code: '470000000',
    iso: 'KZ-47',
    nameKk: 'Маңғыстау облысы',
    nameRu: 'Мангистауская область',
    nameEn: 'Mangystau Region',
    kind: 'region',
    validFrom: null,
    validTo: null,
  },
  {
    code: '550000000',
    iso: 'KZ-55',
    nameKk: 'Павлодар облысы',
    nameRu: 'Павлодарская область',
    nameEn: 'Pavlodar Region',
    kind: 'region',
    validFrom: null,
    validTo: null,
  },
  {
    code: '590000000',
    iso: 'KZ-59',
    nameKk: 'Солтүстік Қазақстан облысы',
    nameRu: 'Северо-Казахстанская область',
    nameEn: 'North Kazakhstan Region',
    kind: 'region',
    validFrom: null,
    validTo: null,
  },
  {
    code: '610000000',
    iso: 'KZ-61',
    nameKk: 'Түркістан облысы',
    nameRu: 'Туркестанская область',
    nameEn: 'Turkistan Region',
    kind: 'region',
    validFrom: null,
    validTo: null,
  },
  {
    code: '620000000',
    iso: 'KZ-62',
    nameKk: 'Ұлытау облысы',
    nameRu: 'область Ұлытау',
    nameEn: 'Ulytau Region',
    kind: 'region',
    validFrom: REGION_REFORM_2022,
    validTo: null,
  },
  {
    code: '630000000',
    iso: 'KZ-63',
    nameKk: 'Шығыс Қазақстан облысы',
    nameRu: 'Восточно-Казахстанская область',
    nameEn: 'East Kazakhstan Region',
    kind: 'region',
    validFrom: null,
    validTo: null,
  },
  {
    code: '710000000',
    iso: 'KZ-71',
    nameKk: 'Астана қаласы',
    nameRu: 'г. Астана',
    nameEn: 'Astana',
    kind: 'city',
    validFrom: null,
    validTo: null,
  },
  {
    code: '750000000',
    iso: 'KZ-75',
    nameKk: 'Алматы қаласы',
    nameRu: 'г. Алматы',
    nameEn: 'Almaty',
    kind: 'city',
    validFrom: null,
    validTo: null,
  },
  {
    code: '790000000',
    iso: 'KZ-79',
    nameKk: 'Шымкент қаласы',
    nameRu: 'г. Шымкент',
    nameEn: 'Shymkent',
    kind: 'city',
    validFrom: null,
    validTo: null,
  },
];

/** True when a unit with these validity dates exists on the given ISO date. */
export function existsOn(
  unit: { validFrom: string | null; validTo: string | null },
  isoDate: string,
): boolean {
  return (
    (unit.validFrom === null || unit.validFrom <= isoDate) &&
    (unit.validTo === null || isoDate <= unit.validTo)
  );
}

/** True when a unit exists at any time within [from, to] (inclusive ISO dates). */
export function existsDuring(
  unit: { validFrom: string | null; validTo: string | null },
  from: string,
  to: string,
): boolean {
  return (unit.validFrom === null || unit.validFrom <= to) && (unit.validTo === null || from <= unit.validTo);
}

/** The regions (and cities of republican significance) that exist on a date: 17 before June 2022, 20 after. */
export function regionsOn(isoDate: string): Region[] {
  return REGIONS.filter((r) => existsOn(r, isoDate));
}

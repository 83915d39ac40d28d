import type { Agency, OrganisationLevel, OrganisationType } from '@qorgau/domain/identity/organisation';
import { REGION_REFORM_2022 } from '@qorgau/domain/territory/regions';

/** A demo organisation, keyed by a stable code; `parent` names another demo organisation's code. */
export interface DemoOrganisation {
  code: string;
  type: OrganisationType;
  agency: Agency;
  level: OrganisationLevel;
  kk: string;
  ru: string;
  en: string;
  abbreviationKk?: string;
  abbreviationRu?: string;
  territoryCode?: string;
  parent?: string;
  validFrom?: string;
  validTo?: string;
}

/** Predecessor → successor links of the agencies the 2020 roadmap names (see docs/reference.md). */
export interface DemoSuccession {
  predecessor: string;
  successor: string;
  effectiveOn: string | null;
  note: string;
}

const ministry = (
  code: string,
  agency: Agency,
  abbreviationKk: string,
  abbreviationRu: string,
  kk: string,
  ru: string,
  en: string,
  validity: { validFrom?: string; validTo?: string } = {},
): DemoOrganisation => ({
  code,
  type: 'ministry',
  agency,
  level: 'national',
  kk: `Қазақстан Республикасы ${kk}`,
  ru: `${ru} Республики Казахстан`,
  en: `${en} of the Republic of Kazakhstan`,
  abbreviationKk,
  abbreviationRu,
  ...validity,
});

// The decree of 11 June 2022 split the Ministry of Education and Science; child-rights protection went to
// the Ministry of Enlightenment.
const MES_SPLIT = '2022-06-11';

export const CENTRAL_BODIES: DemoOrganisation[] = [
  ministry(
    'mes',
    'education',
    'БҒМ',
    'МОН',
    'Білім және ғылым министрлігі',
    'Министерство образования и науки',
    'Ministry of Education and Science',
    { validTo: '2022-06-10' },
  ),
  ministry(
    'mop',
    'education',
    'ОАМ',
    'МП',
    'Оқу-ағарту министрлігі',
    'Министерство просвещения',
    'Ministry of Enlightenment',
    { validFrom: MES_SPLIT },
  ),
  ministry(
    'mshe',
    'science',
    'ҒЖБМ',
    'МНВО',
    'Ғылым және жоғары білім министрлігі',
    'Министерство науки и высшего образования',
    'Ministry of Science and Higher Education',
    { validFrom: MES_SPLIT },
  ),
  ministry(
    'mia',
    'interior',
    'ІІМ',
    'МВД',
    'Ішкі істер министрлігі',
    'Министерство внутренних дел',
    'Ministry of Internal Affairs',
  ),
  ministry(
    'moh',
    'health',
    'ДСМ',
    'МЗ',
    'Денсаулық сақтау министрлігі',
    'Министерство здравоохранения',
    'Ministry of Health',
  ),
  ministry(
    'mlsp',
    'labour',
    'Еңбекмині',
    'МТСЗН',
    'Еңбек және халықты әлеуметтік қорғау министрлігі',
    'Министерство труда и социальной защиты населения',
    'Ministry of Labour and Social Protection of the Population',
  ),
  ministry(
    'mof',
    'finance',
    'Қаржымині',
    'МФ',
    'Қаржы министрлігі',
    'Министерство финансов',
    'Ministry of Finance',
  ),
  ministry(
    'mne',
    'economy',
    'ҰЭМ',
    'МНЭ',
    'Ұлттық экономика министрлігі',
    'Министерство национальной экономики',
    'Ministry of National Economy',
  ),
  ministry(
    'mids',
    'information',
    'АҚДМ',
    'МИОР',
    'Ақпарат және қоғамдық даму министрлігі',
    'Министерство информации и общественного развития',
    'Ministry of Information and Social Development',
  ),
  ministry(
    'mci',
    'culture',
    'МАМ',
    'МКИ',
    'Мәдениет және ақпарат министрлігі',
    'Министерство культуры и информации',
    'Ministry of Culture and Information',
  ),
  ministry(
    'miid',
    'industry',
    'ИИДМ',
    'МИИР',
    'Индустрия және инфрақұрылымдық даму министрлігі',
    'Министерство индустрии и инфраструктурного развития',
    'Ministry of Industry and Infrastructure Development',
  ),
  ministry(
    'mic',
    'industry',
    'ӨҚМ',
    'МПС',
    'Өнеркәсіп және құрылыс министрлігі',
    'Министерство промышленности и строительства',
    'Ministry of Industry and Construction',
  ),
  ministry(
    'mot',
    'transport',
    'КМ',
    'МТ',
    'Көлік министрлігі',
    'Министерство транспорта',
    'Ministry of Transport',
  ),
  ministry(
    'mcs',
    'culture',
    'МСМ',
    'МКС',
    'Мәдениет және спорт министрлігі',
    'Министерство культуры и спорта',
    'Ministry of Culture and Sports',
  ),
  ministry(
    'mts',
    'sport',
    'ТСМ',
    'МТС',
    'Туризм және спорт министрлігі',
    'Министерство туризма и спорта',
    'Ministry of Tourism and Sports',
  ),
  {
    code: 'gpo',
    type: 'state_body',
    agency: 'prosecution',
    level: 'national',
    kk: 'Қазақстан Республикасының Бас прокуратурасы',
    ru: 'Генеральная прокуратура Республики Казахстан',
    en: "Prosecutor General's Office of the Republic of Kazakhstan",
    abbreviationKk: 'БП',
    abbreviationRu: 'ГП',
  },
  {
    code: 'gpo-klsss',
    type: 'state_body',
    agency: 'prosecution',
    level: 'national',
    kk: 'Қазақстан Республикасы Бас прокуратурасының Құқықтық статистика және арнайы есепке алу комитеті',
    ru: 'Комитет по правовой статистике и специальным учетам Генеральной прокуратуры Республики Казахстан',
    en: "Committee on Legal Statistics and Special Accounts of the Prosecutor General's Office",
    abbreviationKk: 'БП ҚСАЕАК',
    abbreviationRu: 'КПСиСУ ГП',
    parent: 'gpo',
  },
  {
    code: 'supreme-court',
    type: 'state_body',
    agency: 'judiciary',
    level: 'national',
    kk: 'Қазақстан Республикасының Жоғарғы соты',
    ru: 'Верховный Суд Республики Казахстан',
    en: 'Supreme Court of the Republic of Kazakhstan',
    abbreviationKk: 'ЖС',
    abbreviationRu: 'ВС',
  },
  {
    code: 'wb-piu',
    type: 'international_organisation',
    agency: 'international',
    level: 'national',
    kk: 'Дүниежүзілік банктің "Орта білімді жаңғырту" жобасын басқару тобы',
    ru: 'Группа управления проектом Всемирного банка "Модернизация среднего образования"',
    en: 'World Bank "Modernisation of Secondary Education" project management team',
    abbreviationKk: 'ЖББ',
    abbreviationRu: 'ГУП',
  },
  {
    code: 'enu',
    type: 'university',
    agency: 'science',
    level: 'national',
    kk: 'Л.Н. Гумилев атындағы Еуразия ұлттық университеті',
    ru: 'Евразийский национальный университет имени Л.Н. Гумилева',
    en: 'L.N. Gumilyov Eurasian National University',
    abbreviationKk: 'ЕҰУ',
    abbreviationRu: 'ЕНУ',
    territoryCode: '710000000',
  },
];

export const SUCCESSIONS: DemoSuccession[] = [
  {
    predecessor: 'mes',
    successor: 'mop',
    effectiveOn: MES_SPLIT,
    note: 'preschool, secondary, vocational education and child-rights protection',
  },
  { predecessor: 'mes', successor: 'mshe', effectiveOn: MES_SPLIT, note: 'science and higher education' },
  {
    predecessor: 'mids',
    successor: 'mci',
    effectiveOn: null,
    note: '2023 reorganisation: information policy',
  },
  { predecessor: 'mcs', successor: 'mci', effectiveOn: null, note: '2023 reorganisation: culture' },
  { predecessor: 'mcs', successor: 'mts', effectiveOn: null, note: '2023 reorganisation: sport (inferred)' },
  {
    predecessor: 'miid',
    successor: 'mic',
    effectiveOn: null,
    note: '2023 reorganisation: industry and construction',
  },
  { predecessor: 'miid', successor: 'mot', effectiveOn: null, note: '2023 reorganisation: transport' },
];

/** Akimat names: Kazakh genitive of the region, Russian genitive, English. */
const AKIMAT_NAMES: Record<string, [string, string, string]> = {
  '100000000': ['Абай облысының әкімдігі', 'Акимат области Абай', 'Akimat of Abai Region'],
  '110000000': ['Ақмола облысының әкімдігі', 'Акимат Акмолинской области', 'Akimat of Akmola Region'],
  '150000000': ['Ақтөбе облысының әкімдігі', 'Акимат Актюбинской области', 'Akimat of Aktobe Region'],
  '190000000': ['Алматы облысының әкімдігі', 'Акимат Алматинской области', 'Akimat of Almaty Region'],
  '230000000': ['Атырау облысының әкімдігі', 'Акимат Атырауской области', 'Akimat of Atyrau Region'],
  '270000000': [
    'Батыс Қазақстан облысының әкімдігі',
    'Акимат Западно-Казахстанской области',
    'Akimat of West Kazakhstan Region',
  ],
  '310000000': ['Жамбыл облысының әкімдігі', 'Акимат Жамбылской области', 'Akimat of Jambyl Region'],
  '330000000': ['Жетісу облысының әкімдігі', 'Акимат области Жетісу', 'Akimat of Jetisu Region'],
  '350000000': [
    'Қарағанды облысының әкімдігі',
    'Акимат Карагандинской области',
    'Akimat of Karaganda Region',
  ],
  '390000000': ['Қостанай облысының әкімдігі', 'Акимат Костанайской области', 'Akimat of Kostanay Region'],
  '430000000': [
    'Қызылорда облысының әкімдігі',
    'Акимат Кызылординской области',
    'Akimat of Kyzylorda Region',
  ],
  '470000000': ['Маңғыстау облысының әкімдігі', 'Акимат Мангистауской области', 'Akimat of Mangystau Region'],
  '550000000': ['Павлодар облысының әкімдігі', 'Акимат Павлодарской области', 'Akimat of Pavlodar Region'],
  '590000000': [
    'Солтүстік Қазақстан облысының әкімдігі',
    'Акимат Северо-Казахстанской области',
    'Akimat of North Kazakhstan Region',
  ],
  '610000000': ['Түркістан облысының әкімдігі', 'Акимат Туркестанской области', 'Akimat of Turkistan Region'],
  '620000000': ['Ұлытау облысының әкімдігі', 'Акимат области Ұлытау', 'Akimat of Ulytau Region'],
  '630000000': [
    'Шығыс Қазақстан облысының әкімдігі',
    'Акимат Восточно-Казахстанской области',
    'Akimat of East Kazakhstan Region',
  ],
  '710000000': ['Астана қаласының әкімдігі', 'Акимат города Астаны', 'Akimat of Astana'],
  '750000000': ['Алматы қаласының әкімдігі', 'Акимат города Алматы', 'Akimat of Almaty'],
  '790000000': ['Шымкент қаласының әкімдігі', 'Акимат города Шымкента', 'Akimat of Shymkent'],
};

const NEW_REGIONS = new Set(['100000000', '330000000', '620000000']);

/** The 20 regional akimats ("ЖАО" in the roadmap), three of them only since the June 2022 reform. */
export const AKIMATS: DemoOrganisation[] = Object.entries(AKIMAT_NAMES).map(([code, [kk, ru, en]]) => ({
  code: `akimat-${code}`,
  type: 'akimat',
  agency: 'local_government',
  level: 'region',
  kk,
  ru,
  en,
  abbreviationKk: 'ЖАО',
  abbreviationRu: 'МИО',
  territoryCode: code,
  ...(NEW_REGIONS.has(code) ? { validFrom: REGION_REFORM_2022 } : {}),
}));

interface DemoRegion {
  region: string;
  district: string;
  /** How the region and district read in each language, for composing organisation names. */
  regionKk: string;
  regionRu: string;
  regionEn: string;
  districtKk: string;
  districtRu: string;
  districtEn: string;
  schools: [number, number];
  clinic: number;
}

const DEMO_REGIONS: DemoRegion[] = [
  {
    region: '710000000',
    district: '711110000',
    regionKk: 'Астана қаласының',
    regionRu: 'города Астаны',
    regionEn: 'Astana',
    districtKk: 'Алматы ауданы',
    districtRu: 'района Алматы',
    districtEn: 'Almaty District',
    schools: [12, 47],
    clinic: 4,
  },
  {
    region: '350000000',
    district: '351000000',
    regionKk: 'Қарағанды облысының',
    regionRu: 'Карагандинской области',
    regionEn: 'Karaganda Region',
    districtKk: 'Қарағанды қаласы',
    districtRu: 'города Караганды',
    districtEn: 'Karaganda City',
    schools: [3, 38],
    clinic: 1,
  },
  {
    region: '750000000',
    district: '751110000',
    regionKk: 'Алматы қаласының',
    regionRu: 'города Алматы',
    regionEn: 'Almaty',
    districtKk: 'Алмалы ауданы',
    districtRu: 'Алмалинского района',
    districtEn: 'Almaly District',
    schools: [25, 131],
    clinic: 5,
  },
];

/** Front-line organisations in three regions: education, schools, police, health, social protection, KDN, helpline. */
export const FRONT_LINE: DemoOrganisation[] = DEMO_REGIONS.flatMap((d) => {
  const R = d.region;
  const D = d.district;
  return [
    {
      code: `edu-${R}`,
      type: 'education_department',
      agency: 'education',
      level: 'region',
      kk: `${d.regionKk} білім басқармасы`,
      ru: `Управление образования ${d.regionRu}`,
      en: `${d.regionEn} Education Department`,
      territoryCode: R,
      parent: 'mop',
    },
    {
      code: `edu-${D}`,
      type: 'education_department',
      agency: 'education',
      level: 'district',
      kk: `${d.districtKk} бойынша білім бөлімі`,
      ru: `Отдел образования ${d.districtRu}`,
      en: `Education Division, ${d.districtEn}`,
      territoryCode: D,
      parent: `edu-${R}`,
    },
    ...d.schools.map(
      (n, i): DemoOrganisation => ({
        code: `school-${D}-${i + 1}`,
        type: 'school',
        agency: 'education',
        level: 'local',
        kk: i === 0 ? `№ ${n} мектеп-лицей` : `№ ${n} жалпы білім беретін мектеп`,
        ru: i === 0 ? `Школа-лицей № ${n}` : `Общеобразовательная школа № ${n}`,
        en: i === 0 ? `School-Lyceum No. ${n}` : `Secondary School No. ${n}`,
        territoryCode: D,
        parent: `edu-${D}`,
      }),
    ),
    {
      code: `police-${D}`,
      type: 'police_unit',
      agency: 'interior',
      level: 'district',
      kk: `${d.districtKk} полиция басқармасының ювеналдық полиция бөлімшесі`,
      ru: `Отделение ювенальной полиции Управления полиции ${d.districtRu}`,
      en: `Juvenile Police Unit, ${d.districtEn} Police Department`,
      territoryCode: D,
      parent: 'mia',
    },
    {
      code: `clinic-${D}`,
      type: 'health_facility',
      agency: 'health',
      level: 'local',
      kk: `№ ${d.clinic} қалалық емхана`,
      ru: `Городская поликлиника № ${d.clinic}`,
      en: `City Polyclinic No. ${d.clinic}`,
      territoryCode: D,
    },
    {
      code: `social-${D}`,
      type: 'social_protection_department',
      agency: 'labour',
      level: 'district',
      kk: `${d.districtKk} жұмыспен қамту және әлеуметтік бағдарламалар бөлімі`,
      ru: `Отдел занятости и социальных программ ${d.districtRu}`,
      en: `Employment and Social Programmes Division, ${d.districtEn}`,
      territoryCode: D,
    },
    {
      // The regional centre's office sits in the demo district, which places its staff there.
      code: `psc-${R}`,
      type: 'psychological_support_centre',
      agency: 'education',
      level: 'region',
      kk: `${d.regionKk} психологиялық қолдау орталығы`,
      ru: `Центр психологической поддержки ${d.regionRu}`,
      en: `${d.regionEn} Psychological Support Centre`,
      territoryCode: D,
      parent: `edu-${R}`,
    },
    {
      code: `kdn-${R}`,
      type: 'kdn',
      agency: 'local_government',
      level: 'region',
      kk: `${d.regionKk} әкімдігі жанындағы кәмелетке толмағандардың істері және олардың құқықтарын қорғау жөніндегі комиссия`,
      ru: `Комиссия по делам несовершеннолетних и защите их прав при акимате ${d.regionRu}`,
      en: `Commission on Juvenile Affairs and Protection of Their Rights, ${d.regionEn} Akimat`,
      territoryCode: R,
      parent: `akimat-${R}`,
    },
    {
      code: `callcentre-${R}`,
      type: 'call_centre',
      agency: 'information',
      level: 'region',
      kk: `${d.regionKk} 111 байланыс орталығы`,
      ru: `Контакт-центр 111 ${d.regionRu}`,
      en: `${d.regionEn} 111 Contact Centre`,
      territoryCode: R,
    },
  ];
});

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [...CENTRAL_BODIES, ...AKIMATS, ...FRONT_LINE];

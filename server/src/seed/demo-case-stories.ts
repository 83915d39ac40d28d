import type {
  CaseSource,
  Concern,
  DeclineReason,
  FamilyRelation,
  FlagReason,
  IncidentPlace,
  InterventionType,
  PerpetratorRelation,
  ReferralOutcome,
  RiskLevel,
  WorkflowCommand,
} from '@qorgau/domain/cases/index';
import type { OrganisationType } from '@qorgau/domain/identity/organisation';

/*
 * The demo cases: invented children in the three demo districts (Almaty District of Astana, Karaganda,
 * Almaly District of Almaty), each with a story told through the real services by the demo accounts — who
 * registered it, who was contacted when, which agencies were asked for what and how they answered, what the
 * supervisor approved. Times are hours before the seeding ("hoursAgo") and hours after registration for each
 * step, so a fresh installation always has a breached response clock, overdue tasks and a closure waiting.
 *
 * Names, addresses and telephone numbers are invented (numbers in the fictional 555 range).
 */

/** The demo accounts that work cases. */
export type DemoWorker =
  | 'psychologist'
  | 'psychologist2'
  | 'psychologist3'
  | 'pedagogue'
  | 'pedagogue2'
  | 'inspector'
  | 'inspector2'
  | 'inspector3'
  | 'supervisor'
  | 'supervisor2'
  | 'supervisor3'
  | 'casemanager'
  | 'nurse'
  | 'socialworker'
  | 'kdn'
  | 'helpline';

export const DEMO_WORKERS: readonly DemoWorker[] = [
  'psychologist',
  'psychologist2',
  'psychologist3',
  'pedagogue',
  'pedagogue2',
  'inspector',
  'inspector2',
  'inspector3',
  'supervisor',
  'supervisor2',
  'supervisor3',
  'casemanager',
  'nurse',
  'socialworker',
  'kdn',
  'helpline',
];

/** The demo districts (KATO), where the children live and the cases are placed. */
export const ASTANA_ALMATY_DISTRICT = '711110000';
export const KARAGANDA = '351000000';
export const ALMATY_ALMALY = '751110000';
type District = typeof ASTANA_ALMATY_DISTRICT | typeof KARAGANDA | typeof ALMATY_ALMALY;

export interface DemoRelative {
  relation: FamilyRelation;
  name: readonly [string, string, string?];
  phone?: string;
  legal: boolean;
  lives: boolean;
  /** False when contacting them could alert the alleged perpetrator. */
  safe: boolean;
}

export interface DemoChild {
  name: readonly [string, string, string?];
  writtenIn: 'kk' | 'ru';
  latin?: readonly [string, string];
  sex: 'male' | 'female';
  /** Age in years on the day of seeding, plus months, for the birth date. */
  age: number;
  months?: number;
  /** 'none': no IIN known; 'mismatch': an IIN whose date digits differ (a warning, not an error). */
  iin: 'valid' | 'none' | 'mismatch';
  /** Only an estimated age is known (a child found alone): no birth date. */
  estimated?: boolean;
  home: District;
  street: string;
  school?: { organisation: string; grade: number; letter: string };
  languages: readonly string[];
  disability?: { hasDisability: boolean; specialEducationalNeeds: boolean; notes: string };
  family: readonly DemoRelative[];
}

export interface DemoIncident {
  place: IncidentPlace;
  daysBefore: number;
  text: string;
  perpetrator?: { relation: PerpetratorRelation; familyMember?: number; livesWithChild?: boolean };
}

/** What one step of a story does, through which service. */
export type DemoAction =
  | { kind: 'contact' }
  | { kind: 'command'; command: WorkflowCommand }
  | { kind: 'assessment' }
  | { kind: 'plan' }
  | {
      kind: 'consent';
      givenBy: 'child' | 'parent' | 'legal_representative';
      types: OrganisationType[] | 'any';
    }
  | { kind: 'refer'; to: string; service: InterventionType; note?: string; overrideReason?: string }
  | { kind: 'accept' }
  | { kind: 'decline'; reason: DeclineReason; comment?: string }
  | { kind: 'complete'; outcome: ReferralOutcome; summary: string }
  | { kind: 'cancel'; reason: string }
  | { kind: 'task'; title: string; dueAfterHours: number; assignee?: DemoWorker }
  | { kind: 'done'; task: number; result: string }
  | { kind: 'note'; text: string }
  | { kind: 'flag'; reason: FlagReason; note?: string }
  | { kind: 'assign'; worker: DemoWorker }
  | { kind: 'transfer'; to: string; toWorker?: DemoWorker; reason: string }
  | { kind: 'accept_transfer' };

/** A step: hours after registration, by whom, what. */
export interface DemoStep {
  at: number;
  by: DemoWorker;
  action: DemoAction;
}

export interface DemoCase {
  /** A short stable name for tests and the README ("A1", "K3", "L5"). */
  key: string;
  by: DemoWorker;
  hoursAgo: number;
  source: CaseSource;
  concerns: Concern[];
  risk: RiskLevel;
  reason: string;
  child: DemoChild;
  incident: DemoIncident;
  steps: DemoStep[];
}

const POLICE_ASTANA = 'police-711110000';
const CLINIC_ASTANA = 'clinic-711110000';
const SOCIAL_ASTANA = 'social-711110000';
const PSC_ASTANA = 'psc-710000000';
const POLICE_KARAGANDA = 'police-351000000';
const POLICE_ALMATY = 'police-751110000';
const CLINIC_ALMATY = 'clinic-751110000';
const SCHOOL_12 = 'school-711110000-1';
const SCHOOL_47 = 'school-711110000-2';
const SCHOOL_3_KARAGANDA = 'school-351000000-1';
const SCHOOL_38_KARAGANDA = 'school-351000000-2';
const SCHOOL_25_ALMATY = 'school-751110000-1';

const step = (at: number, by: DemoWorker, action: DemoAction): DemoStep => ({ at, by, action });
const contact = (at: number, by: DemoWorker) => step(at, by, { kind: 'contact' });
const command = (at: number, by: DemoWorker, c: WorkflowCommand) =>
  step(at, by, { kind: 'command', command: c });
const assess = (at: number, by: DemoWorker) => step(at, by, { kind: 'assessment' });
const plan = (at: number, by: DemoWorker) => step(at, by, { kind: 'plan' });
const submit = (at: number, by: DemoWorker, subject: 'assessment' | 'case_plan') =>
  command(at, by, { type: 'submit', subject });
const approve = (
  at: number,
  by: DemoWorker,
  subject: 'assessment' | 'case_plan' | 'closure',
  comment?: string,
) => command(at, by, { type: 'approve', subject, ...(comment ? { comment } : {}) });
const refer = (
  at: number,
  by: DemoWorker,
  to: string,
  service: InterventionType,
  extra: { note?: string; overrideReason?: string } = {},
) => step(at, by, { kind: 'refer', to, service, ...extra });
const consent = (
  at: number,
  by: DemoWorker,
  givenBy: 'child' | 'parent' | 'legal_representative',
  types: OrganisationType[] | 'any',
) => step(at, by, { kind: 'consent', givenBy, types });
const task = (at: number, by: DemoWorker, title: string, dueAfterHours: number) =>
  step(at, by, { kind: 'task', title, dueAfterHours });
const note = (at: number, by: DemoWorker, text: string) => step(at, by, { kind: 'note', text });

/** Assessment started, written, submitted and approved by the supervisor (about two days in all). */
const assessedAndApproved = (at: number, worker: DemoWorker, supervisor: DemoWorker, comment?: string) => [
  command(at, worker, { type: 'start_assessment' }),
  assess(at + 20, worker),
  submit(at + 21, worker, 'assessment'),
  approve(at + 40, supervisor, 'assessment', comment),
];

/** Case plan written, submitted and approved (the case moves to implementation). */
const plannedAndApproved = (at: number, worker: DemoWorker, supervisor: DemoWorker) => [
  plan(at, worker),
  submit(at + 1, worker, 'case_plan'),
  approve(at + 20, supervisor, 'case_plan'),
];

const DAY = 24;

const mother = (name: readonly [string, string, string?], phone: string, lives = true): DemoRelative => ({
  relation: 'mother',
  name,
  phone,
  legal: true,
  lives,
  safe: true,
});
const father = (
  name: readonly [string, string, string?],
  phone: string,
  safe = true,
  lives = true,
): DemoRelative => ({ relation: 'father', name, phone, legal: true, lives, safe });

/* ───────────────────────────── Astana, Almaty District ───────────────────────────── */

const ASTANA: DemoCase[] = [
  {
    key: 'A1',
    by: 'psychologist',
    hoursAgo: 20 * DAY,
    source: 'school',
    concerns: ['physical_abuse'],
    risk: 'high',
    reason: 'Әкесі баламен бірге тұрады, зорлық-зомбылық қайталануы мүмкін.',
    child: {
      name: ['Дәулетов', 'Ерасыл', 'Бауыржанұлы'],
      writtenIn: 'kk',
      latin: ['Dauletov', 'Yerassyl'],
      sex: 'male',
      age: 12,
      months: 4,
      iin: 'valid',
      home: ASTANA_ALMATY_DISTRICT,
      street: 'Тәуелсіздік даңғылы, 21, 58-пәтер',
      school: { organisation: SCHOOL_12, grade: 6, letter: 'Б' },
      languages: ['kk', 'ru'],
      family: [
        mother(['Дәулетова', 'Айнұр', 'Қайратқызы'], '+7 701 555 01 12'),
        father(['Дәулетов', 'Бауыржан', 'Серікұлы'], '+7 701 555 01 13', false),
      ],
    },
    incident: {
      place: 'home',
      daysBefore: 1,
      text: 'Дене шынықтыру сабағында баланың білегі мен арқасында көгерген іздер байқалды. Ерасыл әкесі ашуланғанда белдікпен ұратынын айтты.',
      perpetrator: { relation: 'father', familyMember: 1, livesWithChild: true },
    },
    steps: [
      contact(1.5, 'psychologist'),
      step(2, 'psychologist', {
        kind: 'flag',
        reason: 'perpetrator_in_household',
        note: 'Әкесі отбасымен бірге тұрады: тек анасына хабарласыңыз.',
      }),
      refer(2.5, 'psychologist', POLICE_ASTANA, 'protection_order', {
        note: 'Баланың денесінде соққы іздері бар, үйде әкесі ұрады.',
      }),
      step(3, 'psychologist', { kind: 'assign', worker: 'pedagogue' }),
      step(6, 'inspector', { kind: 'accept' }),
      note(30, 'inspector', 'Отбасына бардық, әкесімен профилактикалық әңгіме жүргізілді.'),
      ...assessedAndApproved(24, 'psychologist', 'supervisor', 'Бағалау толық, келісемін.'),
      step(120, 'inspector', {
        kind: 'complete',
        outcome: 'service_provided',
        summary: 'Әкесіне қорғау нұсқамасы берілді, отбасы профилактикалық есепке алынды.',
      }),
      ...plannedAndApproved(140, 'psychologist', 'supervisor'),
      task(170, 'psychologist', 'Ерасылмен апта сайынғы жеке кездесу', 7 * DAY),
      step(330, 'psychologist', {
        kind: 'done',
        task: 0,
        result: 'Төрт кездесу өтті, бала ашық сөйлесе бастады.',
      }),
      task(400, 'psychologist', 'Анасымен ата-ана бағдарламасы туралы кездесу', 5 * DAY),
    ],
  },
  {
    key: 'A2',
    by: 'psychologist',
    hoursAgo: 9 * DAY,
    source: 'school',
    concerns: ['self_harm', 'suicidal_thoughts'],
    risk: 'immediate',
    reason:
      'Өз-өзіне зиян келтіру іздері және «өмір сүргім келмейді» деген жазба: бала жалғыз қалмауы керек.',
    child: {
      name: ['Әбдірахманова', 'Аружан', 'Талғатқызы'],
      writtenIn: 'kk',
      latin: ['Abdirakhmanova', 'Aruzhan'],
      sex: 'female',
      age: 15,
      months: 2,
      iin: 'valid',
      home: ASTANA_ALMATY_DISTRICT,
      street: 'Абай даңғылы, 47, 12-пәтер',
      school: { organisation: SCHOOL_12, grade: 9, letter: 'А' },
      languages: ['kk'],
      family: [
        mother(['Әбдірахманова', 'Гүлжан', 'Бекқызы'], '+7 702 555 02 21'),
        father(['Әбдірахманов', 'Талғат', 'Ерланұлы'], '+7 702 555 02 22'),
      ],
    },
    incident: {
      place: 'school',
      daysBefore: 0,
      text: 'Сынып жетекшісі Аружанның білегіндегі кесілген іздерді көрді. Дәптерінде «өмір сүргім келмейді» деп жазылған.',
    },
    steps: [
      consent(0.3, 'psychologist', 'parent', 'any'),
      contact(0.5, 'psychologist'),
      refer(1, 'psychologist', CLINIC_ASTANA, 'psychiatric_care', {
        note: 'Шұғыл: балалар психиатрының кеңесі керек.',
      }),
      step(3, 'nurse', { kind: 'accept' }),
      command(20, 'psychologist', { type: 'start_assessment' }),
      note(30, 'nurse', 'Бала психиатрдың қабылдауына жазылды, анасы бірге келеді.'),
      assess(100, 'psychologist'),
      submit(101, 'psychologist', 'assessment'),
    ],
  },
  {
    key: 'A3',
    by: 'psychologist',
    hoursAgo: 5 * DAY,
    source: 'school',
    concerns: ['bullying', 'cyberbullying'],
    risk: 'medium',
    reason: 'Бала мектепке барудан бас тартады; тікелей қауіп жоқ.',
    child: {
      name: ['Ким', 'Виктория', 'Андреевна'],
      writtenIn: 'ru',
      latin: ['Kim', 'Viktoriya'],
      sex: 'female',
      age: 11,
      months: 7,
      iin: 'valid',
      home: ASTANA_ALMATY_DISTRICT,
      street: 'Жеңіс даңғылы, 59, 104-пәтер',
      school: { organisation: SCHOOL_12, grade: 5, letter: 'В' },
      languages: ['ru', 'kk'],
      family: [mother(['Ким', 'Елена', 'Викторовна'], '+7 705 555 03 31')],
    },
    incident: {
      place: 'online',
      daysBefore: 3,
      text: 'Сыныптастары Викторияны сынып чатында мазақтап, суреттерін рұқсатсыз таратқан. Бала екі күн мектепке келмеді.',
      perpetrator: { relation: 'peer' },
    },
    steps: [
      contact(20, 'psychologist'),
      command(22, 'psychologist', { type: 'start_assessment' }),
      task(30, 'psychologist', 'Буллинг жасаған оқушылардың ата-аналарымен кездесу', 2 * DAY),
      task(31, 'psychologist', 'Сынып сағатында кибербуллинг туралы сабақ', 9 * DAY),
      assess(48, 'psychologist'),
    ],
  },
  {
    key: 'A4',
    by: 'pedagogue',
    hoursAgo: 35 * DAY,
    source: 'school',
    concerns: ['neglect'],
    risk: 'medium',
    reason: 'Бала жиі аш келеді, киімі маусымға сай емес; анасы жалғыз тәрбиелейді.',
    child: {
      name: ['Тоқтаров', 'Айбек', 'Ғалымұлы'],
      writtenIn: 'kk',
      sex: 'male',
      age: 8,
      months: 1,
      iin: 'valid',
      home: ASTANA_ALMATY_DISTRICT,
      street: 'Бейбітшілік көшесі, 33, 7-пәтер',
      school: { organisation: SCHOOL_12, grade: 2, letter: 'Ә' },
      languages: ['kk'],
      family: [mother(['Тоқтарова', 'Сәуле', 'Нұрланқызы'], '+7 747 555 04 41')],
    },
    incident: {
      place: 'home',
      daysBefore: 7,
      text: 'Айбек бір апта бойы таңғы асқа дейін тамақ ішпей келеді, қыста жұқа курткамен жүр. Анасы екі жұмыста істейді, бала кешке дейін үйде жалғыз.',
      perpetrator: { relation: 'mother', familyMember: 0, livesWithChild: true },
    },
    steps: [
      contact(10, 'pedagogue'),
      ...assessedAndApproved(30, 'pedagogue', 'supervisor'),
      refer(90, 'supervisor', SOCIAL_ASTANA, 'social_benefits', {
        overrideReason:
          'Отбасы аз қамтылған, бала тамақпен тұрақты қамтамасыз етілмейді; анасы келісімге қол қоюға келмеді.',
      }),
      step(130, 'socialworker', { kind: 'accept' }),
      ...plannedAndApproved(150, 'pedagogue', 'supervisor'),
      command(700, 'pedagogue', { type: 'start_review' }),
      task(710, 'pedagogue', 'Үйге қайта бару және тұрмыс жағдайын бағалау', 3 * DAY),
      note(
        720,
        'socialworker',
        'Отбасына атаулы әлеуметтік көмек тағайындалды, бала мектепте тегін тамақтанады.',
      ),
    ],
  },
  {
    key: 'A5',
    by: 'pedagogue',
    hoursAgo: 50 * DAY,
    source: 'school',
    concerns: ['running_away'],
    risk: 'high',
    reason: 'Бала екі түн үйге келмеген, қайда екені белгісіз болған.',
    child: {
      name: ['Исмаилов', 'Тимур', 'Русланович'],
      writtenIn: 'ru',
      latin: ['Ismailov', 'Timur'],
      sex: 'male',
      age: 14,
      months: 9,
      iin: 'valid',
      home: ASTANA_ALMATY_DISTRICT,
      street: 'Кенесары көшесі, 70, 15-пәтер',
      school: { organisation: SCHOOL_12, grade: 8, letter: 'В' },
      languages: ['ru'],
      family: [
        mother(['Исмаилова', 'Динара', 'Маратовна'], '+7 771 555 05 51'),
        {
          relation: 'stepfather',
          name: ['Горбунов', 'Олег', 'Петрович'],
          legal: false,
          lives: true,
          safe: true,
        },
      ],
    },
    incident: {
      place: 'street_or_public_place',
      daysBefore: 2,
      text: 'Тимур өгей әкесімен ұрысқаннан кейін үйден кетіп, екі түн достарының үйінде болған. Сабаққа келмеген.',
    },
    steps: [
      contact(3, 'pedagogue'),
      consent(3.5, 'pedagogue', 'parent', 'any'),
      refer(4, 'pedagogue', POLICE_ASTANA, 'home_visit'),
      step(6, 'inspector', { kind: 'accept' }),
      ...assessedAndApproved(48, 'pedagogue', 'supervisor'),
      step(60, 'inspector', {
        kind: 'complete',
        outcome: 'service_provided',
        summary: 'Бала табылды, отбасына қайтарылды; ата-анасымен әңгіме жүргізілді.',
      }),
      ...plannedAndApproved(150, 'pedagogue', 'supervisor'),
      command(1100, 'pedagogue', {
        type: 'request_closure',
        reason: 'goals_achieved',
        comment: 'Тимур үш айдан бері үйден кетпеді, отбасымен қарым-қатынасы жақсарды.',
      }),
      approve(1128, 'supervisor', 'closure', 'Мақсаттарға қол жеткізілді.'),
    ],
  },
  {
    key: 'A6',
    by: 'psychologist',
    hoursAgo: 40 * DAY,
    source: 'school',
    concerns: ['emotional_abuse', 'domestic_violence_witnessed'],
    risk: 'high',
    reason: 'Бала үйдегі жанжалдарға куә болады, әкесі баланы қорқытады.',
    child: {
      name: ['Омарова', 'Дильназ', 'Ерлановна'],
      writtenIn: 'ru',
      latin: ['Omarova', 'Dilnaz'],
      sex: 'female',
      age: 10,
      months: 5,
      iin: 'valid',
      home: ASTANA_ALMATY_DISTRICT,
      street: 'Сейфуллин көшесі, 8, 23-пәтер',
      school: { organisation: SCHOOL_12, grade: 4, letter: 'Г' },
      languages: ['ru', 'kk'],
      family: [
        mother(['Омарова', 'Жанна', 'Сериковна'], '+7 707 555 06 61'),
        father(['Омаров', 'Ерлан', 'Болатович'], '+7 707 555 06 62', false, false),
      ],
    },
    incident: {
      place: 'home',
      daysBefore: 3,
      text: 'Дильназ сабақта жылап, әкесі анасын ұрғанын, өзін «үйден қуамын» деп қорқытатынын айтты.',
      perpetrator: { relation: 'father', familyMember: 1, livesWithChild: true },
    },
    steps: [
      contact(5, 'psychologist'),
      refer(6, 'psychologist', POLICE_ASTANA, 'protection_order'),
      step(8, 'inspector', { kind: 'accept' }),
      ...assessedAndApproved(30, 'psychologist', 'supervisor'),
      ...plannedAndApproved(120, 'psychologist', 'supervisor'),
      step(200, 'inspector', {
        kind: 'complete',
        outcome: 'service_provided',
        summary: 'Әкесіне қатысты әкімшілік хаттама толтырылды, қорғау нұсқамасы берілді.',
      }),
      command(800, 'psychologist', { type: 'start_review' }),
      command(935, 'psychologist', {
        type: 'request_closure',
        reason: 'risk_eliminated',
        comment: 'Әкесі отбасынан бөлек тұрады, бала мен анасы қауіпсіз.',
      }),
    ],
  },
  {
    key: 'A7',
    by: 'psychologist',
    hoursAgo: 70 * DAY,
    source: 'school',
    concerns: ['substance_use'],
    risk: 'low',
    reason: 'Электронды темекі тартады; басқа заттар туралы дерек жоқ.',
    child: {
      name: ['Жұмабаев', 'Нұрсұлтан', 'Асқарұлы'],
      writtenIn: 'kk',
      sex: 'male',
      age: 16,
      months: 3,
      iin: 'valid',
      home: ASTANA_ALMATY_DISTRICT,
      street: 'Мәңгілік Ел даңғылы, 12, 301-пәтер',
      school: { organisation: SCHOOL_12, grade: 10, letter: 'А' },
      languages: ['kk', 'ru'],
      family: [
        mother(['Жұмабаева', 'Ләззат', 'Сейітқызы'], '+7 700 555 07 71'),
        father(['Жұмабаев', 'Асқар', 'Бекенұлы'], '+7 700 555 07 72'),
      ],
    },
    incident: {
      place: 'school',
      daysBefore: 1,
      text: 'Нұрсұлтан үзілісте дәретханада электронды темекі тартып тұрғанда ұсталды; сыныптастарына сатқан деген дерек бар.',
    },
    steps: [
      consent(25, 'psychologist', 'parent', 'any'),
      refer(26, 'psychologist', CLINIC_ASTANA, 'substance_use_treatment'),
      contact(30, 'psychologist'),
      step(40, 'psychologist', {
        kind: 'cancel',
        reason: 'Отбасы жеке нарколог-дәрігерге жүгінді, жолдама енді қажет емес.',
      }),
      ...assessedAndApproved(50, 'psychologist', 'supervisor'),
      ...plannedAndApproved(150, 'psychologist', 'supervisor'),
      command(900, 'psychologist', { type: 'request_closure', reason: 'goals_achieved' }),
      approve(920, 'supervisor', 'closure'),
      command(1580, 'psychologist', {
        type: 'reopen',
        reason: 'Сынып жетекшісі баланың қайтадан электронды темекі тартқанын хабарлады.',
      }),
    ],
  },
  {
    key: 'A8',
    by: 'pedagogue2',
    hoursAgo: 3 * DAY,
    source: 'school',
    concerns: ['bullying'],
    risk: 'low',
    reason: 'Үзілісте итеріп, затын тартып алады; жарақат жоқ.',
    child: {
      name: ['Сейітқали', 'Алдияр', 'Нұржанұлы'],
      writtenIn: 'kk',
      sex: 'male',
      age: 9,
      months: 6,
      iin: 'valid',
      home: ASTANA_ALMATY_DISTRICT,
      street: 'Қабанбай батыр даңғылы, 40, 9-пәтер',
      school: { organisation: SCHOOL_47, grade: 3, letter: 'А' },
      languages: ['kk'],
      family: [mother(['Сейітқали', 'Мереке', 'Ақанқызы'], '+7 776 555 08 81')],
    },
    incident: {
      place: 'school',
      daysBefore: 2,
      text: 'Жоғары сынып оқушылары Алдиярды үзілісте итеріп, телефонын тартып алған. Бала үзілісте сыныптан шықпайды.',
      perpetrator: { relation: 'peer' },
    },
    steps: [
      contact(6, 'pedagogue2'),
      note(8, 'pedagogue2', 'Сынып жетекшісімен сөйлестім, кезекші мұғалімдер үзілісте дәлізді бақылайды.'),
    ],
  },
  {
    key: 'A9',
    by: 'pedagogue2',
    hoursAgo: 10,
    source: 'school',
    concerns: ['online_grooming'],
    risk: 'high',
    reason: 'Бейтаныс ересек адам балаға жазып, кездесуге шақырған.',
    child: {
      name: ['Есенова', 'Айша', 'Бекзатқызы'],
      writtenIn: 'kk',
      latin: ['Yessenova', 'Aisha'],
      sex: 'female',
      age: 13,
      months: 8,
      iin: 'valid',
      home: ASTANA_ALMATY_DISTRICT,
      street: 'Күйші Дина көшесі, 18, 56-пәтер',
      school: { organisation: SCHOOL_47, grade: 7, letter: 'Ә' },
      languages: ['kk', 'ru'],
      family: [
        mother(['Есенова', 'Гүлнар', 'Сәбитқызы'], '+7 708 555 09 91'),
        father(['Есенов', 'Бекзат', 'Әлібекұлы'], '+7 708 555 09 92'),
      ],
    },
    incident: {
      place: 'online',
      daysBefore: 1,
      text: 'Әлеуметтік желіде өзін 16 жастамын деп таныстырған адам Айшадан суреттер сұрап, сенбі күні кездесуге шақырған. Хат алмасудың скриншоттары сақталған.',
      perpetrator: { relation: 'online_contact' },
    },
    steps: [
      contact(1, 'pedagogue2'),
      refer(2, 'pedagogue2', POLICE_ASTANA, 'protection_order', {
        note: 'Скриншоттар анасында сақтаулы; кездесу сенбіге белгіленген.',
      }),
    ],
  },
  {
    key: 'A10',
    by: 'helpline',
    hoursAgo: 1 + 40 / 60,
    source: 'citizen',
    concerns: ['neglect'],
    risk: 'immediate',
    reason: 'Ребёнок около шести лет второй день один в квартире.',
    child: {
      name: ['Ахметов', 'Данияр'],
      writtenIn: 'ru',
      sex: 'male',
      age: 6,
      estimated: true,
      iin: 'none',
      home: ASTANA_ALMATY_DISTRICT,
      street: 'ул. Иманова, 11, кв. 44',
      languages: ['kk', 'ru'],
      family: [],
    },
    incident: {
      place: 'home',
      daysBefore: 0,
      text: 'Соседка позвонила на 111: мальчик около шести лет второй день один в квартире, плачет, мать не отвечает на звонки.',
      perpetrator: { relation: 'mother' },
    },
    steps: [
      refer(0.5, 'casemanager', POLICE_ASTANA, 'home_visit', {
        overrideReason: 'Шестилетний ребёнок второй день один дома; ждать согласия нельзя.',
        note: 'Нужен немедленный выезд по адресу.',
      }),
    ],
  },
  {
    key: 'A11',
    by: 'helpline',
    hoursAgo: 30,
    source: 'helpline',
    concerns: ['suicidal_thoughts'],
    risk: 'high',
    reason: 'Говорила о мыслях о смерти, плана не назвала; живёт с родителями.',
    child: {
      name: ['Смагулова', 'Камила', 'Ринатовна'],
      writtenIn: 'ru',
      sex: 'female',
      age: 15,
      months: 10,
      iin: 'none',
      home: ASTANA_ALMATY_DISTRICT,
      street: 'ул. Бейбітшілік, 25',
      languages: ['ru'],
      family: [],
    },
    incident: {
      place: 'home',
      daysBefore: 0,
      text: 'Девочка позвонила ночью на 111, говорила, что «устала жить», после ссоры с родителями из-за оценок. Назвала школу и район, от встречи с психологом не отказалась.',
    },
    steps: [
      consent(0.5, 'helpline', 'child', ['psychological_support_centre']),
      refer(0.6, 'helpline', PSC_ASTANA, 'psychological_counselling', {
        note: 'Девочка согласна встретиться с психологом; просила не сообщать в школу.',
      }),
    ],
  },
  {
    key: 'A12',
    by: 'nurse',
    hoursAgo: 12 * DAY,
    source: 'health_facility',
    concerns: ['neglect'],
    risk: 'medium',
    reason: 'Бала салмақ қоспайды, екпелері жасалмаған; анасы көмекке келіседі.',
    child: {
      name: ['Қасымова', 'Інжу', 'Әлібекқызы'],
      writtenIn: 'kk',
      sex: 'female',
      age: 1,
      months: 3,
      iin: 'valid',
      home: ASTANA_ALMATY_DISTRICT,
      street: 'Жұбанов көшесі, 5, 2-пәтер',
      languages: ['kk'],
      family: [mother(['Қасымова', 'Әсем', 'Ерғалиқызы'], '+7 778 555 12 21')],
    },
    incident: {
      place: 'home',
      daysBefore: 0,
      text: 'Патронаждық барғанда баланың салмағы жасына сай еместігі анықталды, пәтер суық, жоспарлы екпелер жасалмаған.',
      perpetrator: { relation: 'mother', familyMember: 0, livesWithChild: true },
    },
    steps: [
      contact(0.2, 'nurse'),
      consent(1, 'nurse', 'parent', ['social_protection_department']),
      refer(2, 'nurse', SOCIAL_ASTANA, 'social_support_at_home'),
      step(20, 'socialworker', { kind: 'accept' }),
      command(24, 'nurse', { type: 'start_assessment' }),
      task(30, 'nurse', 'Патронаждық қайта бару: салмағы мен тамақтануын тексеру', 9 * DAY),
    ],
  },
  {
    key: 'A13',
    by: 'nurse',
    hoursAgo: 6 * DAY,
    source: 'health_facility',
    concerns: ['physical_abuse'],
    risk: 'immediate',
    reason: 'Төрт жасар баланың денесінде әртүрлі уақыттағы күйік пен көгерген іздер.',
    child: {
      name: ['Мұқанов', 'Арсен', 'Ерболұлы'],
      writtenIn: 'kk',
      sex: 'male',
      age: 4,
      months: 2,
      iin: 'valid',
      home: ASTANA_ALMATY_DISTRICT,
      street: 'Шәкәрім Құдайбердіұлы даңғылы, 17, 88-пәтер',
      languages: ['kk'],
      family: [
        mother(['Мұқанова', 'Дана', 'Серікқызы'], '+7 702 555 13 31'),
        {
          relation: 'parent_partner',
          name: ['Жолдасов', 'Ринат'],
          legal: false,
          lives: true,
          safe: false,
        },
      ],
    },
    incident: {
      place: 'home',
      daysBefore: 0,
      text: 'Анасы баланы «құлап қалды» деп әкелді; қарағанда иығында темекі күйігі мен арқасында әртүрлі уақыттағы көгерген іздер бар.',
      perpetrator: { relation: 'parent_partner', familyMember: 1, livesWithChild: true },
    },
    steps: [
      contact(0.1, 'nurse'),
      refer(0.3, 'nurse', POLICE_ASTANA, 'protection_order', {
        note: 'Бала әзірге емханада, анасы қасында.',
      }),
      step(0.5, 'nurse', { kind: 'flag', reason: 'perpetrator_in_household' }),
      step(1, 'inspector', { kind: 'accept' }),
      command(30, 'nurse', { type: 'start_assessment' }),
      step(100, 'inspector', {
        kind: 'complete',
        outcome: 'service_provided',
        summary: 'Сот-медициналық сараптама тағайындалды; анасының серігіне қатысты қылмыстық іс тіркелді.',
      }),
    ],
  },
  {
    key: 'A14',
    by: 'casemanager',
    hoursAgo: 25 * DAY,
    source: 'psychological_support_centre',
    concerns: ['sexual_abuse'],
    risk: 'immediate',
    reason: 'Зорлық жасаған адам баланың үйіне кіре алады.',
    child: {
      name: ['Сәрсенбаева', 'Ақбота', 'Нұрланқызы'],
      writtenIn: 'kk',
      sex: 'female',
      age: 14,
      months: 5,
      iin: 'valid',
      home: ASTANA_ALMATY_DISTRICT,
      street: 'Қонаев көшесі, 29, 140-пәтер',
      school: { organisation: SCHOOL_47, grade: 8, letter: 'Б' },
      languages: ['kk', 'ru'],
      family: [mother(['Сәрсенбаева', 'Жұлдыз', 'Маратқызы'], '+7 701 555 14 41')],
    },
    incident: {
      place: 'other_home',
      daysBefore: 2,
      text: 'Бала психологқа туысының үйінде ересек ағасы жыныстық зорлық жасағанын айтты.',
      perpetrator: { relation: 'other_relative' },
    },
    steps: [
      contact(0.8, 'casemanager'),
      refer(1, 'casemanager', POLICE_ASTANA, 'protection_order'),
      step(1, 'casemanager', {
        kind: 'flag',
        reason: 'court_proceedings',
        note: 'Қылмыстық іс тергеуде: баладан қайта жауап алмаңыз.',
      }),
      step(2, 'inspector', { kind: 'accept' }),
      consent(3, 'casemanager', 'parent', 'any'),
      refer(4, 'casemanager', CLINIC_ASTANA, 'medical_examination'),
      step(6, 'nurse', { kind: 'accept' }),
      ...assessedAndApproved(20, 'casemanager', 'supervisor'),
      step(50, 'nurse', {
        kind: 'complete',
        outcome: 'service_provided',
        summary: 'Педиатр мен гинеколог қарады; ем тағайындалды.',
      }),
      plan(200, 'casemanager'),
      submit(201, 'casemanager', 'case_plan'),
      command(230, 'supervisor', {
        type: 'reject',
        subject: 'case_plan',
        comment: 'Оңалту қызметтеріне психологпен кездесудің нақты кестесін қосыңыз.',
      }),
      step(300, 'inspector', {
        kind: 'complete',
        outcome: 'service_provided',
        summary: 'Қылмыстық іс қозғалды; бала сот-медициналық сараптамадан өтті.',
      }),
      plan(500, 'casemanager'),
    ],
  },
  {
    key: 'A15',
    by: 'casemanager',
    hoursAgo: 40 * DAY,
    source: 'health_facility',
    concerns: ['suicide_attempt'],
    risk: 'immediate',
    reason: 'Суицид жасауға әрекет: ауруханадан шыққаннан кейінгі алғашқы апталар ең қауіпті.',
    child: {
      name: ['Ғабитов', 'Ернар', 'Маратұлы'],
      writtenIn: 'kk',
      sex: 'male',
      age: 16,
      months: 8,
      iin: 'valid',
      home: ASTANA_ALMATY_DISTRICT,
      street: 'Сарайшық көшесі, 4, 61-пәтер',
      school: { organisation: SCHOOL_12, grade: 11, letter: 'Б' },
      languages: ['kk'],
      family: [
        mother(['Ғабитова', 'Салтанат', 'Әмірқызы'], '+7 705 555 15 51'),
        father(['Ғабитов', 'Марат', 'Қуанышұлы'], '+7 705 555 15 52'),
      ],
    },
    incident: {
      place: 'home',
      daysBefore: 3,
      text: 'Ернар дәрі ішіп, өзіне қол жұмсамақ болған; жедел жәрдеммен ауруханаға жеткізілді. Ауруханадан жолдама келді.',
    },
    steps: [
      contact(0.5, 'casemanager'),
      consent(1, 'casemanager', 'parent', 'any'),
      refer(1.5, 'casemanager', CLINIC_ASTANA, 'psychiatric_care'),
      step(2, 'casemanager', {
        kind: 'flag',
        reason: 'repeat_concern',
        note: 'Бұл баланың екінші әрекеті.',
      }),
      step(3, 'nurse', { kind: 'accept' }),
      ...assessedAndApproved(24, 'casemanager', 'supervisor'),
      ...plannedAndApproved(100, 'casemanager', 'supervisor'),
      task(110, 'casemanager', 'Қауіпсіздік жоспарын ай сайын қайта қарау', 30 * DAY),
      step(800, 'casemanager', {
        kind: 'done',
        task: 0,
        result: 'Қауіпсіздік жоспары Ернармен және ата-анасымен бірге жаңартылды.',
      }),
      task(850, 'casemanager', 'Мектеп психологымен бірлескен кездесу', 10 * DAY),
    ],
  },
  {
    key: 'A16',
    by: 'socialworker',
    hoursAgo: 15 * DAY,
    source: 'social_protection',
    concerns: ['child_labour'],
    risk: 'medium',
    reason: 'Бала сабақтан қалып, базарда жүк тасиды; денсаулығына қауіп бар.',
    child: {
      name: ['Әбілов', 'Бекжан', 'Қуанышұлы'],
      writtenIn: 'kk',
      sex: 'male',
      age: 13,
      months: 1,
      iin: 'valid',
      home: ASTANA_ALMATY_DISTRICT,
      street: 'Ақжол көшесі, 52',
      school: { organisation: SCHOOL_47, grade: 7, letter: 'Г' },
      languages: ['kk'],
      family: [
        mother(['Әбілова', 'Күләш', 'Темірқызы'], '+7 747 555 16 61'),
        { relation: 'grandmother', name: ['Әбілова', 'Роза'], legal: false, lives: true, safe: true },
      ],
    },
    incident: {
      place: 'workplace',
      daysBefore: 5,
      text: 'Бекжан аптасына үш күн сабақтан қалып, «Шапағат» базарында арба сүйреп жүк тасиды. Отбасы табысы тұрақсыз.',
      perpetrator: { relation: 'acquaintance' },
    },
    steps: [
      contact(4, 'socialworker'),
      command(10, 'socialworker', { type: 'start_assessment' }),
      assess(60, 'socialworker'),
      submit(61, 'socialworker', 'assessment'),
      approve(90, 'supervisor', 'assessment'),
      plan(150, 'socialworker'),
      submit(151, 'socialworker', 'case_plan'),
    ],
  },
  {
    key: 'A17',
    by: 'kdn',
    hoursAgo: 45 * DAY,
    source: 'kdn',
    concerns: ['offence_by_child', 'substance_use'],
    risk: 'medium',
    reason: 'Қайталанған құқық бұзушылық және алкоголь; ата-анасы бақылай алмайды.',
    child: {
      name: ['Рахимов', 'Даниял', 'Ерланович'],
      writtenIn: 'ru',
      latin: ['Rakhimov', 'Daniyal'],
      sex: 'male',
      age: 15,
      months: 6,
      iin: 'valid',
      home: ASTANA_ALMATY_DISTRICT,
      street: 'ул. Кошкарбаева, 34, кв. 19',
      school: { organisation: SCHOOL_47, grade: 9, letter: 'Б' },
      languages: ['ru'],
      family: [
        mother(['Рахимова', 'Светлана', 'Игоревна'], '+7 777 555 17 71'),
        father(['Рахимов', 'Ерлан', 'Мухтарович'], '+7 777 555 17 72', true, false),
      ],
    },
    incident: {
      place: 'street_or_public_place',
      daysBefore: 10,
      text: 'Даниял достарымен бірге дүкеннен ұрлық жасап ұсталды, мас күйде болған. Бұл — жыл ішіндегі екінші хаттама.',
    },
    steps: [
      contact(24, 'kdn'),
      consent(25, 'kdn', 'parent', 'any'),
      refer(26, 'kdn', PSC_ASTANA, 'tertiary_prevention'),
      ...assessedAndApproved(30, 'kdn', 'supervisor'),
      step(48, 'casemanager', { kind: 'accept' }),
      ...plannedAndApproved(200, 'kdn', 'supervisor'),
      task(220, 'kdn', 'КТІҚҚК отырысына ата-анасымен бірге шақыру', 7 * DAY),
      step(380, 'kdn', {
        kind: 'done',
        task: 0,
        result: 'Отырыс өтті; ата-анасына ескерту жасалды, бала спорт секциясына жазылды.',
      }),
      note(600, 'casemanager', 'Даниял үштік превенция бағдарламасының алты сабағына қатысты.'),
    ],
  },
  {
    key: 'A18',
    by: 'helpline',
    hoursAgo: 2 * DAY,
    source: 'helpline',
    concerns: ['domestic_violence_witnessed'],
    risk: 'high',
    reason: 'Отец избивает мать при ребёнке, последний раз вчера вечером.',
    child: {
      name: ['Ли', 'Алина', 'Сергеевна'],
      writtenIn: 'ru',
      latin: ['Li', 'Alina'],
      sex: 'female',
      age: 7,
      months: 4,
      iin: 'valid',
      home: ASTANA_ALMATY_DISTRICT,
      street: 'ул. Жансугурова, 8/1, кв. 31',
      school: { organisation: SCHOOL_12, grade: 1, letter: 'Б' },
      languages: ['ru'],
      family: [
        mother(['Ли', 'Марина', 'Викторовна'], '+7 700 555 18 81'),
        father(['Ли', 'Сергей', 'Андреевич'], '+7 700 555 18 82', false),
      ],
    },
    incident: {
      place: 'home',
      daysBefore: 1,
      text: 'Мать позвонила на 111: муж избил её при дочери, девочка спряталась в ванной и до сих пор плохо спит.',
      perpetrator: { relation: 'father', familyMember: 1, livesWithChild: true },
    },
    steps: [
      refer(0.5, 'helpline', POLICE_ASTANA, 'protection_order'),
      step(3, 'inspector', { kind: 'accept' }),
      consent(4, 'helpline', 'parent', 'any'),
      refer(5, 'helpline', CLINIC_ASTANA, 'psychological_counselling'),
      step(8, 'nurse', {
        kind: 'decline',
        reason: 'service_not_provided',
        comment: 'Емханада балалар психологы жоқ; психологиялық қолдау орталығына жолдаңыз.',
      }),
      refer(10, 'helpline', PSC_ASTANA, 'psychological_counselling'),
      step(12, 'casemanager', { kind: 'accept' }),
      contact(26, 'inspector'),
    ],
  },
  {
    key: 'A19',
    by: 'inspector',
    hoursAgo: 8 * DAY,
    source: 'police',
    concerns: ['offence_by_child'],
    risk: 'low',
    reason: 'Алғашқы құқық бұзушылық, отбасы қолдайды.',
    child: {
      name: ['Тұрсынбаев', 'Мирас', 'Дәулетұлы'],
      writtenIn: 'kk',
      sex: 'male',
      age: 14,
      months: 0,
      iin: 'mismatch',
      home: ASTANA_ALMATY_DISTRICT,
      street: 'Сығанақ көшесі, 10, 77-пәтер',
      school: { organisation: SCHOOL_12, grade: 8, letter: 'А' },
      languages: ['kk'],
      family: [
        mother(['Тұрсынбаева', 'Айгүл', 'Сапарқызы'], '+7 701 555 19 91'),
        father(['Тұрсынбаев', 'Дәулет', 'Омарұлы'], '+7 701 555 19 92'),
      ],
    },
    incident: {
      place: 'street_or_public_place',
      daysBefore: 1,
      text: 'Мирас сауда орталығынан құлаққап ұрлап, күзетшілер ұстаған. Ата-анасы шақырылды.',
    },
    steps: [
      contact(0.2, 'inspector'),
      consent(1, 'inspector', 'parent', ['school', 'psychological_support_centre']),
      refer(2, 'inspector', SCHOOL_12, 'educational_support', {
        note: 'Мектепте үштік превенция бойынша жұмыс жүргізу ұсынылады.',
      }),
    ],
  },
  {
    key: 'A20a',
    by: 'nurse',
    hoursAgo: 21 * DAY,
    source: 'health_facility',
    concerns: ['neglect'],
    risk: 'low',
    reason: 'Емделмеген отит, екпелер кешіктірілген; отбасы көмекке келіседі.',
    child: {
      name: ['Жанибеков', 'Арман', 'Серикович'],
      writtenIn: 'ru',
      sex: 'male',
      age: 7,
      months: 2,
      iin: 'none',
      home: ASTANA_ALMATY_DISTRICT,
      street: 'ул. Сарайшык, 36, кв. 5',
      languages: ['kk', 'ru'],
      family: [mother(['Жанибекова', 'Алия'], '+7 705 555 20 01')],
    },
    incident: {
      place: 'home',
      daysBefore: 0,
      text: 'Бала екі апта бойы құлағы ауырып жүрген, ешқандай ем қабылдамаған. Жоспарлы екпелер бір жылға кешіктірілген.',
    },
    steps: [contact(0.5, 'nurse')],
  },
  {
    key: 'A20b',
    by: 'pedagogue',
    hoursAgo: 6 * DAY,
    source: 'school',
    concerns: ['bullying'],
    risk: 'low',
    reason: 'Сыныптастары мазақтайды; бала мұғаліммен сөйлесуге дайын.',
    child: {
      name: ['Жәнібеков', 'Арман', 'Серікұлы'],
      writtenIn: 'kk',
      sex: 'male',
      age: 7,
      months: 2,
      iin: 'valid',
      home: ASTANA_ALMATY_DISTRICT,
      street: 'Сарайшық көшесі, 36, 5-пәтер',
      school: { organisation: SCHOOL_12, grade: 1, letter: 'Ә' },
      languages: ['kk'],
      family: [mother(['Жәнібекова', 'Әлия', 'Ғабитқызы'], '+7 705 555 20 01')],
    },
    incident: {
      place: 'school',
      daysBefore: 2,
      text: 'Арманды сыныптастары есту аппараты үшін мазақтайды, ол сабақта жылап отырған.',
      perpetrator: { relation: 'peer' },
    },
    steps: [
      contact(2, 'pedagogue'),
      note(
        3,
        'pedagogue',
        'Емханада Арманның басқа жазбасы болуы мүмкін (аты-жөні орысша жазылған, ЖСН-сіз): супервизор тексерсін.',
      ),
    ],
  },
  {
    key: 'A21',
    by: 'psychologist',
    hoursAgo: 30 * DAY,
    source: 'school',
    concerns: ['bullying'],
    risk: 'low',
    reason: 'Сыныптастарымен жанжал, қауіп төмен.',
    child: {
      name: ['Сергеев', 'Максим', 'Игоревич'],
      writtenIn: 'ru',
      latin: ['Sergeyev', 'Maksim'],
      sex: 'male',
      age: 13,
      months: 3,
      iin: 'valid',
      home: ASTANA_ALMATY_DISTRICT,
      street: 'Жеңіс даңғылы, 75, 3-пәтер',
      school: { organisation: SCHOOL_12, grade: 7, letter: 'Б' },
      languages: ['ru'],
      family: [mother(['Сергеева', 'Ольга', 'Николаевна'], '+7 707 555 21 11')],
    },
    incident: {
      place: 'school',
      daysBefore: 2,
      text: 'Максимді үш сыныптасы мектептен кейін қуып жетіп, рюкзагын лақтырған. Бала жаңа мектепке ауысқысы келеді.',
      perpetrator: { relation: 'peer' },
    },
    steps: [
      contact(10, 'psychologist'),
      command(20, 'psychologist', { type: 'start_assessment' }),
      note(600, 'psychologist', 'Отбасы Қарағандыға көшті; іс сол жердегі мектепке беріледі.'),
      step(610, 'psychologist', {
        kind: 'transfer',
        to: SCHOOL_3_KARAGANDA,
        toWorker: 'psychologist2',
        reason: 'Отбасы Қарағанды қаласына көшті, бала № 3 мектеп-лицейге ауысты.',
      }),
      step(640, 'psychologist2', { kind: 'accept_transfer' }),
      note(
        650,
        'psychologist2',
        'Дело принято. Максим пришёл в 7 «Б», первая встреча назначена на понедельник.',
      ),
    ],
  },
  {
    key: 'A22',
    by: 'pedagogue',
    hoursAgo: 12 * DAY,
    source: 'school',
    concerns: ['emotional_abuse'],
    risk: 'medium',
    reason: 'Баланы үнемі қорлайды, бірақ дене жарақаты жоқ.',
    child: {
      name: ['Байтұрсынова', 'Томирис', 'Маратқызы'],
      writtenIn: 'kk',
      sex: 'female',
      age: 9,
      months: 11,
      iin: 'valid',
      home: ASTANA_ALMATY_DISTRICT,
      street: 'Орынбор көшесі, 14, 32-пәтер',
      school: { organisation: SCHOOL_12, grade: 4, letter: 'А' },
      languages: ['kk'],
      family: [
        mother(['Байтұрсынова', 'Ақмарал', 'Ғалымқызы'], '+7 776 555 22 21'),
        { relation: 'stepfather', name: ['Қожахметов', 'Нұрлан'], legal: false, lives: true, safe: false },
      ],
    },
    incident: {
      place: 'home',
      daysBefore: 4,
      text: 'Томирис өгей әкесі оны «ақымақ» деп атап, тамақтан қалдыратынын айтты; бала өзін кінәлі сезінеді.',
      perpetrator: { relation: 'step_parent', familyMember: 1, livesWithChild: true },
    },
    steps: [
      contact(5, 'pedagogue'),
      step(270, 'pedagogue', {
        kind: 'transfer',
        to: SCHOOL_47,
        reason: 'Отбасы көшті, Томирис № 47 мектепке ауысты.',
      }),
    ],
  },
];

/* ───────────────────────────── Karaganda ───────────────────────────── */

const KARAGANDA_CASES: DemoCase[] = [
  {
    key: 'K1',
    by: 'psychologist2',
    hoursAgo: 14 * DAY,
    source: 'school',
    concerns: ['physical_abuse'],
    risk: 'high',
    reason: 'Отчим проживает с ребёнком; повторные побои со слов мальчика.',
    child: {
      name: ['Иванов', 'Артём', 'Дмитриевич'],
      writtenIn: 'ru',
      latin: ['Ivanov', 'Artyom'],
      sex: 'male',
      age: 11,
      months: 2,
      iin: 'valid',
      home: KARAGANDA,
      street: 'ул. Ерубаева, 35, кв. 12',
      school: { organisation: SCHOOL_3_KARAGANDA, grade: 5, letter: 'А' },
      languages: ['ru'],
      family: [
        mother(['Иванова', 'Татьяна', 'Сергеевна'], '+7 721 555 31 11'),
        { relation: 'stepfather', name: ['Громов', 'Виталий'], legal: false, lives: true, safe: false },
      ],
    },
    incident: {
      place: 'home',
      daysBefore: 1,
      text: 'На уроке физкультуры учитель заметил синяки на спине. Артём рассказал, что отчим бьёт его ремнём за плохие оценки.',
      perpetrator: { relation: 'step_parent', familyMember: 1, livesWithChild: true },
    },
    steps: [
      contact(2, 'psychologist2'),
      refer(3, 'psychologist2', POLICE_KARAGANDA, 'protection_order'),
      step(5, 'inspector2', { kind: 'accept' }),
      ...assessedAndApproved(20, 'psychologist2', 'supervisor2'),
      step(100, 'inspector2', {
        kind: 'complete',
        outcome: 'service_provided',
        summary: 'Отчим привлечён к административной ответственности, выдано защитное предписание.',
      }),
      ...plannedAndApproved(110, 'psychologist2', 'supervisor2'),
      task(140, 'psychologist2', 'Встреча с матерью: план безопасности дома', 4 * DAY),
      task(150, 'psychologist2', 'Еженедельные занятия с психологом', 14 * DAY),
    ],
  },
  {
    key: 'K2',
    by: 'psychologist2',
    hoursAgo: 6 * DAY,
    source: 'school',
    concerns: ['bullying'],
    risk: 'medium',
    reason: 'Систематическая травля в классе, девочка замкнулась.',
    child: {
      name: ['Ахметова', 'Жансая', 'Ериковна'],
      writtenIn: 'ru',
      sex: 'female',
      age: 12,
      months: 6,
      iin: 'valid',
      home: KARAGANDA,
      street: 'пр. Бухар-Жырау, 49, кв. 70',
      school: { organisation: SCHOOL_3_KARAGANDA, grade: 6, letter: 'В' },
      languages: ['kk', 'ru'],
      family: [mother(['Ахметова', 'Гульнара', 'Болатовна'], '+7 721 555 32 21')],
    },
    incident: {
      place: 'school',
      daysBefore: 5,
      text: 'Одноклассницы не пускают Жансаю за парту, высмеивают её акцент; девочка перестала отвечать на уроках.',
      perpetrator: { relation: 'peer' },
    },
    steps: [
      contact(8, 'psychologist2'),
      command(24, 'psychologist2', { type: 'start_assessment' }),
      assess(90, 'psychologist2'),
      submit(91, 'psychologist2', 'assessment'),
    ],
  },
  {
    key: 'K3',
    by: 'inspector2',
    hoursAgo: 3 * DAY,
    source: 'police',
    concerns: ['running_away'],
    risk: 'high',
    reason: 'Повторный уход из дома, конфликт с матерью.',
    child: {
      name: ['Кузнецова', 'Полина', 'Алексеевна'],
      writtenIn: 'ru',
      sex: 'female',
      age: 15,
      months: 1,
      iin: 'valid',
      home: KARAGANDA,
      street: 'ул. Гоголя, 51, кв. 9',
      school: { organisation: SCHOOL_38_KARAGANDA, grade: 9, letter: 'А' },
      languages: ['ru'],
      family: [mother(['Кузнецова', 'Ирина', 'Павловна'], '+7 721 555 33 31')],
    },
    incident: {
      place: 'street_or_public_place',
      daysBefore: 0,
      text: 'Девочку нашёл патруль ночью на автовокзале; ушла из дома после ссоры с матерью, второй раз за месяц.',
    },
    steps: [
      contact(0.5, 'inspector2'),
      note(1, 'inspector2', 'Девочка доставлена домой, с матерью проведена беседа.'),
    ],
  },
  {
    key: 'K4',
    by: 'psychologist2',
    hoursAgo: 30 * DAY,
    source: 'school',
    concerns: ['harmful_content'],
    risk: 'low',
    reason: 'Смотрит опасные «челленджи», сам в них не участвовал.',
    child: {
      name: ['Нурланов', 'Айдос', 'Бахытович'],
      writtenIn: 'ru',
      sex: 'male',
      age: 13,
      months: 9,
      iin: 'valid',
      home: KARAGANDA,
      street: 'ул. Алиханова, 12, кв. 40',
      school: { organisation: SCHOOL_3_KARAGANDA, grade: 7, letter: 'А' },
      languages: ['kk', 'ru'],
      family: [father(['Нурланов', 'Бахыт', 'Серикович'], '+7 721 555 34 41')],
    },
    incident: {
      place: 'online',
      daysBefore: 3,
      text: 'Одноклассники сообщили, что Айдос пересылает видео опасных «челленджей» и подписан на группу с призывами к самоповреждению.',
    },
    steps: [
      contact(24, 'psychologist2'),
      command(30, 'psychologist2', { type: 'start_assessment' }),
      assess(60, 'psychologist2'),
      submit(61, 'psychologist2', 'assessment'),
      approve(80, 'supervisor2', 'assessment'),
      command(100, 'psychologist2', {
        type: 'request_closure',
        reason: 'concern_unfounded',
        comment: 'Опасность не подтвердилась; семье даны рекомендации по родительскому контролю.',
      }),
      approve(120, 'supervisor2', 'closure'),
    ],
  },
  {
    key: 'K5',
    by: 'inspector2',
    hoursAgo: 20 * DAY,
    source: 'police',
    concerns: ['child_labour'],
    risk: 'medium',
    reason: 'Работает на рынке вместо школы, семья в трудной ситуации.',
    child: {
      name: ['Бекмуратов', 'Санжар', 'Ержанович'],
      writtenIn: 'ru',
      sex: 'male',
      age: 12,
      months: 10,
      iin: 'valid',
      home: KARAGANDA,
      street: 'ул. Защитная, 7',
      school: { organisation: SCHOOL_38_KARAGANDA, grade: 6, letter: 'Б' },
      languages: ['kk', 'ru'],
      family: [
        mother(['Бекмуратова', 'Айжан', 'Толеуовна'], '+7 721 555 35 51'),
        father(['Бекмуратов', 'Ержан', 'Кайратович'], '+7 721 555 35 52'),
      ],
    },
    incident: {
      place: 'workplace',
      daysBefore: 2,
      text: 'При рейде на Центральном рынке мальчик грузил ящики в рабочее время школы; работает третий месяц.',
      perpetrator: { relation: 'acquaintance' },
    },
    steps: [
      contact(1, 'inspector2'),
      ...assessedAndApproved(24, 'inspector2', 'supervisor2'),
      ...plannedAndApproved(100, 'inspector2', 'supervisor2'),
      command(440, 'inspector2', {
        type: 'request_closure',
        reason: 'goals_achieved',
        comment: 'Мальчик больше не работает на рынке, посещает школу и секцию бокса.',
      }),
    ],
  },
  {
    key: 'K6',
    by: 'psychologist2',
    hoursAgo: 26,
    source: 'screening',
    concerns: ['self_harm'],
    risk: 'high',
    reason: 'Порезы на предплечье, положительный результат скрининга.',
    child: {
      name: ['Шевченко', 'Дарья', 'Олеговна'],
      writtenIn: 'ru',
      latin: ['Shevchenko', 'Darya'],
      sex: 'female',
      age: 14,
      months: 4,
      iin: 'valid',
      home: KARAGANDA,
      street: 'ул. Крылова, 22, кв. 15',
      school: { organisation: SCHOOL_3_KARAGANDA, grade: 8, letter: 'Б' },
      languages: ['ru'],
      family: [mother(['Шевченко', 'Наталья', 'Ивановна'], '+7 721 555 36 61')],
    },
    incident: {
      place: 'school',
      daysBefore: 1,
      text: 'На скрининге девочка ответила «да» на вопросы о самоповреждении; классный руководитель видел порезы на предплечье.',
    },
    steps: [],
  },
  {
    key: 'K7',
    by: 'psychologist2',
    hoursAgo: 60 * DAY,
    source: 'family_member',
    concerns: ['emotional_abuse'],
    risk: 'low',
    reason: 'Бабушка сообщила о постоянных унижениях со стороны отца.',
    child: {
      name: ['Омаров', 'Алихан', 'Тимурович'],
      writtenIn: 'ru',
      sex: 'male',
      age: 9,
      months: 3,
      iin: 'valid',
      home: KARAGANDA,
      street: 'ул. Ермекова, 60, кв. 2',
      school: { organisation: SCHOOL_3_KARAGANDA, grade: 3, letter: 'Г' },
      languages: ['kk', 'ru'],
      family: [
        father(['Омаров', 'Тимур', 'Маратович'], '+7 721 555 37 71'),
        {
          relation: 'grandmother',
          name: ['Омарова', 'Бибигуль'],
          phone: '+7 721 555 37 72',
          legal: false,
          lives: false,
          safe: true,
        },
      ],
    },
    incident: {
      place: 'home',
      daysBefore: 10,
      text: 'Бабушка рассказала, что отец постоянно кричит на мальчика и называет его «никчёмным»; Алихан стал заикаться.',
      perpetrator: { relation: 'father', familyMember: 0, livesWithChild: true },
    },
    steps: [
      contact(48, 'psychologist2'),
      ...assessedAndApproved(72, 'psychologist2', 'supervisor2'),
      ...plannedAndApproved(200, 'psychologist2', 'supervisor2'),
      command(1400, 'psychologist2', { type: 'start_review' }),
      task(1410, 'psychologist2', 'Промежуточная оценка с классным руководителем', 3 * DAY),
    ],
  },
];

/* ───────────────────────────── Almaty, Almaly District ───────────────────────────── */

const ALMATY_CASES: DemoCase[] = [
  {
    key: 'L1',
    by: 'psychologist3',
    hoursAgo: 18 * DAY,
    source: 'school',
    concerns: ['domestic_violence_witnessed'],
    risk: 'medium',
    reason: 'Девочка — свидетель насилия; отец живёт отдельно, но приходит домой.',
    child: {
      name: ['Жаксылыкова', 'Амина', 'Маратовна'],
      writtenIn: 'ru',
      sex: 'female',
      age: 8,
      months: 8,
      iin: 'valid',
      home: ALMATY_ALMALY,
      street: 'ул. Толе би, 150, кв. 8',
      school: { organisation: SCHOOL_25_ALMATY, grade: 2, letter: 'Б' },
      languages: ['ru', 'kk'],
      family: [
        mother(['Жаксылыкова', 'Асель', 'Нуржановна'], '+7 727 555 41 11'),
        father(['Жаксылыков', 'Марат', 'Ерболович'], '+7 727 555 41 12', false, false),
      ],
    },
    incident: {
      place: 'home',
      daysBefore: 3,
      text: 'Амина нарисовала на уроке, как папа бьёт маму; рассказала, что плачет по ночам и боится, когда он приходит.',
      perpetrator: { relation: 'father', familyMember: 1, livesWithChild: false },
    },
    steps: [
      contact(6, 'psychologist3'),
      refer(7, 'psychologist3', POLICE_ALMATY, 'protection_order'),
      step(10, 'inspector3', { kind: 'accept' }),
      ...assessedAndApproved(24, 'psychologist3', 'supervisor3'),
      ...plannedAndApproved(150, 'psychologist3', 'supervisor3'),
      task(170, 'psychologist3', 'Групповые занятия для детей — свидетелей насилия', 10 * DAY),
    ],
  },
  {
    key: 'L2',
    by: 'inspector3',
    hoursAgo: 5,
    source: 'family_member',
    concerns: ['missing'],
    risk: 'immediate',
    reason: 'Қыз кеше кешке мектептен кейін үйге оралмаған, телефоны өшірулі.',
    child: {
      name: ['Қалиева', 'Айым', 'Серікқызы'],
      writtenIn: 'kk',
      sex: 'female',
      age: 16,
      months: 2,
      iin: 'valid',
      home: ALMATY_ALMALY,
      street: 'Абылай хан даңғылы, 93, 25-пәтер',
      school: { organisation: SCHOOL_25_ALMATY, grade: 10, letter: 'А' },
      languages: ['kk', 'ru'],
      family: [mother(['Қалиева', 'Гүлмира', 'Бақытқызы'], '+7 727 555 42 21')],
    },
    incident: {
      place: 'unknown',
      daysBefore: 0,
      text: 'Анасы полицияға хабарласты: Айым кешке үйге келмеген, телефоны өшірулі, достары қайда екенін білмейді.',
    },
    steps: [
      contact(1.5, 'inspector3'),
      note(
        1.6,
        'inspector3',
        'Қыз құрбысының үйінен табылды, анасына тапсырылды. Себебі — ата-анасымен ұрыс.',
      ),
    ],
  },
  {
    key: 'L3',
    by: 'psychologist3',
    hoursAgo: 4 * DAY,
    source: 'school',
    concerns: ['suicidal_thoughts'],
    risk: 'high',
    reason: 'Высказывания о нежелании жить, в прошлом году — госпитализация.',
    child: {
      name: ['Пак', 'Эрик', 'Вячеславович'],
      writtenIn: 'ru',
      latin: ['Pak', 'Erik'],
      sex: 'male',
      age: 15,
      months: 5,
      iin: 'valid',
      home: ALMATY_ALMALY,
      street: 'ул. Байзакова, 280, кв. 61',
      school: { organisation: SCHOOL_25_ALMATY, grade: 9, letter: 'В' },
      languages: ['ru'],
      family: [
        mother(['Пак', 'Светлана', 'Юрьевна'], '+7 727 555 43 31'),
        father(['Пак', 'Вячеслав', 'Эдуардович'], '+7 727 555 43 32'),
      ],
    },
    incident: {
      place: 'school',
      daysBefore: 0,
      text: 'Эрик написал в сочинении, что «никому не будет хуже, если его не станет»; учитель передал сочинение психологу.',
    },
    steps: [
      contact(3, 'psychologist3'),
      consent(4, 'psychologist3', 'parent', 'any'),
      refer(5, 'psychologist3', CLINIC_ALMATY, 'psychiatric_care'),
      command(24, 'psychologist3', { type: 'start_assessment' }),
    ],
  },
  {
    key: 'L4',
    by: 'psychologist3',
    hoursAgo: 90 * DAY,
    source: 'preschool',
    concerns: ['neglect'],
    risk: 'low',
    reason: 'Ребёнок часто остаётся без присмотра, бытовые условия удовлетворительные.',
    child: {
      name: ['Мусин', 'Алмас', 'Канатович'],
      writtenIn: 'ru',
      sex: 'male',
      age: 6,
      months: 9,
      iin: 'valid',
      home: ALMATY_ALMALY,
      street: 'ул. Жамбыла, 114, кв. 3',
      school: { organisation: SCHOOL_25_ALMATY, grade: 0, letter: 'А' },
      languages: ['kk', 'ru'],
      family: [mother(['Мусина', 'Карлыгаш', 'Ерлановна'], '+7 727 555 44 41')],
    },
    incident: {
      place: 'home',
      daysBefore: 5,
      text: 'Воспитатель сообщила, что мальчика трижды не забирали из предшкольного класса до восьми вечера.',
      perpetrator: { relation: 'mother', familyMember: 0, livesWithChild: true },
    },
    steps: [
      contact(48, 'psychologist3'),
      ...assessedAndApproved(72, 'psychologist3', 'supervisor3'),
      command(400, 'psychologist3', {
        type: 'request_closure',
        reason: 'moved_out_of_area',
        comment: 'Семья переехала в Шымкент; информация передана в отдел образования по новому месту.',
      }),
      approve(420, 'supervisor3', 'closure'),
    ],
  },
  {
    key: 'L5',
    by: 'inspector3',
    hoursAgo: 20 * DAY,
    source: 'police',
    concerns: ['offence_by_child'],
    risk: 'medium',
    reason: 'Төбелес, жәбірленуші жарақат алды; бала бұрын есепте болмаған.',
    child: {
      name: ['Сапаров', 'Нұрдәулет', 'Асқарұлы'],
      writtenIn: 'kk',
      sex: 'male',
      age: 15,
      months: 7,
      iin: 'valid',
      home: ALMATY_ALMALY,
      street: 'Төле би көшесі, 202, 14-пәтер',
      school: { organisation: SCHOOL_25_ALMATY, grade: 9, letter: 'А' },
      languages: ['kk'],
      family: [father(['Сапаров', 'Асқар', 'Жұмабекұлы'], '+7 727 555 45 51')],
    },
    incident: {
      place: 'street_or_public_place',
      daysBefore: 1,
      text: 'Нұрдәулет саябақта төбелесте басқа жасөспірімді жарақаттаған; екеуі де мектеп оқушылары.',
    },
    steps: [
      contact(0.5, 'inspector3'),
      ...assessedAndApproved(24, 'inspector3', 'supervisor3'),
      plan(150, 'inspector3'),
      submit(151, 'inspector3', 'case_plan'),
    ],
  },
  {
    key: 'L6',
    by: 'psychologist3',
    hoursAgo: 2 * DAY,
    source: 'child',
    concerns: ['cyberbullying'],
    risk: 'medium',
    reason: 'Распространяют её фото с оскорблениями; девочка сама пришла к психологу.',
    child: {
      name: ['Ибрагимова', 'Сабина', 'Руслановна'],
      writtenIn: 'ru',
      sex: 'female',
      age: 14,
      months: 0,
      iin: 'valid',
      home: ALMATY_ALMALY,
      street: 'ул. Шевченко, 118, кв. 27',
      school: { organisation: SCHOOL_25_ALMATY, grade: 8, letter: 'Б' },
      languages: ['ru', 'kk'],
      family: [mother(['Ибрагимова', 'Лейла', 'Маратовна'], '+7 727 555 46 61')],
    },
    incident: {
      place: 'online',
      daysBefore: 3,
      text: 'В школьном чате создали «страницу» с фотографиями Сабины и оскорбительными подписями.',
      perpetrator: { relation: 'peer' },
    },
    steps: [contact(10, 'psychologist3')],
  },
];

export const DEMO_CASES: readonly DemoCase[] = [...ASTANA, ...KARAGANDA_CASES, ...ALMATY_CASES];

import type { BreakGlassNotice, BreakGlassRefusal } from './break-glass.ts';
import { BREAK_GLASS_MAX_HOURS, BREAK_GLASS_MIN_REASON_LENGTH } from './break-glass.ts';
import type { CaseRelation } from './case-access.ts';
import type { ConsentRecord, ConsentRequirement, sharingBasis } from './consent.ts';
import type {
  AssessmentDomain,
  AssessmentRecommendation,
  DomainRating,
  InformationSource,
} from './forms/assessment.ts';
import type { CasePlanV1 } from './forms/case-plan.ts';
import type { FormName } from './forms/registry.ts';
import type { FamilyRelation, PersonRecord } from './person-record.ts';
import type {
  ReferralCommand,
  ReferralEscalation,
  ReferralRefusal,
  ReferralStatus,
  SharingBasis,
} from './referrals.ts';
import type { TaskStatus } from './tasks.ts';
import type {
  CASE_CODE_LISTS,
  CaseSource,
  ClosureReason,
  Concern,
  ConcernGroup,
  DeclineReason,
  FlagReason,
  IncidentPlace,
  InterventionType,
  PerpetratorRelation,
  ReferralOutcome,
  RehabilitationService,
  RiskLevel,
} from './taxonomy.ts';
import type { TransferCommand, TransferRefusal, TransferStatus } from './transfers.ts';
import type { TriageStatus } from './triage.ts';
import type { ValidationKey, WarningKey } from './validation-keys.ts';
import type {
  ApprovalStatus,
  ApprovalSubject,
  CaseStage,
  CaseStatus,
  WorkflowCommandType,
  WorkflowRefusal,
} from './workflow.ts';

/*
 * The Kazakh, Russian and English labels of every code cases/ exports, and the messages of its validation
 * keys, warning keys and refusals. Each list is a `Record<Code, Labels>`, so a code added to a list without
 * a label (or a label left for a code that is gone) is a compile error; labels.test.ts also walks the code
 * lists themselves at run time.
 *
 * Labels are short: a menu item, a table cell, a line of a PDF summary. Refusals, validation messages and
 * warnings are sentences a person understands. No label has a placeholder except where noted; where a
 * message names a number the domain fixes (break-glass limits), the number is written in from the constant.
 *
 * Flat catalogue (`caseLabelCatalog(locale)`), for the web app's i18next resources (keySeparator: false)
 * and the server's message catalogues:
 *
 *   case.<segment>.<code>   a code's label; <segment> is a key of CASE_LABELS:
 *     concernGroup concern source perpetrator place risk closure flag intervention rehabilitation
 *     decline outcome                                        the taxonomy (CASE_CODE_LISTS, see
 *                                                            CASE_CODE_LIST_SEGMENTS for the name map)
 *     family sex nameScript contact citizenship              the person record
 *     stage status approvalSubject approvalStatus command    the workflow
 *     refusal                                                workflow refusals (sentences)
 *     relation                                               how a user relates to a case
 *     referralStatus referralCommand referralRefusal referralEscalation sharingBasis
 *     transferStatus transferCommand transferRefusal
 *     consentStatus consentGivenBy consentRequirement consentReason legalDuty consentRefusal
 *     breakGlassRefusal notice triage task
 *     assessmentDomain domainRating informationSource recommendation form childWas
 *   validation.<key>        a validation message: the key is the ValidationKey itself
 *   warning.<key>           a warning message: the key is the WarningKey itself
 *
 * e.g. case.concern.physical_abuse, case.risk.high, case.stage.assessment, case.refusal.self_approval,
 * validation.iin_check_digit, warning.iin_date_mismatch.
 */

export const LABEL_LOCALES = ['kk', 'ru', 'en'] as const;
export type LabelLocale = (typeof LABEL_LOCALES)[number];
/** One code's label in each language. */
export type Labels = Readonly<Record<LabelLocale, string>>;
/** The labels of every code of a list. */
export type LabelsOf<Code extends string> = Readonly<Record<Code, Labels>>;

/* ───────────────────────────── Taxonomy (CASE_CODE_LISTS) ───────────────────────────── */

export const CONCERN_GROUP_LABELS: LabelsOf<ConcernGroup> = {
  abuse: { kk: 'Қатыгез қарым-қатынас', ru: 'Жестокое обращение', en: 'Abuse' },
  neglect: {
    kk: 'Баланың қажеттіліктерін елемеу',
    ru: 'Пренебрежение нуждами ребенка',
    en: 'Neglect',
  },
  violence_witnessed: {
    kk: 'Зорлық-зомбылыққа куә болу',
    ru: 'Свидетель насилия',
    en: 'Witnessing violence',
  },
  peer_violence: {
    kk: 'Құрдастар арасындағы зорлық-зомбылық',
    ru: 'Насилие среди сверстников',
    en: 'Peer violence',
  },
  self_harm_and_suicide: {
    kk: 'Аутодеструктивті мінез-құлық және суицид',
    ru: 'Аутодеструктивное поведение и суицид',
    en: 'Self-harm and suicide',
  },
  missing: {
    kk: 'Үйден кету және хабарсыз жоғалу',
    ru: 'Уход из дома и безвестное исчезновение',
    en: 'Running away and missing',
  },
  exploitation: { kk: 'Қанау', ru: 'Эксплуатация', en: 'Exploitation' },
  substance_use: {
    kk: 'Психобелсенді заттарды тұтыну',
    ru: 'Употребление психоактивных веществ',
    en: 'Substance use',
  },
  offence: { kk: 'Құқық бұзушылық', ru: 'Правонарушения', en: 'Offending' },
  online_harm: { kk: 'Интернеттегі қауіптер', ru: 'Угрозы в интернете', en: 'Online harm' },
};

export const CONCERN_LABELS: LabelsOf<Concern> = {
  physical_abuse: { kk: 'Физикалық зорлық-зомбылық', ru: 'Физическое насилие', en: 'Physical abuse' },
  sexual_abuse: { kk: 'Жыныстық зорлық-зомбылық', ru: 'Сексуальное насилие', en: 'Sexual abuse' },
  emotional_abuse: {
    kk: 'Психологиялық зорлық-зомбылық',
    ru: 'Психологическое насилие',
    en: 'Emotional abuse',
  },
  neglect: { kk: 'Баланың қажеттіліктерін елемеу', ru: 'Пренебрежение нуждами ребенка', en: 'Neglect' },
  domestic_violence_witnessed: {
    kk: 'Тұрмыстық зорлық-зомбылыққа куә болу',
    ru: 'Свидетель бытового насилия',
    en: 'Witnessing domestic violence',
  },
  bullying: { kk: 'Буллинг', ru: 'Буллинг (травля)', en: 'Bullying' },
  cyberbullying: { kk: 'Кибербуллинг', ru: 'Кибербуллинг (травля в интернете)', en: 'Cyberbullying' },
  self_harm: { kk: 'Өзін-өзі зақымдау', ru: 'Самоповреждение', en: 'Self-harm' },
  suicidal_thoughts: { kk: 'Суицидтік ойлар', ru: 'Суицидальные мысли', en: 'Suicidal thoughts' },
  suicide_attempt: { kk: 'Суицид жасауға әрекет', ru: 'Попытка суицида', en: 'Suicide attempt' },
  running_away: {
    kk: 'Үйден (мекемеден) өз бетімен кету',
    ru: 'Самовольный уход из дома (учреждения)',
    en: 'Running away',
  },
  missing: { kk: 'Хабарсыз жоғалу', ru: 'Безвестное исчезновение', en: 'Missing' },
  sexual_exploitation: { kk: 'Жыныстық қанау', ru: 'Сексуальная эксплуатация', en: 'Sexual exploitation' },
  child_labour: {
    kk: 'Балалар еңбегін қанау',
    ru: 'Эксплуатация детского труда',
    en: 'Child labour',
  },
  trafficking: { kk: 'Адам саудасы', ru: 'Торговля людьми', en: 'Trafficking' },
  substance_use: {
    kk: 'Психобелсенді заттарды тұтыну',
    ru: 'Употребление психоактивных веществ',
    en: 'Substance use',
  },
  offence_by_child: {
    kk: 'Баланың құқық бұзушылығы',
    ru: 'Правонарушение ребенка',
    en: 'Offence by the child',
  },
  online_grooming: {
    kk: 'Интернетте азғыру (груминг)',
    ru: 'Груминг в интернете',
    en: 'Online grooming',
  },
  harmful_content: { kk: 'Зиянды контент', ru: 'Вредный контент', en: 'Harmful content' },
  online_harm_other: {
    kk: 'Интернеттегі өзге қауіп',
    ru: 'Другая угроза в интернете',
    en: 'Other online harm',
  },
};

export const CASE_SOURCE_LABELS: LabelsOf<CaseSource> = {
  school: { kk: 'Мектеп', ru: 'Школа', en: 'School' },
  preschool: { kk: 'Мектепке дейінгі ұйым', ru: 'Дошкольная организация', en: 'Preschool' },
  health_facility: {
    kk: 'Денсаулық сақтау ұйымы',
    ru: 'Организация здравоохранения',
    en: 'Health facility',
  },
  police: { kk: 'Полиция', ru: 'Полиция', en: 'Police' },
  helpline: { kk: 'Сенім телефоны', ru: 'Телефон доверия', en: 'Helpline' },
  social_protection: {
    kk: 'Әлеуметтік қорғау органы',
    ru: 'Орган социальной защиты',
    en: 'Social protection',
  },
  psychological_support_centre: {
    kk: 'Психологиялық қолдау орталығы',
    ru: 'Центр психологической поддержки',
    en: 'Psychological support centre',
  },
  kdn: { kk: 'КТІҚҚК', ru: 'КДНиЗП', en: 'Juvenile affairs commission (KDN)' },
  ngo: { kk: 'Үкіметтік емес ұйым', ru: 'Неправительственная организация', en: 'NGO' },
  other_agency: { kk: 'Өзге ведомство', ru: 'Другое ведомство', en: 'Other agency' },
  screening: { kk: 'Скрининг', ru: 'Скрининг', en: 'Screening' },
  citizen: { kk: 'Азамат', ru: 'Гражданин', en: 'Member of the public' },
  family_member: { kk: 'Отбасы мүшесі', ru: 'Член семьи', en: 'Family member' },
  child: { kk: 'Баланың өзі', ru: 'Сам ребенок', en: 'The child' },
  anonymous: { kk: 'Анонимді хабарлама', ru: 'Анонимное сообщение', en: 'Anonymous' },
};

export const PERPETRATOR_RELATION_LABELS: LabelsOf<PerpetratorRelation> = {
  mother: { kk: 'Анасы', ru: 'Мать', en: 'Mother' },
  father: { kk: 'Әкесі', ru: 'Отец', en: 'Father' },
  step_parent: { kk: 'Өгей әкесі не өгей шешесі', ru: 'Отчим или мачеха', en: 'Step-parent' },
  parent_partner: {
    kk: 'Ата-анасымен бірге тұратын адам',
    ru: 'Сожитель (сожительница) родителя',
    en: 'Parent’s partner',
  },
  sibling: { kk: 'Бауыры', ru: 'Брат или сестра', en: 'Sibling' },
  other_relative: { kk: 'Басқа туысы', ru: 'Другой родственник', en: 'Other relative' },
  guardian_or_foster_parent: {
    kk: 'Қорғаншы (қамқоршы) немесе патронаттық тәрбиеші',
    ru: 'Опекун (попечитель) или патронатный воспитатель',
    en: 'Guardian or foster parent',
  },
  institution_staff: {
    kk: 'Балалар мекемесінің қызметкері',
    ru: 'Сотрудник детского учреждения',
    en: 'Institution staff',
  },
  teacher_or_school_staff: {
    kk: 'Мұғалім немесе мектеп қызметкері',
    ru: 'Учитель или сотрудник школы',
    en: 'Teacher or school staff',
  },
  peer: { kk: 'Құрдасы', ru: 'Сверстник', en: 'Peer' },
  intimate_partner: {
    kk: 'Жақын серігі (жігіті не қызы)',
    ru: 'Партнер (парень или девушка)',
    en: 'Intimate partner',
  },
  acquaintance: { kk: 'Таныс адам', ru: 'Знакомый', en: 'Acquaintance' },
  stranger: { kk: 'Бейтаныс адам', ru: 'Незнакомый человек', en: 'Stranger' },
  online_contact: { kk: 'Интернеттегі таныс', ru: 'Знакомый по интернету', en: 'Online contact' },
  unknown: { kk: 'Белгісіз', ru: 'Неизвестно', en: 'Unknown' },
};

export const INCIDENT_PLACE_LABELS: LabelsOf<IncidentPlace> = {
  home: { kk: 'Үйде', ru: 'Дома', en: 'Home' },
  other_home: { kk: 'Басқа адамның үйінде', ru: 'В чужом доме', en: 'Another home' },
  school: { kk: 'Мектепте', ru: 'В школе', en: 'School' },
  preschool: { kk: 'Мектепке дейінгі ұйымда', ru: 'В дошкольной организации', en: 'Preschool' },
  institution: { kk: 'Балалар мекемесінде', ru: 'В детском учреждении', en: 'Children’s institution' },
  street_or_public_place: {
    kk: 'Көшеде немесе қоғамдық орында',
    ru: 'На улице или в общественном месте',
    en: 'Street or public place',
  },
  online: { kk: 'Интернетте', ru: 'В интернете', en: 'Online' },
  workplace: { kk: 'Жұмыс орнында', ru: 'На работе', en: 'Workplace' },
  other: { kk: 'Басқа жерде', ru: 'В другом месте', en: 'Other' },
  unknown: { kk: 'Белгісіз', ru: 'Неизвестно', en: 'Unknown' },
};

export const RISK_LEVEL_LABELS: LabelsOf<RiskLevel> = {
  immediate: { kk: 'Тікелей қауіп', ru: 'Непосредственная угроза', en: 'Immediate' },
  high: { kk: 'Жоғары', ru: 'Высокий', en: 'High' },
  medium: { kk: 'Орташа', ru: 'Средний', en: 'Medium' },
  low: { kk: 'Төмен', ru: 'Низкий', en: 'Low' },
};

export const CLOSURE_REASON_LABELS: LabelsOf<ClosureReason> = {
  goals_achieved: { kk: 'Мақсаттарға қол жеткізілді', ru: 'Цели достигнуты', en: 'Goals achieved' },
  risk_eliminated: { kk: 'Қауіп жойылды', ru: 'Риск устранен', en: 'Risk eliminated' },
  concern_unfounded: {
    kk: 'Мәліметтер расталмады',
    ru: 'Сведения не подтвердились',
    en: 'Concern unfounded',
  },
  moved_out_of_area: {
    kk: 'Басқа аумаққа көшу',
    ru: 'Переезд за пределы территории',
    en: 'Moved out of the area',
  },
  reached_adulthood: { kk: 'Кәмелетке толу', ru: 'Достижение совершеннолетия', en: 'Reached adulthood' },
  family_declined_services: {
    kk: 'Отбасының қызметтерден бас тартуы',
    ru: 'Отказ семьи от услуг',
    en: 'Family declined services',
  },
  child_died: { kk: 'Баланың қайтыс болуы', ru: 'Смерть ребенка', en: 'Child died' },
  duplicate_case: {
    kk: 'Қайталап тіркелген іс',
    ru: 'Повторно зарегистрированный случай',
    en: 'Duplicate case',
  },
};

export const FLAG_REASON_LABELS: LabelsOf<FlagReason> = {
  danger_to_staff: { kk: 'Мамандарға қауіп бар', ru: 'Угроза для специалистов', en: 'Danger to staff' },
  perpetrator_in_household: {
    kk: 'Зорлық жасаушы баламен бірге тұрады',
    ru: 'Обидчик проживает с ребенком',
    en: 'Perpetrator in the household',
  },
  do_not_contact_family: {
    kk: 'Отбасымен байланыспау керек',
    ru: 'Не связываться с семьей',
    en: 'Do not contact the family',
  },
  child_missing: { kk: 'Бала іздестірілуде', ru: 'Ребенок в розыске', en: 'Child missing' },
  court_proceedings: { kk: 'Сот ісі жүруде', ru: 'Идет судебное разбирательство', en: 'Court proceedings' },
  media_attention: { kk: 'БАҚ назарында', ru: 'Внимание СМИ', en: 'Media attention' },
  interpreter_needed: { kk: 'Аудармашы қажет', ru: 'Нужен переводчик', en: 'Interpreter needed' },
  disability_accommodation: {
    kk: 'Мүгедектігіне қарай жағдай жасау қажет',
    ru: 'Нужны условия с учетом инвалидности',
    en: 'Disability accommodation',
  },
  repeat_concern: { kk: 'Қайталанған хабарлама', ru: 'Повторное обращение', en: 'Repeat concern' },
};

export const INTERVENTION_TYPE_LABELS: LabelsOf<InterventionType> = {
  psychological_counselling: {
    kk: 'Психологиялық кеңес беру',
    ru: 'Психологическое консультирование',
    en: 'Psychological counselling',
  },
  psychiatric_care: { kk: 'Психиатриялық көмек', ru: 'Психиатрическая помощь', en: 'Psychiatric care' },
  medical_examination: {
    kk: 'Медициналық тексеру',
    ru: 'Медицинское обследование',
    en: 'Medical examination',
  },
  medical_treatment: { kk: 'Емдеу', ru: 'Лечение', en: 'Medical treatment' },
  forensic_examination: {
    kk: 'Сот-медициналық сараптама',
    ru: 'Судебно-медицинская экспертиза',
    en: 'Forensic examination',
  },
  legal_aid: { kk: 'Заң көмегі', ru: 'Юридическая помощь', en: 'Legal aid' },
  social_benefits: {
    kk: 'Әлеуметтік төлемдер мен жәрдемақылар',
    ru: 'Социальные выплаты и пособия',
    en: 'Social benefits',
  },
  social_support_at_home: {
    kk: 'Үйде әлеуметтік қызмет көрсету',
    ru: 'Социальное обслуживание на дому',
    en: 'Social support at home',
  },
  family_counselling: {
    kk: 'Отбасылық кеңес беру',
    ru: 'Семейное консультирование',
    en: 'Family counselling',
  },
  parenting_programme: {
    kk: 'Ата-аналарға арналған бағдарлама',
    ru: 'Программа для родителей',
    en: 'Parenting programme',
  },
  educational_support: {
    kk: 'Білім алуға қолдау көрсету',
    ru: 'Поддержка в обучении',
    en: 'Educational support',
  },
  school_safety_plan: {
    kk: 'Мектептегі қауіпсіздік жоспары',
    ru: 'План безопасности в школе',
    en: 'School safety plan',
  },
  tertiary_prevention: { kk: 'Үштік превенция', ru: 'Третичная превенция', en: 'Tertiary prevention' },
  safe_accommodation: {
    kk: 'Қауіпсіз жерге уақытша орналастыру',
    ru: 'Временное безопасное размещение',
    en: 'Safe accommodation',
  },
  protection_order: { kk: 'Қорғау нұсқамасы', ru: 'Защитное предписание', en: 'Protection order' },
  substance_use_treatment: {
    kk: 'Наркологиялық көмек',
    ru: 'Наркологическая помощь',
    en: 'Substance use treatment',
  },
  leisure_and_clubs: {
    kk: 'Бос уақыт және үйірмелер',
    ru: 'Досуг и кружки',
    en: 'Leisure and clubs',
  },
  vocational_guidance: { kk: 'Кәсіптік бағдар беру', ru: 'Профориентация', en: 'Vocational guidance' },
  home_visit: { kk: 'Үйге бару', ru: 'Посещение на дому', en: 'Home visit' },
};

export const REHABILITATION_SERVICE_LABELS: LabelsOf<RehabilitationService> = {
  psychological: { kk: 'Психологиялық көмек', ru: 'Психологическая помощь', en: 'Psychological' },
  medical: { kk: 'Медициналық көмек', ru: 'Медицинская помощь', en: 'Medical' },
  legal: { kk: 'Заң көмегі', ru: 'Юридическая помощь', en: 'Legal' },
  social: { kk: 'Әлеуметтік көмек', ru: 'Социальная помощь', en: 'Social' },
  educational: { kk: 'Педагогикалық көмек', ru: 'Педагогическая помощь', en: 'Educational' },
};

export const DECLINE_REASON_LABELS: LabelsOf<DeclineReason> = {
  service_not_provided: {
    kk: 'Ұйым бұл қызметті көрсетпейді',
    ru: 'Организация не оказывает эту услугу',
    en: 'Service not provided here',
  },
  outside_territory: {
    kk: 'Қызмет көрсету аумағынан тыс',
    ru: 'Вне территории обслуживания',
    en: 'Outside our territory',
  },
  no_capacity: { kk: 'Бос орын немесе маман жоқ', ru: 'Нет мест или специалистов', en: 'No capacity' },
  not_needed: { kk: 'Қызмет қажет емес', ru: 'Услуга не требуется', en: 'Not needed' },
  already_served: {
    kk: 'Қызметті қазірдің өзінде алуда',
    ru: 'Уже получает эту услугу',
    en: 'Already receiving the service',
  },
  wrong_organisation: {
    kk: 'Ұйымның құзыретіне жатпайды',
    ru: 'Не относится к компетенции организации',
    en: 'Wrong organisation',
  },
};

export const REFERRAL_OUTCOME_LABELS: LabelsOf<ReferralOutcome> = {
  service_provided: { kk: 'Қызмет көрсетілді', ru: 'Услуга оказана', en: 'Service provided' },
  partially_provided: { kk: 'Ішінара көрсетілді', ru: 'Оказана частично', en: 'Partially provided' },
  not_provided: { kk: 'Көрсетілмеді', ru: 'Не оказана', en: 'Not provided' },
  child_not_reached: {
    kk: 'Баламен байланыс орнатылмады',
    ru: 'Не удалось связаться с ребенком',
    en: 'Child not reached',
  },
};

type CodeListName = keyof typeof CASE_CODE_LISTS;

/** The labels of each list of CASE_CODE_LISTS, by the same names: a new list there is a compile error here. */
export const CASE_CODE_LIST_LABELS: {
  readonly [N in CodeListName]: LabelsOf<(typeof CASE_CODE_LISTS)[N][number]>;
} = {
  concernGroup: CONCERN_GROUP_LABELS,
  concern: CONCERN_LABELS,
  source: CASE_SOURCE_LABELS,
  perpetratorRelation: PERPETRATOR_RELATION_LABELS,
  incidentPlace: INCIDENT_PLACE_LABELS,
  riskLevel: RISK_LEVEL_LABELS,
  closureReason: CLOSURE_REASON_LABELS,
  flagReason: FLAG_REASON_LABELS,
  interventionType: INTERVENTION_TYPE_LABELS,
  rehabilitationService: REHABILITATION_SERVICE_LABELS,
  declineReason: DECLINE_REASON_LABELS,
  referralOutcome: REFERRAL_OUTCOME_LABELS,
};

/* ───────────────────────────── The person record ───────────────────────────── */

export const FAMILY_RELATION_LABELS: LabelsOf<FamilyRelation> = {
  mother: { kk: 'Анасы', ru: 'Мать', en: 'Mother' },
  father: { kk: 'Әкесі', ru: 'Отец', en: 'Father' },
  stepmother: { kk: 'Өгей шешесі', ru: 'Мачеха', en: 'Stepmother' },
  stepfather: { kk: 'Өгей әкесі', ru: 'Отчим', en: 'Stepfather' },
  grandmother: { kk: 'Әжесі', ru: 'Бабушка', en: 'Grandmother' },
  grandfather: { kk: 'Атасы', ru: 'Дедушка', en: 'Grandfather' },
  sibling: { kk: 'Бауыры', ru: 'Брат или сестра', en: 'Sibling' },
  aunt: { kk: 'Апасы (тәтесі)', ru: 'Тетя', en: 'Aunt' },
  uncle: { kk: 'Көкесі (нағашы ағасы)', ru: 'Дядя', en: 'Uncle' },
  guardian: { kk: 'Қорғаншы', ru: 'Опекун', en: 'Guardian' },
  trustee: { kk: 'Қамқоршы', ru: 'Попечитель', en: 'Trustee' },
  foster_parent: {
    kk: 'Патронаттық тәрбиеші',
    ru: 'Патронатный воспитатель',
    en: 'Foster parent',
  },
  adoptive_parent: { kk: 'Бала асырап алушы', ru: 'Усыновитель', en: 'Adoptive parent' },
  parent_partner: {
    kk: 'Ата-анасымен бірге тұратын адам',
    ru: 'Сожитель (сожительница) родителя',
    en: 'Parent’s partner',
  },
  other: { kk: 'Басқа адам', ru: 'Другое лицо', en: 'Other' },
};

/** A person's sex as recorded (male or female). */
export type PersonSex = NonNullable<PersonRecord['sex']>;
/** The language a name is written in: Kazakh, Russian (both Cyrillic) or another. */
export type NameScript = PersonRecord['name']['writtenIn'];
/** The kinds of a family member's contacts. */
export type ContactKind = PersonRecord['family'][number]['contacts'][number]['kind'];
/** The codes a citizenship takes besides an ISO country code. */
export type CitizenshipCode = 'stateless' | 'unknown';

export const SEX_LABELS: LabelsOf<PersonSex> = {
  male: { kk: 'Ер', ru: 'Мужской', en: 'Male' },
  female: { kk: 'Әйел', ru: 'Женский', en: 'Female' },
};

export const NAME_SCRIPT_LABELS: LabelsOf<NameScript> = {
  kk: { kk: 'Қазақша', ru: 'На казахском', en: 'In Kazakh' },
  ru: { kk: 'Орысша', ru: 'На русском', en: 'In Russian' },
  other: { kk: 'Басқа тілде', ru: 'На другом языке', en: 'In another language' },
};

export const CONTACT_KIND_LABELS: LabelsOf<ContactKind> = {
  phone: { kk: 'Телефон', ru: 'Телефон', en: 'Phone' },
  email: { kk: 'Электрондық пошта', ru: 'Электронная почта', en: 'Email' },
  messenger: { kk: 'Мессенджер', ru: 'Мессенджер', en: 'Messenger' },
  address: { kk: 'Мекенжай', ru: 'Адрес', en: 'Address' },
};

export const CITIZENSHIP_LABELS: LabelsOf<CitizenshipCode> = {
  stateless: { kk: 'Азаматтығы жоқ адам', ru: 'Лицо без гражданства', en: 'Stateless' },
  unknown: { kk: 'Белгісіз', ru: 'Неизвестно', en: 'Unknown' },
};

/* ───────────────────────────── The workflow ───────────────────────────── */

export const CASE_STAGE_LABELS: LabelsOf<CaseStage> = {
  registration: { kk: 'Тіркеу', ru: 'Регистрация', en: 'Registration' },
  assessment: { kk: 'Бағалау', ru: 'Оценка', en: 'Assessment' },
  case_plan: { kk: 'Жұмыс жоспары', ru: 'План работы', en: 'Case plan' },
  implementation: { kk: 'Жоспарды орындау', ru: 'Реализация плана', en: 'Implementation' },
  review: { kk: 'Қайта қарау', ru: 'Пересмотр', en: 'Review' },
  closed: { kk: 'Жабық', ru: 'Закрыт', en: 'Closed' },
};

export const CASE_STATUS_LABELS: LabelsOf<CaseStatus> = {
  open: { kk: 'Ашық', ru: 'Открыт', en: 'Open' },
  closure_pending: { kk: 'Жабу бекітуді күтуде', ru: 'Ожидает закрытия', en: 'Closure pending' },
  closed: { kk: 'Жабық', ru: 'Закрыт', en: 'Closed' },
};

export const APPROVAL_SUBJECT_LABELS: LabelsOf<ApprovalSubject> = {
  assessment: { kk: 'Бағалау', ru: 'Оценка', en: 'Assessment' },
  case_plan: { kk: 'Жұмыс жоспары', ru: 'План работы', en: 'Case plan' },
  closure: { kk: 'Істі жабу', ru: 'Закрытие случая', en: 'Closure' },
};

export const APPROVAL_STATUS_LABELS: LabelsOf<ApprovalStatus> = {
  pending: { kk: 'Бекітуді күтуде', ru: 'Ожидает утверждения', en: 'Awaiting approval' },
  approved: { kk: 'Бекітілді', ru: 'Утверждено', en: 'Approved' },
  rejected: { kk: 'Пысықтауға қайтарылды', ru: 'Возвращено на доработку', en: 'Returned for revision' },
};

export const WORKFLOW_COMMAND_LABELS: LabelsOf<WorkflowCommandType> = {
  start_assessment: { kk: 'Бағалауды бастау', ru: 'Начать оценку', en: 'Start the assessment' },
  submit: { kk: 'Бекітуге жіберу', ru: 'Отправить на утверждение', en: 'Submit for approval' },
  approve: { kk: 'Бекіту', ru: 'Утвердить', en: 'Approve' },
  reject: { kk: 'Пысықтауға қайтару', ru: 'Вернуть на доработку', en: 'Return for revision' },
  start_review: { kk: 'Қайта қарауды бастау', ru: 'Начать пересмотр', en: 'Start a review' },
  continue_implementation: {
    kk: 'Орындауды жалғастыру',
    ru: 'Продолжить реализацию',
    en: 'Continue implementation',
  },
  revise_plan: { kk: 'Жоспарды өзгерту', ru: 'Пересмотреть план', en: 'Revise the plan' },
  request_closure: { kk: 'Жабуды сұрау', ru: 'Запросить закрытие', en: 'Request closure' },
  withdraw_closure: {
    kk: 'Жабу сұрауын кері алу',
    ru: 'Отозвать запрос на закрытие',
    en: 'Withdraw the closure request',
  },
  reopen: { kk: 'Қайта ашу', ru: 'Открыть повторно', en: 'Reopen' },
};

export const WORKFLOW_REFUSAL_MESSAGES: LabelsOf<WorkflowRefusal> = {
  not_permitted: {
    kk: 'Осы іс бойынша сізде бұл әрекетке рұқсат жоқ.',
    ru: 'У вас нет права на это действие по данному случаю.',
    en: 'Your role on this case does not allow this.',
  },
  wrong_stage: {
    kk: 'Істің қазіргі кезеңінде бұл әрекет мүмкін емес.',
    ru: 'На текущем этапе случая это действие невозможно.',
    en: 'This cannot be done at the case’s current stage.',
  },
  case_closed: {
    kk: 'Іс жабық. Өзгерту үшін алдымен оны қайта ашыңыз.',
    ru: 'Случай закрыт. Чтобы внести изменения, сначала откройте его повторно.',
    en: 'The case is closed. Reopen it first to make changes.',
  },
  closure_pending: {
    kk: 'Істі жабу бекітуді күтуде: шешім шыққанша немесе сұрау кері алынғанша істі өзгертуге болмайды.',
    ru: 'Закрытие случая ожидает утверждения: до решения или отзыва запроса случай изменить нельзя.',
    en: 'Closure is awaiting approval: the case cannot change until it is decided or withdrawn.',
  },
  approval_pending: {
    kk: 'Бұл бекітуге жіберіліп қойған. Шешімді күтіңіз.',
    ru: 'Это уже отправлено на утверждение. Дождитесь решения.',
    en: 'This has already been submitted. Wait for the decision.',
  },
  nothing_to_decide: {
    kk: 'Шешімді күтіп тұрған ештеңе жоқ.',
    ru: 'Нет ничего, что ожидает решения.',
    en: 'There is nothing awaiting a decision.',
  },
  self_approval: {
    kk: 'Өзіңіз жіберген құжатты өзіңіз бекіте немесе қайтара алмайсыз.',
    ru: 'Нельзя утвердить или вернуть собственное представление.',
    en: 'You cannot approve or return your own submission.',
  },
  comment_required: {
    kk: 'Түсініктемеде нені түзету керегін жазыңыз.',
    ru: 'Укажите в комментарии, что нужно исправить.',
    en: 'Write in a comment what needs to be corrected.',
  },
  reason_required: {
    kk: 'Істі қайта ашу себебін көрсетіңіз.',
    ru: 'Укажите причину повторного открытия случая.',
    en: 'Give the reason for reopening the case.',
  },
};

export const CASE_RELATION_LABELS: LabelsOf<CaseRelation> = {
  owner: { kk: 'Жауапты маман', ru: 'Ответственный специалист', en: 'Case owner' },
  owner_organisation: {
    kk: 'Істі жүргізетін ұйым',
    ru: 'Организация, ведущая случай',
    en: 'Owning organisation',
  },
  assignee: { kk: 'Тағайындалған маман', ru: 'Назначенный специалист', en: 'Assigned worker' },
  referral_partner: {
    kk: 'Жолдама алған ұйым',
    ru: 'Организация по направлению',
    en: 'Referral partner',
  },
  transfer_partner: {
    kk: 'Іс берілетін ұйым',
    ru: 'Организация, принимающая случай',
    en: 'Receiving organisation',
  },
  participant: {
    kk: 'Ведомствоаралық әрекетке қатысушы ұйым',
    ru: 'Организация-участник межведомственного реагирования',
    en: 'Organisation taking part in the response',
  },
  supervisor_in_scope: { kk: 'Аудан супервизоры', ru: 'Супервизор района', en: 'District supervisor' },
  case_manager_in_scope: {
    kk: 'Аудан кейс-менеджері',
    ru: 'Кейс-менеджер района',
    en: 'District case manager',
  },
  break_glass: { kk: 'Шұғыл қолжетімділік', ru: 'Экстренный доступ', en: 'Emergency access' },
};

/* ───────────────────────────── Referrals and transfers ───────────────────────────── */

export const REFERRAL_STATUS_LABELS: LabelsOf<ReferralStatus> = {
  pending: { kk: 'Жауап күтуде', ru: 'Ожидает ответа', en: 'Awaiting answer' },
  accepted: { kk: 'Қабылданды', ru: 'Принято', en: 'Accepted' },
  declined: { kk: 'Қабылданбады', ru: 'Отклонено', en: 'Declined' },
  completed: { kk: 'Орындалды', ru: 'Выполнено', en: 'Completed' },
  cancelled: { kk: 'Кері қайтарылды', ru: 'Отозвано', en: 'Cancelled' },
};

export type ReferralCommandType = ReferralCommand['type'];

export const REFERRAL_COMMAND_LABELS: LabelsOf<ReferralCommandType> = {
  accept: { kk: 'Қабылдау', ru: 'Принять', en: 'Accept' },
  decline: { kk: 'Қабылдамау', ru: 'Отклонить', en: 'Decline' },
  complete: { kk: 'Нәтижесін енгізу', ru: 'Внести результат', en: 'Record the result' },
  cancel: { kk: 'Жолдаманы кері қайтару', ru: 'Отозвать направление', en: 'Cancel the referral' },
};

export const REFERRAL_REFUSAL_MESSAGES: LabelsOf<ReferralRefusal> = {
  not_receiving_organisation: {
    kk: 'Жолдамаға тек ол жіберілген ұйым жауап бере алады.',
    ru: 'Ответить на направление может только организация, которой оно адресовано.',
    en: 'Only the organisation the referral was sent to can answer it.',
  },
  not_referring_organisation: {
    kk: 'Жолдаманы тек оны жіберген ұйым кері қайтара алады.',
    ru: 'Отозвать направление может только организация, которая его отправила.',
    en: 'Only the organisation that sent the referral can cancel it.',
  },
  wrong_status: {
    kk: 'Жолдаманың қазіргі мәртебесінде бұл әрекет мүмкін емес.',
    ru: 'При текущем статусе направления это действие невозможно.',
    en: 'This cannot be done in the referral’s current status.',
  },
  reason_required: {
    kk: 'Жолдаманы кері қайтару себебін көрсетіңіз.',
    ru: 'Укажите причину отзыва направления.',
    en: 'Give the reason for cancelling the referral.',
  },
  summary_required: {
    kk: 'Көрсетілген қызметтің нәтижесін қысқаша жазыңыз.',
    ru: 'Кратко опишите результат оказанной услуги.',
    en: 'Write a short summary of the result.',
  },
  before_creation: {
    kk: 'Уақыты жолдама жасалған уақыттан ерте болмауы керек.',
    ru: 'Время не может быть раньше создания направления.',
    en: 'The time cannot be earlier than the referral itself.',
  },
};

export type ReferralEscalationKind = ReferralEscalation['kind'];

export const REFERRAL_ESCALATION_LABELS: LabelsOf<ReferralEscalationKind> = {
  unanswered: { kk: 'Жолдамаға жауап берілмеді', ru: 'Нет ответа на направление', en: 'Referral unanswered' },
  result_overdue: {
    kk: 'Нәтиже мерзімі өтіп кетті',
    ru: 'Просрочен результат',
    en: 'Result overdue',
  },
};

export const SHARING_BASIS_LABELS: LabelsOf<SharingBasis> = {
  consent: { kk: 'Келісім бойынша', ru: 'С согласия', en: 'With consent' },
  override: {
    kk: 'Келісімсіз, супервизордың не кейс-менеджердің рұқсатымен',
    ru: 'Без согласия, с разрешения супервизора или кейс-менеджера',
    en: 'Consent overridden',
  },
  law: { kk: 'Заң бойынша', ru: 'В силу закона', en: 'By law' },
};

export const TRANSFER_STATUS_LABELS: LabelsOf<TransferStatus> = {
  pending: { kk: 'Жауап күтуде', ru: 'Ожидает ответа', en: 'Awaiting answer' },
  accepted: { kk: 'Қабылданды', ru: 'Принято', en: 'Accepted' },
  declined: { kk: 'Қабылданбады', ru: 'Отклонено', en: 'Declined' },
  cancelled: { kk: 'Кері қайтарылды', ru: 'Отменено', en: 'Cancelled' },
};

export type TransferCommandType = TransferCommand['type'];

export const TRANSFER_COMMAND_LABELS: LabelsOf<TransferCommandType> = {
  accept: { kk: 'Істі қабылдау', ru: 'Принять случай', en: 'Accept the case' },
  decline: { kk: 'Қабылдамау', ru: 'Отклонить', en: 'Decline' },
  cancel: { kk: 'Беруді кері қайтару', ru: 'Отменить передачу', en: 'Cancel the transfer' },
};

export const TRANSFER_REFUSAL_MESSAGES: LabelsOf<TransferRefusal> = {
  transfer_pending: {
    kk: 'Бұл істі беру туралы сұрау жауап күтіп тұр. Бір уақытта тек бір сұрау болады.',
    ru: 'Запрос на передачу этого случая уже ожидает ответа. Одновременно возможен только один.',
    en: 'A transfer of this case is already awaiting an answer. Only one can be open at a time.',
  },
  same_organisation: {
    kk: 'Істі өзі жүргізіп отырған ұйымға беруге болмайды.',
    ru: 'Нельзя передать случай организации, которая уже его ведет.',
    en: 'A case cannot be transferred to the organisation that already owns it.',
  },
  not_owner: {
    kk: 'Істі тек оны жүргізетін ұйым бере алады немесе беруді кері қайтара алады.',
    ru: 'Передать случай или отменить передачу может только организация, которая его ведет.',
    en: 'Only the organisation that owns the case can transfer it or cancel the transfer.',
  },
  reason_required: {
    kk: 'Істі беру себебін көрсетіңіз.',
    ru: 'Укажите причину передачи случая.',
    en: 'Give the reason for the transfer.',
  },
  not_receiving_organisation: {
    kk: 'Беру туралы сұрауға тек іс берілетін ұйым жауап бере алады.',
    ru: 'Ответить на запрос о передаче может только принимающая организация.',
    en: 'Only the receiving organisation can answer the transfer.',
  },
  wrong_status: {
    kk: 'Бұл сұрауға жауап берілген немесе ол кері қайтарылған.',
    ru: 'На этот запрос уже ответили, или он отменен.',
    en: 'This transfer has already been answered or cancelled.',
  },
  before_request: {
    kk: 'Уақыты беру сұралған уақыттан ерте болмауы керек.',
    ru: 'Время не может быть раньше запроса на передачу.',
    en: 'The time cannot be earlier than the transfer request.',
  },
};

/* ───────────────────────────── Consent ───────────────────────────── */

export type ConsentStatus = ConsentRecord['status'];
export type ConsentGivenBy = ConsentRecord['givenBy'];
export type ConsentRequirementKind = ConsentRequirement['kind'];
/** Why sharing needs an override. */
export type ConsentReason = Extract<ConsentRequirement, { kind: 'needs_override' }>['why'];
/** The legal duty that makes sharing an override by law. */
export type LegalDuty = Extract<ConsentRequirement, { kind: 'override_by_law' }>['duty'];
/** Why a referral may not be made on the consent (or override) given. */
export type ConsentRefusal = Extract<ReturnType<typeof sharingBasis>, { ok: false }>['refusal'];

export const CONSENT_STATUS_LABELS: LabelsOf<ConsentStatus> = {
  given: { kk: 'Келісім берілді', ru: 'Согласие дано', en: 'Consent given' },
  refused: { kk: 'Келісім берілмеді', ru: 'В согласии отказано', en: 'Consent refused' },
  withdrawn: { kk: 'Келісім кері алынды', ru: 'Согласие отозвано', en: 'Consent withdrawn' },
};

export const CONSENT_GIVEN_BY_LABELS: LabelsOf<ConsentGivenBy> = {
  child: { kk: 'Баланың өзі', ru: 'Сам ребенок', en: 'The child' },
  parent: { kk: 'Ата-анасы', ru: 'Родитель', en: 'Parent' },
  legal_representative: { kk: 'Заңды өкілі', ru: 'Законный представитель', en: 'Legal representative' },
};

export const CONSENT_REQUIREMENT_LABELS: LabelsOf<ConsentRequirementKind> = {
  allowed: { kk: 'Келісім бар', ru: 'Согласие есть', en: 'Consent covers it' },
  needs_override: {
    kk: 'Келісімсіз беруге рұқсат қажет',
    ru: 'Нужно разрешение на передачу без согласия',
    en: 'Needs an override',
  },
  override_by_law: {
    kk: 'Заң бойынша, келісімсіз',
    ru: 'В силу закона, без согласия',
    en: 'Required by law',
  },
};

export const CONSENT_REASON_LABELS: LabelsOf<ConsentReason> = {
  no_consent: { kk: 'Келісім тіркелмеген', ru: 'Согласие не оформлено', en: 'No consent recorded' },
  consent_refused: { kk: 'Келісім берілмеген', ru: 'В согласии отказано', en: 'Consent refused' },
  consent_withdrawn: { kk: 'Келісім кері алынған', ru: 'Согласие отозвано', en: 'Consent withdrawn' },
  consent_does_not_cover: {
    kk: 'Келісім бұл ұйым түріне қатысты емес',
    ru: 'Согласие не распространяется на этот тип организаций',
    en: 'Consent does not cover this organisation',
  },
};

export const LEGAL_DUTY_LABELS: LabelsOf<LegalDuty> = {
  report_violence_to_police: {
    kk: 'Балаға қатысты зорлық-зомбылық туралы полицияға хабарлау — заң талабы',
    ru: 'Сообщить в полицию о насилии над ребенком — обязанность по закону',
    en: 'Reporting violence against a child to the police is a legal duty',
  },
};

export const CONSENT_REFUSAL_MESSAGES: LabelsOf<ConsentRefusal> = {
  override_required: {
    kk: 'Келісім жоқ: жолдама үшін супервизордың немесе кейс-менеджердің себебі көрсетілген рұқсаты қажет.',
    ru: 'Согласия нет: для направления нужно разрешение супервизора или кейс-менеджера с указанием причины.',
    en: 'There is no consent: the referral needs an override by a supervisor or case manager, with a reason.',
  },
  override_not_permitted: {
    kk: 'Келісімсіз беруге тек аудан супервизоры немесе кейс-менеджері рұқсат бере алады.',
    ru: 'Разрешить передачу без согласия может только супервизор или кейс-менеджер района.',
    en: 'Only a district supervisor or case manager can authorise sharing without consent.',
  },
  reason_required: {
    kk: 'Мәліметтерді келісімсіз беру себебін көрсетіңіз.',
    ru: 'Укажите причину передачи сведений без согласия.',
    en: 'Give the reason for sharing without consent.',
  },
};

/* ───────────────────────────── Break-glass, triage, tasks ───────────────────────────── */

export const BREAK_GLASS_REFUSAL_MESSAGES: LabelsOf<BreakGlassRefusal> = {
  role_not_allowed: {
    kk: 'Сіздің рөліңіз істермен жұмыс істеуге арналмаған, сондықтан шұғыл қолжетімділік берілмейді.',
    ru: 'Ваша роль не предусматривает работу со случаями, поэтому экстренный доступ не предоставляется.',
    en: 'Your role does not work with cases, so emergency access is not available.',
  },
  reason_required: {
    kk: `Шұғыл қолжетімділік себебін кемінде ${BREAK_GLASS_MIN_REASON_LENGTH} таңбамен жазыңыз: оны кейін супервизор тексереді.`,
    ru: `Опишите причину экстренного доступа (не менее ${BREAK_GLASS_MIN_REASON_LENGTH} символов): ее затем проверит супервизор.`,
    en: `Describe why you need emergency access (at least ${BREAK_GLASS_MIN_REASON_LENGTH} characters): a supervisor will review it.`,
  },
  duration_out_of_range: {
    kk: `Шұғыл қолжетімділік ${BREAK_GLASS_MAX_HOURS} сағаттан аспайтын мерзімге беріледі.`,
    ru: `Экстренный доступ предоставляется не более чем на ${BREAK_GLASS_MAX_HOURS} ч.`,
    en: `Emergency access can last at most ${BREAK_GLASS_MAX_HOURS} hours.`,
  },
};

export type NoticeKind = BreakGlassNotice['kind'];

export const NOTICE_LABELS: LabelsOf<NoticeKind> = {
  break_glass_opened: {
    kk: 'Іске шұғыл қолжетімділік ашылды',
    ru: 'Открыт экстренный доступ к случаю',
    en: 'Emergency access to a case opened',
  },
};

export const TRIAGE_STATUS_LABELS: LabelsOf<TriageStatus> = {
  within: { kk: 'Мерзімінде', ru: 'В срок', en: 'On time' },
  due_soon: { kk: 'Мерзімі таяп қалды', ru: 'Срок истекает', en: 'Due soon' },
  breached: { kk: 'Мерзімі өтті', ru: 'Срок нарушен', en: 'Overdue' },
  met: { kk: 'Байланыс орнатылды', ru: 'Контакт состоялся', en: 'First contact made' },
};

export const TASK_STATUS_LABELS: LabelsOf<TaskStatus> = {
  open: { kk: 'Орындалуда', ru: 'В работе', en: 'Open' },
  due_soon: { kk: 'Мерзімі жақын', ru: 'Скоро срок', en: 'Due soon' },
  overdue: { kk: 'Мерзімі өткен', ru: 'Просрочено', en: 'Overdue' },
  done: { kk: 'Орындалды', ru: 'Выполнено', en: 'Done' },
};

/* ───────────────────────────── Forms ───────────────────────────── */

export const ASSESSMENT_DOMAIN_LABELS: LabelsOf<AssessmentDomain> = {
  safety: { kk: 'Қауіпсіздік', ru: 'Безопасность', en: 'Safety' },
  health: { kk: 'Денсаулық', ru: 'Здоровье', en: 'Health' },
  education_and_development: {
    kk: 'Білім және даму',
    ru: 'Обучение и развитие',
    en: 'Education and development',
  },
  emotional_and_behavioural: {
    kk: 'Эмоциялық жағдайы және мінез-құлқы',
    ru: 'Эмоциональное состояние и поведение',
    en: 'Emotions and behaviour',
  },
  family_relationships: {
    kk: 'Отбасылық қарым-қатынас',
    ru: 'Семейные отношения',
    en: 'Family relationships',
  },
  parenting_capacity: {
    kk: 'Ата-ананың бала тәрбиелеу мүмкіндігі',
    ru: 'Родительский потенциал',
    en: 'Parenting capacity',
  },
  living_conditions: { kk: 'Тұрмыс жағдайы', ru: 'Жилищно-бытовые условия', en: 'Living conditions' },
  economic_situation: { kk: 'Материалдық жағдайы', ru: 'Материальное положение', en: 'Economic situation' },
  social_connections: { kk: 'Әлеуметтік байланыстар', ru: 'Социальные связи', en: 'Social connections' },
};

export const DOMAIN_RATING_LABELS: LabelsOf<DomainRating> = {
  no_concern: { kk: 'Алаңдауға негіз жоқ', ru: 'Нет опасений', en: 'No concern' },
  some_concern: { kk: 'Біршама алаңдаушылық бар', ru: 'Есть опасения', en: 'Some concern' },
  serious_concern: { kk: 'Елеулі алаңдаушылық', ru: 'Серьезные опасения', en: 'Serious concern' },
  not_known: { kk: 'Белгісіз', ru: 'Неизвестно', en: 'Not known' },
};

export const INFORMATION_SOURCE_LABELS: LabelsOf<InformationSource> = {
  child_interview: { kk: 'Баламен әңгіме', ru: 'Беседа с ребенком', en: 'Interview with the child' },
  parent_interview: { kk: 'Ата-анамен әңгіме', ru: 'Беседа с родителями', en: 'Interview with the parents' },
  home_visit: { kk: 'Үйге бару', ru: 'Посещение на дому', en: 'Home visit' },
  school: { kk: 'Мектеп мәліметтері', ru: 'Сведения школы', en: 'School' },
  health_records: { kk: 'Медициналық құжаттар', ru: 'Медицинская документация', en: 'Health records' },
  police_records: { kk: 'Полиция мәліметтері', ru: 'Сведения полиции', en: 'Police records' },
  other_professional: { kk: 'Басқа маман', ru: 'Другой специалист', en: 'Other professional' },
  observation: { kk: 'Бақылау', ru: 'Наблюдение', en: 'Observation' },
};

export const ASSESSMENT_RECOMMENDATION_LABELS: LabelsOf<AssessmentRecommendation> = {
  case_plan: { kk: 'Жұмыс жоспарын құру', ru: 'Составить план работы', en: 'Draw up a case plan' },
  referral_only: { kk: 'Тек жолдама беру', ru: 'Только направление', en: 'Referral only' },
  close: { kk: 'Істі жабу', ru: 'Закрыть случай', en: 'Close the case' },
};

export const FORM_NAME_LABELS: LabelsOf<FormName> = {
  assessment: { kk: 'Бағалау', ru: 'Оценка', en: 'Assessment' },
  case_plan: { kk: 'Жұмыс жоспары', ru: 'План работы', en: 'Case plan' },
};

/** How a child took part in the violence a rehabilitation service answers. */
export type ChildRole = CasePlanV1['rehabilitation'][number]['childWas'];

export const CHILD_ROLE_LABELS: LabelsOf<ChildRole> = {
  victim: { kk: 'Жәбірленуші', ru: 'Пострадавший', en: 'Victim' },
  witness: { kk: 'Куә', ru: 'Свидетель', en: 'Witness' },
};

/* ───────────────────────────── Validation and warnings ───────────────────────────── */

/** The message of every validation key. None has a placeholder: the rules pass no parameters. */
export const VALIDATION_MESSAGES: LabelsOf<ValidationKey> = {
  'validation.iin_format': {
    kk: 'ЖСН 12 цифрдан тұруы керек.',
    ru: 'ИИН должен состоять из 12 цифр.',
    en: 'An IIN must be 12 digits.',
  },
  'validation.iin_check_digit': {
    kk: 'ЖСН-нің бақылау цифры сәйкес келмейді. Нөмірді тексеріңіз.',
    ru: 'Не сходится контрольная цифра ИИН. Проверьте номер.',
    en: 'The IIN check digit does not match. Check the number.',
  },
  'validation.iin_never_issued': {
    kk: 'Мұндай ЖСН берілмейді. Нөмірді тексеріңіз.',
    ru: 'Такой ИИН не выдается. Проверьте номер.',
    en: 'No such IIN is ever issued. Check the number.',
  },
  'validation.birth_date_in_future': {
    kk: 'Туған күні болашақта болуы мүмкін емес.',
    ru: 'Дата рождения не может быть в будущем.',
    en: 'The birth date cannot be in the future.',
  },
  'validation.birth_date_or_age_required': {
    kk: 'Туған күнін немесе шамамен жасын көрсетіңіз.',
    ru: 'Укажите дату рождения или примерный возраст.',
    en: 'Enter the birth date or an estimated age.',
  },
  'validation.date_in_future': {
    kk: 'Күні болашақта болуы мүмкін емес.',
    ru: 'Дата не может быть в будущем.',
    en: 'The date cannot be in the future.',
  },
  'validation.name_not_cyrillic': {
    kk: 'Аты-жөнін кирилл әріптерімен жазыңыз немесе басқа тілді таңдаңыз.',
    ru: 'Напишите имя кириллицей или выберите другой язык.',
    en: 'Write the name in Cyrillic letters, or choose another language.',
  },
  'validation.name_not_latin': {
    kk: 'Латын әріптерімен жазыңыз (төлқұжаттағыдай).',
    ru: 'Используйте латинские буквы (как в паспорте).',
    en: 'Use Latin letters (as in the passport).',
  },
  'validation.kato_code': {
    kk: 'ӘАОЖ коды 9 цифрдан тұрады.',
    ru: 'Код КАТО состоит из 9 цифр.',
    en: 'A KATO code is 9 digits.',
  },
  'validation.phone': {
    kk: 'Телефон нөмірі қате. Мысалы: +7 701 123 45 67.',
    ru: 'Неверный номер телефона. Например: +7 701 123 45 67.',
    en: 'This is not a phone number. For example: +7 701 123 45 67.',
  },
  'validation.family_member_unknown': {
    kk: 'Мұндай отбасы мүшесі тізімде жоқ.',
    ru: 'Такого члена семьи нет в списке.',
    en: 'There is no such family member in the list.',
  },
  'validation.case_concern_required': {
    kk: 'Кемінде бір мәселені таңдаңыз: онсыз іс ашылмайды.',
    ru: 'Выберите хотя бы одну проблему: без нее случай не открыть.',
    en: 'Choose at least one concern: a case cannot be opened without one.',
  },
  'validation.concern_duplicate': {
    kk: 'Бір мәселе екі рет көрсетілген.',
    ru: 'Одна и та же проблема указана дважды.',
    en: 'The same concern is listed twice.',
  },
  'validation.date_order': {
    kk: 'Аяқталу мерзімі басталу күнінен ерте болмауы керек.',
    ru: 'Срок окончания не может быть раньше даты начала.',
    en: 'The due date cannot be before the start date.',
  },
  'validation.goal_unknown': {
    kk: 'Жоспарда мұндай мақсат жоқ.',
    ru: 'В плане нет такой цели.',
    en: 'There is no such goal in the plan.',
  },
  'validation.id_duplicate': {
    kk: 'Бұл сәйкестендіргіш бұрын қолданылған.',
    ru: 'Такой идентификатор уже используется.',
    en: 'This identifier is already used.',
  },
  'validation.form_unknown': {
    kk: 'Мұндай нысан жоқ.',
    ru: 'Такой формы нет.',
    en: 'There is no such form.',
  },
  'validation.form_version_unknown': {
    kk: 'Нысанның бұл нұсқасы белгісіз.',
    ru: 'Неизвестная версия формы.',
    en: 'This version of the form is unknown.',
  },
  'validation.response_targets_order': {
    kk: 'Жоғарырақ қауіп деңгейінің ден қою мерзімі төменірек деңгейдікінен ұзақ болмауы керек.',
    ru: 'Срок реагирования для более высокого уровня риска не может быть длиннее, чем для более низкого.',
    en: 'A more urgent risk level cannot have a longer response time than a less urgent one.',
  },
  'validation.age_band_order': {
    kk: 'Ең кіші жас ең үлкен жастан аспауы керек.',
    ru: 'Минимальный возраст не может быть больше максимального.',
    en: 'The minimum age cannot be above the maximum age.',
  },
  'validation.protocol_json': {
    kk: 'Файл дұрыс JSON емес.',
    ru: 'Файл не является корректным JSON.',
    en: 'The file is not valid JSON.',
  },
};

/** The message of every warning key: shown to the person entering data, never a reason to refuse. */
export const WARNING_MESSAGES: LabelsOf<WarningKey> = {
  'warning.iin_date_mismatch': {
    kk: 'ЖСН-дегі туған күн көрсетілген туған күнмен сәйкес келмейді. 2013 жылдан бері бұл мүмкін, бірақ екеуін де тексеріңіз.',
    ru: 'Дата рождения в ИИН не совпадает с указанной. С 2013 года так бывает, но проверьте обе.',
    en: 'The birth date in the IIN differs from the one entered. Since 2013 this can happen, but check both.',
  },
  'warning.iin_sex_mismatch': {
    kk: 'ЖСН-дегі жыныс көрсетілген жынысқа сәйкес келмейді. 2013 жылдан бері бұл мүмкін, бірақ тексеріңіз.',
    ru: 'Пол в ИИН не совпадает с указанным. С 2013 года так бывает, но проверьте.',
    en: 'The sex in the IIN differs from the one entered. Since 2013 this can happen, but check it.',
  },
  'warning.iin_date_not_encoded': {
    kk: 'ЖСН-нің алғашқы цифрлары туған күнді білдірмейді. 2013 жылдан кейін берілген нөмірлерде бұл қалыпты жағдай.',
    ru: 'Первые цифры ИИН не образуют дату рождения. Для номеров, выданных после 2013 года, это нормально.',
    en: 'The first digits of the IIN do not form a birth date. This is normal for numbers issued since 2013.',
  },
};

/* ───────────────────────────── The flat catalogue ───────────────────────────── */

/** Every label list of cases/, by the segment of its flat keys (`case.<segment>.<code>`). */
export const CASE_LABELS = {
  concernGroup: CONCERN_GROUP_LABELS,
  concern: CONCERN_LABELS,
  source: CASE_SOURCE_LABELS,
  perpetrator: PERPETRATOR_RELATION_LABELS,
  place: INCIDENT_PLACE_LABELS,
  risk: RISK_LEVEL_LABELS,
  closure: CLOSURE_REASON_LABELS,
  flag: FLAG_REASON_LABELS,
  intervention: INTERVENTION_TYPE_LABELS,
  rehabilitation: REHABILITATION_SERVICE_LABELS,
  decline: DECLINE_REASON_LABELS,
  outcome: REFERRAL_OUTCOME_LABELS,
  family: FAMILY_RELATION_LABELS,
  sex: SEX_LABELS,
  nameScript: NAME_SCRIPT_LABELS,
  contact: CONTACT_KIND_LABELS,
  citizenship: CITIZENSHIP_LABELS,
  stage: CASE_STAGE_LABELS,
  status: CASE_STATUS_LABELS,
  approvalSubject: APPROVAL_SUBJECT_LABELS,
  approvalStatus: APPROVAL_STATUS_LABELS,
  command: WORKFLOW_COMMAND_LABELS,
  refusal: WORKFLOW_REFUSAL_MESSAGES,
  relation: CASE_RELATION_LABELS,
  referralStatus: REFERRAL_STATUS_LABELS,
  referralCommand: REFERRAL_COMMAND_LABELS,
  referralRefusal: REFERRAL_REFUSAL_MESSAGES,
  referralEscalation: REFERRAL_ESCALATION_LABELS,
  sharingBasis: SHARING_BASIS_LABELS,
  transferStatus: TRANSFER_STATUS_LABELS,
  transferCommand: TRANSFER_COMMAND_LABELS,
  transferRefusal: TRANSFER_REFUSAL_MESSAGES,
  consentStatus: CONSENT_STATUS_LABELS,
  consentGivenBy: CONSENT_GIVEN_BY_LABELS,
  consentRequirement: CONSENT_REQUIREMENT_LABELS,
  consentReason: CONSENT_REASON_LABELS,
  legalDuty: LEGAL_DUTY_LABELS,
  consentRefusal: CONSENT_REFUSAL_MESSAGES,
  breakGlassRefusal: BREAK_GLASS_REFUSAL_MESSAGES,
  notice: NOTICE_LABELS,
  triage: TRIAGE_STATUS_LABELS,
  task: TASK_STATUS_LABELS,
  assessmentDomain: ASSESSMENT_DOMAIN_LABELS,
  domainRating: DOMAIN_RATING_LABELS,
  informationSource: INFORMATION_SOURCE_LABELS,
  recommendation: ASSESSMENT_RECOMMENDATION_LABELS,
  form: FORM_NAME_LABELS,
  childWas: CHILD_ROLE_LABELS,
} as const satisfies Readonly<Record<string, Readonly<Record<string, Labels>>>>;

export type CaseLabelSegment = keyof typeof CASE_LABELS;

/** The segment of each CASE_CODE_LISTS list in the flat keys: `case.${segment}.${code}`. */
export const CASE_CODE_LIST_SEGMENTS: Readonly<Record<CodeListName, CaseLabelSegment>> = {
  concernGroup: 'concernGroup',
  concern: 'concern',
  source: 'source',
  perpetratorRelation: 'perpetrator',
  incidentPlace: 'place',
  riskLevel: 'risk',
  closureReason: 'closure',
  flagReason: 'flag',
  interventionType: 'intervention',
  rehabilitationService: 'rehabilitation',
  declineReason: 'decline',
  referralOutcome: 'outcome',
};

/**
 * Adds `prefix + code` → label for every code of every list to a catalogue. A key met twice is a bug in
 * the catalogue (two lists under one segment, a code with a dot): it throws instead of hiding a label.
 */
export function addLabels(
  catalog: Record<string, string>,
  lists: Readonly<Record<string, Readonly<Record<string, Labels>>>>,
  prefix: (listName: string) => string,
  locale: LabelLocale,
): Record<string, string> {
  for (const [name, labels] of Object.entries(lists)) {
    for (const [code, label] of Object.entries(labels)) {
      const key = `${prefix(name)}${code}`;
      if (Object.hasOwn(catalog, key)) throw new Error(`duplicate label key ${key}`);
      catalog[key] = label[locale];
    }
  }
  return catalog;
}

/**
 * Every label and message of cases/ in one language, flat: `case.<segment>.<code>`, `validation.*`,
 * `warning.*` (see the header of this file).
 */
export function caseLabelCatalog(locale: LabelLocale): Record<string, string> {
  const catalog: Record<string, string> = {};
  addLabels(catalog, CASE_LABELS, (segment) => `case.${segment}.`, locale);
  addLabels(catalog, { validation: VALIDATION_MESSAGES, warning: WARNING_MESSAGES }, () => '', locale);
  return catalog;
}

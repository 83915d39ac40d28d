import { addLabels, type LabelLocale, type Labels, type LabelsOf } from '../cases/labels.ts';
import type { KdnDecisionType } from './kdn.ts';
import type { DispatchEvent, DispatchRefusal, DispatchStatus } from './mobile-dispatch.ts';
import type { ProtocolAction, Within } from './protocol-schema.ts';
import type { ResolutionLevel } from './resolution.ts';
import type { PreventionParticipant } from './tertiary-prevention.ts';

export type { LabelLocale, Labels, LabelsOf } from '../cases/labels.ts';

/*
 * The Kazakh, Russian and English labels of every code protocol/ exports: protocol actions and time limits,
 * KDN decisions and the tasks they create, tertiary-prevention participants and activities, mobile
 * response group dispatch states, events and refusals, and where an organisation is looked for. Each list
 * is a `Record<Code, Labels>`, so the compiler requires a label for every code of a typed list.
 *
 * KDN task kinds and prevention activities are typed `string` in kdn.ts and tertiary-prevention.ts, so
 * their code types are spelt out here; labels.test.ts walks KDN_TASK_KINDS and PREVENTION_ACTIVITIES at run
 * time, so a kind or activity added there without a label here fails the test.
 *
 * Flat catalogue (`protocolLabelCatalog(locale)`), for i18next (keySeparator: false) and the server:
 *
 *   protocol.action.<action>                what a rule asks (PROTOCOL_ACTIONS)
 *   protocol.within.<immediately|same_day|hours|days>
 *                                           a rule's time limit; hours and days take {{count}}
 *                                           (withinLabel() writes the whole phrase with plurals)
 *   protocol.kdn.<decision>                 a KDN decision (KDN_DECISION_TYPES)
 *   protocol.participant.<participant>      tertiary prevention: for whom (PREVENTION_PARTICIPANTS)
 *   protocol.activity.<activity>            tertiary prevention: what (PREVENTION_ACTIVITIES)
 *   protocol.dispatch.<status>              a mobile response group dispatch (DISPATCH_STATUSES)
 *   protocol.dispatchEvent.<event>          what the group reports (accept, arrive, complete, cancel)
 *   protocol.dispatchRefusal.<refusal>      why a dispatch event was refused (a sentence)
 *   protocol.resolution.<level>             where the organisation that must act is looked for
 *   task.<kind>                             a case task by its `CaseTask.kind`: the KDN tasks
 *                                           (task.kdn.hand_decision_to_family, …) and the tasks
 *                                           protocol actions become (task.protocol.examine, …)
 *
 * e.g. protocol.action.notify, protocol.kdn.warning, protocol.activity.staff_briefing,
 * task.kdn.check_fine_paid.
 */

export const PROTOCOL_ACTION_LABELS: LabelsOf<ProtocolAction> = {
  notify: { kk: 'Хабарлау', ru: 'Уведомление', en: 'Notification' },
  visit: { kk: 'Үйге бару', ru: 'Посещение на дому', en: 'Home visit' },
  search: { kk: 'Баланы іздестіру', ru: 'Розыск ребенка', en: 'Search for the child' },
  examine: { kk: 'Медициналық тексеру', ru: 'Медицинское обследование', en: 'Medical examination' },
  medical_care: { kk: 'Медициналық көмек көрсету', ru: 'Оказание медицинской помощи', en: 'Medical care' },
  assess: { kk: 'Жағдайды бағалау', ru: 'Оценка ситуации', en: 'Assessment' },
  psychological_help: {
    kk: 'Психологиялық көмек көрсету',
    ru: 'Оказание психологической помощи',
    en: 'Psychological help',
  },
  convene: { kk: 'Отырыста қарау', ru: 'Рассмотрение на заседании', en: 'Hearing' },
  plan: { kk: 'Жоспар құру', ru: 'Составление плана', en: 'Drawing up a plan' },
  inform_parents: { kk: 'Ата-анаға хабарлау', ru: 'Информирование родителей', en: 'Informing the parents' },
};

/** The named time limits and the units of the counted ones. */
export type WithinCode =
  | Extract<Within, string>
  | (Exclude<Within, string> extends infer W ? (W extends object ? keyof W : never) : never);

/** `hours` and `days` take `{{count}}`; withinLabel() writes the phrase with the right plural. */
export const WITHIN_LABELS: LabelsOf<WithinCode> = {
  immediately: { kk: 'Дереу', ru: 'Незамедлительно', en: 'Immediately' },
  same_day: { kk: 'Сол күні', ru: 'В тот же день', en: 'The same day' },
  hours: { kk: '{{count}} сағат ішінде', ru: 'В течение {{count}} ч', en: 'Within {{count}} h' },
  days: { kk: '{{count}} күн ішінде', ru: 'В течение {{count}} дн.', en: 'Within {{count}} d' },
};

// Russian genitive after "в течение": 1, 21, 31… take the singular, the rest the plural; a fraction the singular.
const ruGenitive = (n: number, one: string, many: string): string =>
  !Number.isInteger(n) || (n % 10 === 1 && n % 100 !== 11) ? one : many;

const number = (n: number, locale: LabelLocale): string =>
  locale === 'en' ? String(n) : String(n).replace('.', ',');

/** A rule's time limit as a phrase: "Within 3 days", "В течение 24 часов", "3 күн ішінде". */
export function withinLabel(within: Within, locale: LabelLocale): string {
  if (typeof within === 'string') return WITHIN_LABELS[within][locale];
  const [unit, count] =
    'hours' in within ? (['hours', within.hours] as const) : (['days', within.days] as const);
  const n = number(count, locale);
  switch (locale) {
    case 'kk':
      return `${n} ${unit === 'hours' ? 'сағат' : 'күн'} ішінде`;
    case 'ru':
      return `В течение ${n} ${unit === 'hours' ? ruGenitive(count, 'часа', 'часов') : ruGenitive(count, 'дня', 'дней')}`;
    case 'en':
      return `Within ${n} ${unit === 'hours' ? 'hour' : 'day'}${count === 1 ? '' : 's'}`;
  }
}

export const KDN_DECISION_LABELS: LabelsOf<KdnDecisionType> = {
  explanation_of_law: {
    kk: 'Заңнама талаптарын түсіндіру',
    ru: 'Разъяснение требований законодательства',
    en: 'Explanation of the law',
  },
  warning: { kk: 'Ескерту', ru: 'Предупреждение', en: 'Warning' },
  supervision_by_parents: {
    kk: 'Ата-анасының немесе оларды алмастыратын адамдардың қадағалауына беру',
    ru: 'Передача под надзор родителей или лиц, их заменяющих',
    en: 'Supervision by the parents',
  },
  supervision_by_state_body: {
    kk: 'Мамандандырылған мемлекеттік органның қадағалауына беру',
    ru: 'Передача под надзор специализированного государственного органа',
    en: 'Supervision by a state body',
  },
  duty_to_make_good_harm: {
    kk: 'Келтірілген зиянды өтеу міндетін жүктеу',
    ru: 'Возложение обязанности загладить причиненный вред',
    en: 'Duty to make good the harm',
  },
  leisure_restriction: {
    kk: 'Бос уақытты шектеу және мінез-құлыққа ерекше талаптар қою',
    ru: 'Ограничение досуга и особые требования к поведению',
    en: 'Leisure restriction and behaviour requirements',
  },
  fine_on_parents: {
    kk: 'Ата-анаға айыппұл салу',
    ru: 'Наложение штрафа на родителей',
    en: 'Fine on the parents',
  },
  preventive_registration: {
    kk: 'Профилактикалық есепке қою',
    ru: 'Постановка на профилактический учет',
    en: 'Preventive registration',
  },
  referral_to_rehabilitation: {
    kk: 'Оңалтуға жолдау',
    ru: 'Направление на реабилитацию',
    en: 'Referral to rehabilitation',
  },
  obligations_for_parents: {
    kk: 'Ата-анаға міндеттер жүктеу',
    ru: 'Возложение обязанностей на родителей',
    en: 'Obligations on the parents',
  },
  petition_special_regime_organisation: {
    kk: 'Ерекше режимде ұстайтын білім беру ұйымына орналастыру туралы өтінішхат',
    ru: 'Ходатайство о помещении в организацию образования с особым режимом содержания',
    en: 'Petition for a special-regime education organisation',
  },
  address_guardianship_body: {
    kk: 'Қорғаншылық және қамқоршылық органына жүгіну',
    ru: 'Обращение в орган опеки и попечительства',
    en: 'Referral to the guardianship authority',
  },
  postponement: { kk: 'Қарауды кейінге қалдыру', ru: 'Отложение рассмотрения', en: 'Postponement' },
  dismissal: {
    kk: 'Материалдарды қарауды тоқтату',
    ru: 'Прекращение рассмотрения материалов',
    en: 'Dismissal',
  },
};

/** The task kinds a KDN decision creates (KDN_TASK_KINDS), as `CaseTask.kind` holds them. */
export type KdnTaskKind =
  | 'kdn.hand_decision_to_family'
  | 'kdn.check_supervision'
  | 'kdn.supervision_plan'
  | 'kdn.report_execution'
  | 'kdn.check_harm_made_good'
  | 'kdn.check_leisure_restriction'
  | 'kdn.check_fine_paid'
  | 'kdn.individual_prevention_plan'
  | 'kdn.register_with_police'
  | 'kdn.start_rehabilitation'
  | 'kdn.check_parents_obligations'
  | 'kdn.submission_to_court'
  | 'kdn.guardianship_assessment'
  | 'kdn.provide_materials';

export const KDN_TASK_LABELS: LabelsOf<KdnTaskKind> = {
  'kdn.hand_decision_to_family': {
    kk: 'Қаулыны отбасына тапсыру',
    ru: 'Вручение постановления семье',
    en: 'Hand the decision to the family',
  },
  'kdn.check_supervision': {
    kk: 'Қадағалаудың жүзеге асырылуын тексеру',
    ru: 'Проверка осуществления надзора',
    en: 'Check the supervision',
  },
  'kdn.supervision_plan': {
    kk: 'Қадағалау жоспарын құру',
    ru: 'Составление плана надзора',
    en: 'Supervision plan',
  },
  'kdn.report_execution': {
    kk: 'Қаулының орындалуы туралы КТІҚҚК-ке есеп беру',
    ru: 'Отчет в КДНиЗП об исполнении постановления',
    en: 'Report execution to the KDN',
  },
  'kdn.check_harm_made_good': {
    kk: 'Зиянның өтелуін тексеру',
    ru: 'Проверка заглаживания вреда',
    en: 'Check the harm was made good',
  },
  'kdn.check_leisure_restriction': {
    kk: 'Бос уақытты шектеудің сақталуын тексеру',
    ru: 'Проверка соблюдения ограничения досуга',
    en: 'Check the leisure restriction',
  },
  'kdn.check_fine_paid': {
    kk: 'Айыппұлдың төленуін тексеру',
    ru: 'Проверка уплаты штрафа',
    en: 'Check the fine was paid',
  },
  'kdn.individual_prevention_plan': {
    kk: 'Жеке профилактикалық жұмыс жоспары',
    ru: 'План индивидуальной профилактической работы',
    en: 'Individual prevention plan',
  },
  'kdn.register_with_police': {
    kk: 'Ішкі істер органдарында есепке қою',
    ru: 'Постановка на учет в ОВД',
    en: 'Registration with the police',
  },
  'kdn.start_rehabilitation': {
    kk: 'Оңалтуды бастау',
    ru: 'Начало реабилитации',
    en: 'Start rehabilitation',
  },
  'kdn.check_parents_obligations': {
    kk: 'Ата-ана міндеттерінің орындалуын тексеру',
    ru: 'Проверка исполнения обязанностей родителями',
    en: 'Check the parents’ obligations',
  },
  'kdn.submission_to_court': {
    kk: 'Сотқа материалдар жолдау',
    ru: 'Направление материалов в суд',
    en: 'Submission to the court',
  },
  'kdn.guardianship_assessment': {
    kk: 'Қорғаншылық және қамқоршылық органының тексеруі',
    ru: 'Обследование органом опеки и попечительства',
    en: 'Guardianship assessment',
  },
  'kdn.provide_materials': {
    kk: 'Қосымша материалдар ұсыну',
    ru: 'Представление дополнительных материалов',
    en: 'Provide further materials',
  },
};

export const PREVENTION_PARTICIPANT_LABELS: LabelsOf<PreventionParticipant> = {
  child: { kk: 'Баланың өзі', ru: 'Ребенок', en: 'The child' },
  involved_children: { kk: 'Оқиғаға қатысы бар балалар', ru: 'Причастные дети', en: 'Children involved' },
  classmates: { kk: 'Сыныптастар', ru: 'Одноклассники', en: 'Classmates' },
  parents: { kk: 'Ата-аналар', ru: 'Родители', en: 'Parents' },
  staff: { kk: 'Мектеп қызметкерлері', ru: 'Сотрудники школы', en: 'School staff' },
};

/** The activities of the tertiary-prevention templates (PREVENTION_ACTIVITIES). */
export type PreventionActivityCode =
  | 'safety_plan_with_child'
  | 'individual_psychological_support'
  | 'return_to_school_meeting'
  | 'class_wellbeing_session'
  | 'peer_support_check_in'
  | 'parent_consultation'
  | 'means_safety_counselling'
  | 'staff_briefing'
  | 'wellbeing_monitoring'
  | 'safe_adult_at_school'
  | 'work_with_children_who_harmed'
  | 'restorative_meeting'
  | 'class_climate_session'
  | 'meeting_with_parents'
  | 'meeting_with_parents_of_children_who_harmed'
  | 'supervision_of_hotspots'
  | 'non_offending_parent_consultation'
  | 'confidentiality_briefing'
  | 'school_needs_assessment'
  | 'attendance_and_wellbeing_monitoring'
  | 'return_interview'
  | 'motivational_interview'
  | 'health_lesson'
  | 'individual_prevention_plan'
  | 'leisure_engagement'
  | 'law_lesson'
  | 'digital_safety_lesson'
  | 'digital_safety_consultation';

export const PREVENTION_ACTIVITY_LABELS: LabelsOf<PreventionActivityCode> = {
  safety_plan_with_child: {
    kk: 'Баламен бірге қауіпсіздік жоспарын құру',
    ru: 'План безопасности вместе с ребенком',
    en: 'Safety plan with the child',
  },
  individual_psychological_support: {
    kk: 'Жеке психологиялық қолдау',
    ru: 'Индивидуальная психологическая поддержка',
    en: 'Individual psychological support',
  },
  return_to_school_meeting: {
    kk: 'Мектепке оралу алдындағы кездесу',
    ru: 'Встреча перед возвращением в школу',
    en: 'Return-to-school meeting',
  },
  class_wellbeing_session: {
    kk: 'Сыныппен психологиялық әл-ауқат туралы сабақ',
    ru: 'Занятие с классом о психологическом благополучии',
    en: 'Class wellbeing session',
  },
  peer_support_check_in: {
    kk: 'Сыныптастармен қолдау кездесуі',
    ru: 'Встреча поддержки с одноклассниками',
    en: 'Peer support check-in',
  },
  parent_consultation: {
    kk: 'Ата-анаға кеңес беру',
    ru: 'Консультация родителей',
    en: 'Parent consultation',
  },
  means_safety_counselling: {
    kk: 'Қауіпті заттарға қолжетімділікті шектеу бойынша кеңес',
    ru: 'Консультация об ограничении доступа к опасным средствам',
    en: 'Counselling on restricting access to means',
  },
  staff_briefing: { kk: 'Қызметкерлерге нұсқама', ru: 'Инструктаж сотрудников', en: 'Staff briefing' },
  wellbeing_monitoring: {
    kk: 'Баланың жай-күйін бақылау',
    ru: 'Наблюдение за состоянием ребенка',
    en: 'Wellbeing monitoring',
  },
  safe_adult_at_school: {
    kk: 'Мектептегі сенімді ересек адам',
    ru: 'Доверенный взрослый в школе',
    en: 'Safe adult at school',
  },
  work_with_children_who_harmed: {
    kk: 'Зиян келтірген балалармен жұмыс',
    ru: 'Работа с детьми, причинившими вред',
    en: 'Work with the children who caused harm',
  },
  restorative_meeting: {
    kk: 'Қалпына келтіру кездесуі (медиация)',
    ru: 'Восстановительная встреча (медиация)',
    en: 'Restorative meeting',
  },
  class_climate_session: {
    kk: 'Сыныптағы психологиялық ахуал бойынша сабақ',
    ru: 'Занятие по психологическому климату в классе',
    en: 'Class climate session',
  },
  meeting_with_parents: {
    kk: 'Ата-аналармен кездесу',
    ru: 'Встреча с родителями',
    en: 'Meeting with parents',
  },
  meeting_with_parents_of_children_who_harmed: {
    kk: 'Зиян келтірген балалардың ата-аналарымен кездесу',
    ru: 'Встреча с родителями детей, причинивших вред',
    en: 'Meeting with parents of the children who caused harm',
  },
  supervision_of_hotspots: {
    kk: 'Мектептегі қауіпті орындарды қадағалау',
    ru: 'Дежурство в опасных местах школы',
    en: 'Supervision of hotspots',
  },
  non_offending_parent_consultation: {
    kk: 'Зорлыққа қатысы жоқ ата-анаға кеңес беру',
    ru: 'Консультация родителя, непричастного к насилию',
    en: 'Consultation with the non-offending parent',
  },
  confidentiality_briefing: {
    kk: 'Құпиялылықты сақтау туралы нұсқама',
    ru: 'Инструктаж о конфиденциальности',
    en: 'Confidentiality briefing',
  },
  school_needs_assessment: {
    kk: 'Баланың мектептегі қажеттіліктерін бағалау',
    ru: 'Оценка потребностей ребенка в школе',
    en: 'School needs assessment',
  },
  attendance_and_wellbeing_monitoring: {
    kk: 'Сабаққа қатысуы мен жай-күйін бақылау',
    ru: 'Наблюдение за посещаемостью и состоянием',
    en: 'Attendance and wellbeing monitoring',
  },
  return_interview: {
    kk: 'Оралғаннан кейінгі әңгіме',
    ru: 'Беседа после возвращения',
    en: 'Return interview',
  },
  motivational_interview: {
    kk: 'Мотивациялық сұхбат',
    ru: 'Мотивационное интервью',
    en: 'Motivational interview',
  },
  health_lesson: {
    kk: 'Салауатты өмір салты сабағы',
    ru: 'Урок здорового образа жизни',
    en: 'Health lesson',
  },
  individual_prevention_plan: {
    kk: 'Жеке профилактикалық жұмыс жоспары',
    ru: 'План индивидуальной профилактической работы',
    en: 'Individual prevention plan',
  },
  leisure_engagement: {
    kk: 'Бос уақытын ұйымдастыру (үйірмелер, секциялар)',
    ru: 'Вовлечение в досуг (кружки, секции)',
    en: 'Engagement in leisure activities',
  },
  law_lesson: { kk: 'Құқықтық сауаттылық сабағы', ru: 'Урок правовой грамотности', en: 'Law lesson' },
  digital_safety_lesson: {
    kk: 'Цифрлық қауіпсіздік сабағы',
    ru: 'Урок цифровой безопасности',
    en: 'Digital safety lesson',
  },
  digital_safety_consultation: {
    kk: 'Цифрлық қауіпсіздік бойынша кеңес',
    ru: 'Консультация по цифровой безопасности',
    en: 'Digital safety consultation',
  },
};

export const DISPATCH_STATUS_LABELS: LabelsOf<DispatchStatus> = {
  alerted: { kk: 'Шақыру жіберілді', ru: 'Вызов передан', en: 'Alerted' },
  accepted: { kk: 'Шақыру қабылданды', ru: 'Вызов принят', en: 'Accepted' },
  arrived: { kk: 'Оқиға орнында', ru: 'На месте', en: 'On scene' },
  completed: { kk: 'Аяқталды', ru: 'Завершено', en: 'Completed' },
  cancelled: { kk: 'Тоқтатылды', ru: 'Отменено', en: 'Cancelled' },
};

export type DispatchEventType = DispatchEvent['type'];

export const DISPATCH_EVENT_LABELS: LabelsOf<DispatchEventType> = {
  accept: { kk: 'Шақыруды қабылдау', ru: 'Принять вызов', en: 'Accept the call-out' },
  arrive: { kk: 'Орнына жеттік', ru: 'Прибыли на место', en: 'Arrived on scene' },
  complete: { kk: 'Шығуды аяқтау', ru: 'Завершить выезд', en: 'Complete the call-out' },
  cancel: { kk: 'Шақыруды тоқтату', ru: 'Отменить вызов', en: 'Cancel the call-out' },
};

export const DISPATCH_REFUSAL_MESSAGES: LabelsOf<DispatchRefusal> = {
  wrong_status: {
    kk: 'Шақырудың қазіргі мәртебесінде бұл әрекет мүмкін емес.',
    ru: 'При текущем статусе вызова это действие невозможно.',
    en: 'This cannot be done in the call-out’s current status.',
  },
  time_before_previous: {
    kk: 'Уақыты алдыңғы белгіден ерте болмауы керек.',
    ru: 'Время не может быть раньше предыдущей отметки.',
    en: 'The time cannot be earlier than the previous step.',
  },
  reason_required: {
    kk: 'Шақыруды тоқтату себебін көрсетіңіз.',
    ru: 'Укажите причину отмены вызова.',
    en: 'Give the reason for cancelling the call-out.',
  },
};

export const RESOLUTION_LEVEL_LABELS: LabelsOf<ResolutionLevel> = {
  child_school: { kk: 'Баланың мектебі', ru: 'Школа ребенка', en: 'The child’s school' },
  district: { kk: 'Аудан', ru: 'Район', en: 'District' },
  region: { kk: 'Өңір', ru: 'Регион', en: 'Region' },
  national: { kk: 'Республикалық деңгей', ru: 'Республиканский уровень', en: 'National' },
};

/** Every label list of protocol/, by the segment of its flat keys (`protocol.<segment>.<code>`). */
export const PROTOCOL_LABELS = {
  action: PROTOCOL_ACTION_LABELS,
  within: WITHIN_LABELS,
  kdn: KDN_DECISION_LABELS,
  participant: PREVENTION_PARTICIPANT_LABELS,
  activity: PREVENTION_ACTIVITY_LABELS,
  dispatch: DISPATCH_STATUS_LABELS,
  dispatchEvent: DISPATCH_EVENT_LABELS,
  dispatchRefusal: DISPATCH_REFUSAL_MESSAGES,
  resolution: RESOLUTION_LEVEL_LABELS,
} as const satisfies Readonly<Record<string, Readonly<Record<string, Labels>>>>;

export type ProtocolLabelSegment = keyof typeof PROTOCOL_LABELS;

/** The tasks protocol actions become, by `CaseTask.kind` ("protocol.examine"): the action's label. */
export const PROTOCOL_TASK_LABELS: LabelsOf<`protocol.${ProtocolAction}`> = {
  'protocol.notify': PROTOCOL_ACTION_LABELS.notify,
  'protocol.visit': PROTOCOL_ACTION_LABELS.visit,
  'protocol.search': PROTOCOL_ACTION_LABELS.search,
  'protocol.examine': PROTOCOL_ACTION_LABELS.examine,
  'protocol.medical_care': PROTOCOL_ACTION_LABELS.medical_care,
  'protocol.assess': PROTOCOL_ACTION_LABELS.assess,
  'protocol.psychological_help': PROTOCOL_ACTION_LABELS.psychological_help,
  'protocol.convene': PROTOCOL_ACTION_LABELS.convene,
  'protocol.plan': PROTOCOL_ACTION_LABELS.plan,
  'protocol.inform_parents': PROTOCOL_ACTION_LABELS.inform_parents,
};

/**
 * Every label and message of protocol/ in one language, flat: `protocol.<segment>.<code>` and
 * `task.<kind>` (see the header of this file).
 */
export function protocolLabelCatalog(locale: LabelLocale): Record<string, string> {
  const catalog: Record<string, string> = {};
  addLabels(catalog, PROTOCOL_LABELS, (segment) => `protocol.${segment}.`, locale);
  addLabels(catalog, { kdn: KDN_TASK_LABELS, protocol: PROTOCOL_TASK_LABELS }, () => 'task.', locale);
  return catalog;
}

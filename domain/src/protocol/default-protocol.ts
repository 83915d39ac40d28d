import { type Protocol, type ProtocolInput, protocolSchema } from './protocol-schema.ts';

/*
 * The protocol the demo ships with: a SAMPLE to adapt, not law. Its times and bodies are the examples of
 * the issue, completed with plausible rules for other concerns, so that an installation starts from
 * something that runs. Before use, an administrator checks it against the regulations in force — since
 * 2 March 2026 notably the rules on identifying and helping minors subjected to violence, cruel treatment or
 * bullying under the Law "On the prevention of offences" No. 245-VIII of 30 December 2025 — and against the
 * region's interagency algorithm (roadmap measure 27), then publishes an edited version.
 *
 * Reporting violence to the police is a legal duty (consent.ts), hence "violence.police" for every violence
 * concern. Rule ids name obligations, not concerns, so one obligation triggered by two concerns is done once.
 */

const VIOLENCE = [
  'physical_abuse',
  'sexual_abuse',
  'domestic_violence_witnessed',
  'sexual_exploitation',
  'trafficking',
  'online_grooming',
] as const;
const SELF_HARM = ['self_harm', 'suicidal_thoughts', 'suicide_attempt'] as const;
const PEER_VIOLENCE = ['bullying', 'cyberbullying'] as const;
const ONLINE = ['online_grooming', 'harmful_content', 'online_harm_other'] as const;

const sample: ProtocolInput = {
  id: 'interagency-default',
  version: 1,
  validFrom: '2020-01-01T00:00:00Z',
  title: {
    kk: 'Ведомствоаралық өзара іс-қимыл хаттамасы (үлгі)',
    ru: 'Протокол межведомственного взаимодействия (образец)',
    en: 'Interagency protocol (sample)',
  },
  note: {
    kk: 'Бұл — бейімдеуге арналған үлгі, заң емес: мерзімдер мен органдар мысал ретінде берілген. Қолданар алдында қолданыстағы нормативтік құқықтық актілермен және өңірлік алгоритммен салыстырыңыз.',
    ru: 'Это образец для адаптации, а не норма закона: сроки и органы приведены для примера. Перед применением сверьте их с действующими нормативными правовыми актами и региональным алгоритмом.',
    en: 'This is a sample to adapt, not law: the times and bodies are examples. Before use, check them against the regulations in force and the regional algorithm.',
  },
  sample: true,
  rules: [
    // Violence against the child
    {
      id: 'violence.police',
      when: { concerns: [...VIOLENCE] },
      must: {
        organisationType: 'police_unit',
        action: 'notify',
        within: 'immediately',
        escalateAfterHours: 1,
      },
    },
    {
      id: 'violence.medical-examination',
      when: { concerns: ['physical_abuse', 'sexual_abuse', 'sexual_exploitation', 'trafficking'] },
      must: {
        organisationType: 'health_facility',
        action: 'examine',
        within: { hours: 24 },
        escalateAfterHours: 12,
      },
    },
    {
      id: 'violence.psychologist',
      when: { concerns: [...VIOLENCE, 'emotional_abuse'] },
      must: {
        organisationType: 'psychological_support_centre',
        action: 'psychological_help',
        within: { hours: 72 },
      },
    },
    {
      id: 'sexual-abuse.kdn',
      when: { concerns: ['sexual_abuse', 'sexual_exploitation'] },
      must: { organisationType: 'kdn', action: 'convene', within: { days: 10 } },
    },
    {
      id: 'family-violence.social-assessment',
      when: { concerns: ['emotional_abuse', 'domestic_violence_witnessed'] },
      must: { organisationType: 'social_protection_department', action: 'assess', within: { days: 3 } },
    },
    // Neglect
    {
      id: 'neglect.home-visit',
      when: { concerns: ['neglect'] },
      must: { organisationType: 'social_protection_department', action: 'visit', within: { days: 3 } },
    },
    {
      id: 'neglect.police-visit',
      when: { concerns: ['neglect'], riskLevels: ['immediate'] },
      must: {
        organisationType: 'police_unit',
        action: 'visit',
        within: 'immediately',
        escalateAfterHours: 1,
      },
    },
    {
      id: 'neglect.kdn',
      when: { concerns: ['neglect'], riskLevels: ['immediate', 'high'] },
      must: { organisationType: 'kdn', action: 'convene', within: { days: 10 } },
    },
    // Self-harm and suicide
    {
      id: 'suicide-attempt.medical-care',
      when: { concerns: ['suicide_attempt'] },
      must: {
        organisationType: 'health_facility',
        action: 'medical_care',
        within: 'immediately',
        escalateAfterHours: 1,
      },
    },
    {
      id: 'suicide-attempt.psychologist',
      when: { concerns: ['suicide_attempt'] },
      must: { organisationType: 'psychological_support_centre', action: 'assess', within: 'same_day' },
    },
    {
      id: 'self-harm.psychologist',
      when: { concerns: ['self_harm', 'suicidal_thoughts'] },
      must: { organisationType: 'psychological_support_centre', action: 'assess', within: { hours: 24 } },
    },
    {
      id: 'self-harm.medical-examination',
      when: { concerns: ['self_harm'] },
      must: { organisationType: 'health_facility', action: 'examine', within: { hours: 24 } },
    },
    {
      id: 'self-harm.inform-parents',
      when: { concerns: [...SELF_HARM] },
      must: { organisationType: 'school', action: 'inform_parents', within: 'same_day' },
    },
    {
      id: 'self-harm.tertiary-prevention-plan',
      when: { concerns: [...SELF_HARM] },
      must: { organisationType: 'school', action: 'plan', within: { days: 3 } },
    },
    // Peer violence
    {
      id: 'bullying.school-psychologist',
      when: { concerns: [...PEER_VIOLENCE] },
      must: { organisationType: 'school', action: 'assess', within: { days: 3 } },
    },
    {
      id: 'bullying.tertiary-prevention-plan',
      when: { concerns: [...PEER_VIOLENCE] },
      must: { organisationType: 'school', action: 'plan', within: { days: 7 } },
    },
    {
      id: 'bullying.inform-parents',
      when: { concerns: [...PEER_VIOLENCE] },
      must: { organisationType: 'school', action: 'inform_parents', within: { days: 1 } },
    },
    // Missing
    {
      id: 'missing.police-search',
      when: { concerns: ['running_away', 'missing'] },
      must: {
        organisationType: 'police_unit',
        action: 'search',
        within: 'immediately',
        escalateAfterHours: 1,
      },
    },
    {
      id: 'missing.education-department',
      when: { concerns: ['running_away', 'missing'] },
      must: { organisationType: 'education_department', action: 'notify', within: { hours: 24 } },
    },
    // Exploitation
    {
      id: 'child-labour.social-visit',
      when: { concerns: ['child_labour'] },
      must: { organisationType: 'social_protection_department', action: 'visit', within: { days: 3 } },
    },
    // Substance use
    {
      id: 'substance-use.medical-examination',
      when: { concerns: ['substance_use'] },
      must: { organisationType: 'health_facility', action: 'examine', within: { days: 3 } },
    },
    {
      id: 'substance-use.inform-parents',
      when: { concerns: ['substance_use'] },
      must: { organisationType: 'school', action: 'inform_parents', within: 'same_day' },
    },
    // Offence by a child
    {
      id: 'offence.police',
      when: {
        concerns: ['offence_by_child'],
        sources: [
          'school',
          'preschool',
          'health_facility',
          'helpline',
          'social_protection',
          'psychological_support_centre',
          'kdn',
          'ngo',
          'other_agency',
          'screening',
          'citizen',
          'family_member',
          'child',
          'anonymous',
        ],
      },
      must: { organisationType: 'police_unit', action: 'notify', within: { hours: 24 } },
    },
    {
      // Under 14 nobody answers for any crime (Criminal Code, art. 15): the commission decides the measures.
      id: 'offence.kdn-below-age',
      when: { concerns: ['offence_by_child'], ageBand: { maxYears: 13 } },
      must: { organisationType: 'kdn', action: 'convene', within: { days: 10 } },
    },
    // Online harm
    {
      id: 'online-harm.psychologist',
      when: { concerns: [...ONLINE] },
      must: {
        organisationType: 'psychological_support_centre',
        action: 'psychological_help',
        within: { days: 3 },
      },
    },
    {
      id: 'online-harm.inform-parents',
      when: { concerns: [...ONLINE] },
      must: { organisationType: 'school', action: 'inform_parents', within: { days: 1 } },
    },
  ],
};

/** The sample protocol, validated once at load so a broken sample fails every test at once. */
export const DEFAULT_PROTOCOL: Protocol = protocolSchema.parse(sample);

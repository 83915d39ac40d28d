/**
 * The codes a case is described with: concerns and their groups, where a report came from, who is alleged to
 * have harmed the child, risk levels, closure and flag reasons, services. Codes only: the web app holds the
 * Kazakh, Russian and English labels, and a test there requires a label for every code exported here. Codes
 * are stored in the database, so append new ones and never rename or reuse one.
 */

/** Concern groups, for reports and for rules that apply to a whole group (tertiary prevention, the protocol). */
export const CONCERN_GROUPS = [
  'abuse',
  'neglect',
  'violence_witnessed',
  'peer_violence',
  'self_harm_and_suicide',
  'missing',
  'exploitation',
  'substance_use',
  'offence',
  'online_harm',
] as const;
export type ConcernGroup = (typeof CONCERN_GROUPS)[number];

/** Each concern and the group it belongs to; the order is the order the registration form shows. */
export const CONCERN_GROUP_OF = {
  physical_abuse: 'abuse',
  sexual_abuse: 'abuse',
  emotional_abuse: 'abuse',
  neglect: 'neglect',
  domestic_violence_witnessed: 'violence_witnessed',
  bullying: 'peer_violence',
  cyberbullying: 'peer_violence',
  self_harm: 'self_harm_and_suicide',
  suicidal_thoughts: 'self_harm_and_suicide',
  suicide_attempt: 'self_harm_and_suicide',
  running_away: 'missing',
  missing: 'missing',
  sexual_exploitation: 'exploitation',
  child_labour: 'exploitation',
  trafficking: 'exploitation',
  substance_use: 'substance_use',
  offence_by_child: 'offence',
  online_grooming: 'online_harm',
  harmful_content: 'online_harm',
  online_harm_other: 'online_harm',
} as const satisfies Record<string, ConcernGroup>;

export type Concern = keyof typeof CONCERN_GROUP_OF;

/** Every concern code, in form order. */
export const CONCERNS = Object.keys(CONCERN_GROUP_OF) as Concern[];

/** The group a concern belongs to. */
export function concernGroup(concern: Concern): ConcernGroup {
  return CONCERN_GROUP_OF[concern];
}

/**
 * Concerns that are violence against the child (or its witnessing): a report of these to the police is a
 * legal duty and needs no consent (see referrals.ts). Peer violence is not in the list — bullying is first
 * the school's to handle — but a bullying case that is a crime is registered with a violence concern too.
 */
export const VIOLENCE_CONCERNS: readonly Concern[] = [
  'physical_abuse',
  'sexual_abuse',
  'emotional_abuse',
  'domestic_violence_witnessed',
  'sexual_exploitation',
  'trafficking',
  'online_grooming',
];

/** Where a report came from. */
export const CASE_SOURCES = [
  'school',
  'preschool',
  'health_facility',
  'police',
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
] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];

/** The alleged perpetrator's relation to the child. */
export const PERPETRATOR_RELATIONS = [
  'mother',
  'father',
  'step_parent',
  'parent_partner',
  'sibling',
  'other_relative',
  'guardian_or_foster_parent',
  'institution_staff',
  'teacher_or_school_staff',
  'peer',
  'intimate_partner',
  'acquaintance',
  'stranger',
  'online_contact',
  'unknown',
] as const;
export type PerpetratorRelation = (typeof PERPETRATOR_RELATIONS)[number];

/** Where an incident happened. */
export const INCIDENT_PLACES = [
  'home',
  'other_home',
  'school',
  'preschool',
  'institution',
  'street_or_public_place',
  'online',
  'workplace',
  'other',
  'unknown',
] as const;
export type IncidentPlace = (typeof INCIDENT_PLACES)[number];

/** Risk levels, most urgent first: the index is the urgency rank. */
export const RISK_LEVELS = ['immediate', 'high', 'medium', 'low'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Compares risk levels by urgency: negative when a is more urgent than b. */
export function compareRiskLevels(a: RiskLevel, b: RiskLevel): number {
  return RISK_LEVELS.indexOf(a) - RISK_LEVELS.indexOf(b);
}

/** Why a case was closed. */
export const CLOSURE_REASONS = [
  'goals_achieved',
  'risk_eliminated',
  'concern_unfounded',
  'moved_out_of_area',
  'reached_adulthood',
  'family_declined_services',
  'child_died',
  'duplicate_case',
] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/** Why a case carries a flag (a warning everyone opening it must see). */
export const FLAG_REASONS = [
  'danger_to_staff',
  'perpetrator_in_household',
  'do_not_contact_family',
  'child_missing',
  'court_proceedings',
  'media_attention',
  'interpreter_needed',
  'disability_accommodation',
  'repeat_concern',
] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];

/** Services and interventions a case plan or a referral names. */
export const INTERVENTION_TYPES = [
  'psychological_counselling',
  'psychiatric_care',
  'medical_examination',
  'medical_treatment',
  'forensic_examination',
  'legal_aid',
  'social_benefits',
  'social_support_at_home',
  'family_counselling',
  'parenting_programme',
  'educational_support',
  'school_safety_plan',
  'tertiary_prevention',
  'safe_accommodation',
  'protection_order',
  'substance_use_treatment',
  'leisure_and_clubs',
  'vocational_guidance',
  'home_visit',
] as const;
export type InterventionType = (typeof INTERVENTION_TYPES)[number];

/** Rehabilitation services for a child who was a victim or a witness of violence. */
export const REHABILITATION_SERVICES = [
  'psychological',
  'medical',
  'legal',
  'social',
  'educational',
] as const;
export type RehabilitationService = (typeof REHABILITATION_SERVICES)[number];

/** Why an organisation declines a referral or a transfer. */
export const DECLINE_REASONS = [
  'service_not_provided',
  'outside_territory',
  'no_capacity',
  'not_needed',
  'already_served',
  'wrong_organisation',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** What came of a referral. */
export const REFERRAL_OUTCOMES = [
  'service_provided',
  'partially_provided',
  'not_provided',
  'child_not_reached',
] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

/** Every code list above by name, so a catalog test elsewhere can require a label for each code. */
export const CASE_CODE_LISTS = {
  concernGroup: CONCERN_GROUPS,
  concern: CONCERNS,
  source: CASE_SOURCES,
  perpetratorRelation: PERPETRATOR_RELATIONS,
  incidentPlace: INCIDENT_PLACES,
  riskLevel: RISK_LEVELS,
  closureReason: CLOSURE_REASONS,
  flagReason: FLAG_REASONS,
  interventionType: INTERVENTION_TYPES,
  rehabilitationService: REHABILITATION_SERVICES,
  declineReason: DECLINE_REASONS,
  referralOutcome: REFERRAL_OUTCOMES,
} as const satisfies Record<string, readonly string[]>;

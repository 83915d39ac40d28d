import { instantMs, isoInstant } from '../cases/instant.ts';
import { type CaseTask, DEFAULT_REMINDER_HOURS } from '../cases/tasks.ts';
import type { OrganisationType } from '../identity/organisation.ts';
import { endOfLocalDay } from './kazakhstan-time.ts';

/*
 * Decisions of the commission on juvenile affairs and protection of their rights (KDN, КДНиЗП) and the
 * tasks that carry them out. The list is a working choice for the product, to be checked by a lawyer; it
 * gathers what the commission decides under these acts (texts as consolidated on adilet.zan.kz):
 *
 * - Code of Administrative Offences (2014, No. 235-V): on a minor who committed an offence, an
 *   administrative penalty (warning) or compulsory measures of educational influence — explanation of the
 *   law; placing under the supervision of parents, persons replacing them or a specialised state body; the
 *   duty to make good the harm; restriction of leisure and special requirements on behaviour. (The list as
 *   the 2001 Code and the Interior Ministry's instruction No. 486 of 20.06.2001 give it; the Criminal Code
 *   of 2014, art. 84–85, has the same measures with a warning first. Check the article of the 2014 Code.)
 *   On parents, art. 127 (failure to fulfil duties of bringing up a child): a fine.
 * - Law of 9 July 2004 No. 591-II "On the prevention of offences among minors and of child neglect and
 *   homelessness": individual prevention measures and preventive registration; placement of a minor aged
 *   11–18 in an education organisation with a special regime is decided by a court on the submission of the
 *   internal-affairs body — the commission can only petition for it.
 * - Model Regulation on the KDN (Government Resolution of 11 June 2001 No. 789, as amended 2020 No. 122):
 *   the commission coordinates the bodies of prevention, refers children to rehabilitation, addresses the
 *   guardianship body on a child left without care, and may dismiss materials.
 * The Law "On the prevention of offences" No. 245-VIII of 30 December 2025 is replacing Law 591 in stages;
 * when its measures are in force this list is to be reviewed, with new codes appended and none renamed.
 *
 * Execution periods below are defaults of the product, not legal periods, except where noted.
 */

export const KDN_DECISION_TYPES = [
  'explanation_of_law',
  'warning',
  'supervision_by_parents',
  'supervision_by_state_body',
  'duty_to_make_good_harm',
  'leisure_restriction',
  'fine_on_parents',
  'preventive_registration',
  'referral_to_rehabilitation',
  'obligations_for_parents',
  'petition_special_regime_organisation',
  'address_guardianship_body',
  'postponement',
  'dismissal',
] as const;
export type KdnDecisionType = (typeof KDN_DECISION_TYPES)[number];

/** A task a decision creates: what, for which kind of organisation, within how many local days. */
export interface KdnTaskTemplate {
  readonly kind: string;
  readonly organisationType: OrganisationType;
  readonly withinDays: number;
}

/** Everything each decision sets in motion. Every decision but dismissal is reported back to the commission. */
export const KDN_DECISION_TASKS: Readonly<Record<KdnDecisionType, readonly KdnTaskTemplate[]>> = {
  explanation_of_law: [{ kind: 'kdn.hand_decision_to_family', organisationType: 'kdn', withinDays: 3 }],
  warning: [{ kind: 'kdn.hand_decision_to_family', organisationType: 'kdn', withinDays: 3 }],
  supervision_by_parents: [
    { kind: 'kdn.hand_decision_to_family', organisationType: 'kdn', withinDays: 3 },
    { kind: 'kdn.check_supervision', organisationType: 'police_unit', withinDays: 30 },
  ],
  supervision_by_state_body: [
    { kind: 'kdn.hand_decision_to_family', organisationType: 'kdn', withinDays: 3 },
    { kind: 'kdn.supervision_plan', organisationType: 'education_department', withinDays: 10 },
    { kind: 'kdn.report_execution', organisationType: 'education_department', withinDays: 90 },
  ],
  duty_to_make_good_harm: [
    { kind: 'kdn.hand_decision_to_family', organisationType: 'kdn', withinDays: 3 },
    { kind: 'kdn.check_harm_made_good', organisationType: 'police_unit', withinDays: 30 },
  ],
  leisure_restriction: [
    { kind: 'kdn.hand_decision_to_family', organisationType: 'kdn', withinDays: 3 },
    { kind: 'kdn.check_leisure_restriction', organisationType: 'police_unit', withinDays: 30 },
    { kind: 'kdn.report_execution', organisationType: 'school', withinDays: 90 },
  ],
  // 10 days to appeal, then 30 days to pay (Code of Administrative Offences): checked after both.
  fine_on_parents: [
    { kind: 'kdn.hand_decision_to_family', organisationType: 'kdn', withinDays: 3 },
    { kind: 'kdn.check_fine_paid', organisationType: 'kdn', withinDays: 40 },
  ],
  preventive_registration: [
    { kind: 'kdn.individual_prevention_plan', organisationType: 'school', withinDays: 10 },
    { kind: 'kdn.register_with_police', organisationType: 'police_unit', withinDays: 3 },
    { kind: 'kdn.report_execution', organisationType: 'school', withinDays: 180 },
  ],
  referral_to_rehabilitation: [
    { kind: 'kdn.start_rehabilitation', organisationType: 'psychological_support_centre', withinDays: 10 },
    { kind: 'kdn.report_execution', organisationType: 'psychological_support_centre', withinDays: 90 },
  ],
  obligations_for_parents: [
    { kind: 'kdn.hand_decision_to_family', organisationType: 'kdn', withinDays: 3 },
    {
      kind: 'kdn.check_parents_obligations',
      organisationType: 'social_protection_department',
      withinDays: 30,
    },
  ],
  petition_special_regime_organisation: [
    { kind: 'kdn.submission_to_court', organisationType: 'police_unit', withinDays: 10 },
  ],
  address_guardianship_body: [
    { kind: 'kdn.guardianship_assessment', organisationType: 'education_department', withinDays: 10 },
  ],
  postponement: [{ kind: 'kdn.provide_materials', organisationType: 'kdn', withinDays: 10 }],
  dismissal: [],
};

/** A decision as recorded at the hearing. */
export interface KdnDecision {
  readonly id: string;
  readonly caseId: string;
  readonly type: KdnDecisionType;
  /** When the commission decided (UTC instant). */
  readonly decidedAt: string;
  /** KATO region of the commission: decides the local day that the periods count in. */
  readonly regionCode: string | null;
}

/** The tasks carrying out a decision, due at the end of the N-th local day after it (as periods in days run). */
export function kdnDecisionTasks(decision: KdnDecision): CaseTask[] {
  const decidedMs = instantMs(decision.decidedAt);
  return KDN_DECISION_TASKS[decision.type].map((template) => ({
    key: `kdn:${decision.id}:${template.kind}:${template.organisationType}`,
    caseId: decision.caseId,
    kind: template.kind,
    assignee: { kind: 'organisation_type', organisationType: template.organisationType },
    dueAt: isoInstant(endOfLocalDay(decidedMs, decision.regionCode, template.withinDays)),
    remindHoursBefore: DEFAULT_REMINDER_HOURS,
    doneAt: null,
  }));
}

/** Every task kind a KDN decision can create, for the UI catalogs. */
export const KDN_TASK_KINDS: readonly string[] = [
  ...new Set(Object.values(KDN_DECISION_TASKS).flatMap((tasks) => tasks.map((t) => t.kind))),
];

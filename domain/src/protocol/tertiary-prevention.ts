import type { ConcernGroup } from '../cases/taxonomy.ts';
import { addDays } from './kazakhstan-time.ts';

/*
 * Tertiary prevention in a school after a registered case of violence, cruelty, self-destructive or deviant
 * behaviour (roadmap measure 28): work with each category of participant so that it does not happen again
 * and the child is not harmed twice. A template per concern group lists activities by participant with the
 * day by which each starts; the school psychologist adapts it into the case's plan. Activities are codes
 * (labels and guidance live in the UI). For self-harm and suicide the class is never told the method or
 * details — the activity codes say "support", not "discussion of the event" — following safe-messaging
 * practice; for violence in the family classmates are told nothing about the case at all.
 */

/** Who the activities are for. */
export const PREVENTION_PARTICIPANTS = [
  'child',
  'involved_children',
  'classmates',
  'parents',
  'staff',
] as const;
export type PreventionParticipant = (typeof PREVENTION_PARTICIPANTS)[number];

/** One activity of a template: for whom, and by which day after the plan starts (0 = the first day). */
export interface PreventionActivityTemplate {
  readonly activity: string;
  readonly participant: PreventionParticipant;
  readonly byDay: number;
  /** Repeats every so many days until the plan's review, when it is ongoing support. */
  readonly everyDays?: number;
}

const t = (
  participant: PreventionParticipant,
  activity: string,
  byDay: number,
  everyDays?: number,
): PreventionActivityTemplate =>
  everyDays === undefined ? { participant, activity, byDay } : { participant, activity, byDay, everyDays };

/** The plan template of each concern group. */
export const TERTIARY_PREVENTION_TEMPLATES: Readonly<
  Record<ConcernGroup, readonly PreventionActivityTemplate[]>
> = {
  self_harm_and_suicide: [
    t('child', 'safety_plan_with_child', 0),
    t('child', 'individual_psychological_support', 1, 7),
    t('child', 'return_to_school_meeting', 3),
    t('classmates', 'class_wellbeing_session', 3),
    t('classmates', 'peer_support_check_in', 7),
    t('parents', 'parent_consultation', 0),
    t('parents', 'means_safety_counselling', 0),
    t('staff', 'staff_briefing', 0),
    t('staff', 'wellbeing_monitoring', 7, 7),
  ],
  peer_violence: [
    t('child', 'individual_psychological_support', 1, 7),
    t('child', 'safe_adult_at_school', 1),
    t('involved_children', 'work_with_children_who_harmed', 3),
    t('involved_children', 'restorative_meeting', 14),
    t('classmates', 'class_climate_session', 7),
    t('parents', 'meeting_with_parents', 3),
    t('parents', 'meeting_with_parents_of_children_who_harmed', 3),
    t('staff', 'staff_briefing', 3),
    t('staff', 'supervision_of_hotspots', 7, 7),
  ],
  abuse: [
    t('child', 'individual_psychological_support', 1, 7),
    t('child', 'safe_adult_at_school', 1),
    t('parents', 'non_offending_parent_consultation', 3),
    t('staff', 'confidentiality_briefing', 0),
    t('staff', 'wellbeing_monitoring', 7, 7),
  ],
  violence_witnessed: [
    t('child', 'individual_psychological_support', 3, 7),
    t('parents', 'non_offending_parent_consultation', 3),
    t('staff', 'confidentiality_briefing', 1),
    t('staff', 'wellbeing_monitoring', 7, 14),
  ],
  neglect: [
    t('child', 'school_needs_assessment', 3),
    t('child', 'safe_adult_at_school', 3),
    t('parents', 'parent_consultation', 3),
    t('staff', 'attendance_and_wellbeing_monitoring', 7, 7),
  ],
  missing: [
    t('child', 'return_interview', 1),
    t('child', 'individual_psychological_support', 3, 14),
    t('parents', 'parent_consultation', 1),
    t('staff', 'attendance_and_wellbeing_monitoring', 1, 7),
  ],
  exploitation: [
    t('child', 'individual_psychological_support', 1, 7),
    t('child', 'school_needs_assessment', 3),
    t('parents', 'non_offending_parent_consultation', 3),
    t('staff', 'confidentiality_briefing', 0),
  ],
  substance_use: [
    t('child', 'motivational_interview', 3),
    t('classmates', 'health_lesson', 14),
    t('parents', 'parent_consultation', 3),
    t('staff', 'staff_briefing', 7),
  ],
  offence: [
    t('child', 'individual_prevention_plan', 10),
    t('child', 'leisure_engagement', 14),
    t('classmates', 'law_lesson', 14),
    t('parents', 'parent_consultation', 7),
    t('staff', 'staff_briefing', 7),
  ],
  online_harm: [
    t('child', 'individual_psychological_support', 3, 7),
    t('classmates', 'digital_safety_lesson', 7),
    t('parents', 'digital_safety_consultation', 3),
    t('staff', 'staff_briefing', 7),
  ],
};

/** Every activity code, for the UI catalogs. */
export const PREVENTION_ACTIVITIES: readonly string[] = [
  ...new Set(Object.values(TERTIARY_PREVENTION_TEMPLATES).flatMap((list) => list.map((a) => a.activity))),
];

/** An activity of a case's plan, with the calendar date by which it starts. */
export interface PreventionActivity {
  readonly activity: string;
  readonly participant: PreventionParticipant;
  readonly byDate: string;
  readonly everyDays: number | null;
}

/**
 * The tertiary-prevention plan for a case's concern groups, starting on a date (YYYY-MM-DD, the school's
 * local date). An activity several groups ask for appears once, by its earliest day and most frequent repeat.
 */
export function tertiaryPreventionPlan(
  groups: readonly ConcernGroup[],
  startsOn: string,
): PreventionActivity[] {
  const merged = new Map<
    string,
    { template: PreventionActivityTemplate; byDay: number; everyDays: number | null }
  >();
  for (const group of groups) {
    for (const template of TERTIARY_PREVENTION_TEMPLATES[group]) {
      const key = `${template.participant}:${template.activity}`;
      const seen = merged.get(key);
      const every = template.everyDays ?? null;
      if (!seen) merged.set(key, { template, byDay: template.byDay, everyDays: every });
      else {
        seen.byDay = Math.min(seen.byDay, template.byDay);
        if (every !== null)
          seen.everyDays = seen.everyDays === null ? every : Math.min(seen.everyDays, every);
      }
    }
  }
  const order = (p: PreventionParticipant) => PREVENTION_PARTICIPANTS.indexOf(p);
  return [...merged.values()]
    .map(({ template, byDay, everyDays }) => ({
      activity: template.activity,
      participant: template.participant,
      byDate: addDays(startsOn, byDay),
      everyDays,
    }))
    .sort(
      (a, b) =>
        a.byDate.localeCompare(b.byDate) ||
        order(a.participant) - order(b.participant) ||
        a.activity.localeCompare(b.activity),
    );
}

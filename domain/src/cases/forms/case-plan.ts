import { z } from 'zod';
import { ORGANISATION_TYPES } from '../../identity/organisation.ts';
import { INTERVENTION_TYPES, REHABILITATION_SERVICES } from '../taxonomy.ts';
import { i18n } from '../validation-keys.ts';
import { ASSESSMENT_DOMAINS } from './assessment.ts';

/*
 * The case plan form, version 1: goals, the interventions that serve them (what, who is responsible, from
 * when until when), the safety plan, and rehabilitation services for a child who was a victim or a witness
 * of violence. Dates are calendar dates: plans are kept by the day, not the minute.
 */

const text = (max: number) => z.string().trim().min(1).max(max);
const id = z.string().trim().min(1).max(40);
const isoDate = z.iso.date();

/** Who carries an intervention out: an organisation, and a named worker when known. */
const responsibleSchema = z.strictObject({
  organisationId: z.string().min(1),
  organisationType: z.enum(ORGANISATION_TYPES),
  userId: z.string().min(1).nullish(),
  personName: z.string().trim().max(200).nullish(),
});

const goalSchema = z.strictObject({
  id,
  description: text(2000),
  domain: z.enum(ASSESSMENT_DOMAINS).nullish(),
  /** How everyone will know the goal is reached. */
  measure: z.string().trim().max(2000).nullish(),
  targetDate: isoDate,
});

// Dates as YYYY-MM-DD compare correctly as strings.
const datesInOrder = <T extends { startDate: string; dueDate: string }>(value: T, ctx: z.RefinementCtx) => {
  if (value.dueDate < value.startDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['dueDate'],
      message: 'due before start',
      params: i18n('validation.date_order'),
    });
  }
};

const interventionSchema = z
  .strictObject({
    id,
    goalIds: z.array(id).min(1),
    type: z.enum(INTERVENTION_TYPES),
    description: z.string().trim().max(2000).nullish(),
    responsible: responsibleSchema,
    startDate: isoDate,
    dueDate: isoDate,
    /** "weekly", "twice a month": free text, shown as written. */
    frequency: z.string().trim().max(200).nullish(),
  })
  .superRefine(datesInOrder);

const safetyPlanSchema = z.strictObject({
  needed: z.boolean(),
  steps: z
    .array(
      z.strictObject({
        action: text(1000),
        responsible: responsibleSchema.nullish(),
        dueDate: isoDate.nullish(),
      }),
    )
    .max(30)
    .default([]),
  /** Adults the child can turn to; contact details stay in the child's record. */
  safeAdults: z
    .array(z.strictObject({ name: text(200), relation: z.string().trim().max(100).nullish() }))
    .max(10)
    .default([]),
  childKnowsHowToGetHelp: z.boolean(),
});

const rehabilitationSchema = z
  .strictObject({
    service: z.enum(REHABILITATION_SERVICES),
    childWas: z.enum(['victim', 'witness']),
    responsible: responsibleSchema,
    startDate: isoDate,
    dueDate: isoDate,
  })
  .superRefine(datesInOrder);

/** Case plan form, version 1. */
export const casePlanV1Schema = z
  .strictObject({
    version: z.literal(1),
    goals: z.array(goalSchema).min(1).max(30),
    interventions: z.array(interventionSchema).max(60).default([]),
    safetyPlan: safetyPlanSchema,
    rehabilitation: z.array(rehabilitationSchema).max(20).default([]),
    reviewDate: isoDate,
  })
  .superRefine((plan, ctx) => {
    const goalIds = new Set<string>();
    plan.goals.forEach((goal, i) => {
      if (goalIds.has(goal.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['goals', i, 'id'],
          message: 'duplicate',
          params: i18n('validation.id_duplicate'),
        });
      }
      goalIds.add(goal.id);
    });
    const interventionIds = new Set<string>();
    plan.interventions.forEach((intervention, i) => {
      if (interventionIds.has(intervention.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['interventions', i, 'id'],
          message: 'duplicate',
          params: i18n('validation.id_duplicate'),
        });
      }
      interventionIds.add(intervention.id);
      intervention.goalIds.forEach((goalId, j) => {
        if (!goalIds.has(goalId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['interventions', i, 'goalIds', j],
            message: 'unknown goal',
            params: i18n('validation.goal_unknown'),
          });
        }
      });
    });
  });

export type CasePlanV1 = z.output<typeof casePlanV1Schema>;

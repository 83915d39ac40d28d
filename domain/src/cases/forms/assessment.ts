import { z } from 'zod';
import { RISK_LEVELS } from '../taxonomy.ts';

/*
 * The assessment form, version 1: what the worker learnt, how each area of the child's life stands, the
 * risk level it leads to and what should happen next. Stored as JSON beside the case; a stored form keeps
 * its version, and a new version is a new schema in forms/registry.ts, never an edit of this one.
 */

/** Areas of the child's life the assessment rates (after the UK Assessment Framework's triangle). */
export const ASSESSMENT_DOMAINS = [
  'safety',
  'health',
  'education_and_development',
  'emotional_and_behavioural',
  'family_relationships',
  'parenting_capacity',
  'living_conditions',
  'economic_situation',
  'social_connections',
] as const;
export type AssessmentDomain = (typeof ASSESSMENT_DOMAINS)[number];

export const DOMAIN_RATINGS = ['no_concern', 'some_concern', 'serious_concern', 'not_known'] as const;
export type DomainRating = (typeof DOMAIN_RATINGS)[number];

/** Where the assessment's information came from. */
export const INFORMATION_SOURCES = [
  'child_interview',
  'parent_interview',
  'home_visit',
  'school',
  'health_records',
  'police_records',
  'other_professional',
  'observation',
] as const;
export type InformationSource = (typeof INFORMATION_SOURCES)[number];

export const ASSESSMENT_RECOMMENDATIONS = ['case_plan', 'referral_only', 'close'] as const;
export type AssessmentRecommendation = (typeof ASSESSMENT_RECOMMENDATIONS)[number];

const text = (max: number) => z.string().trim().min(1).max(max);

/** Assessment form, version 1. */
export const assessmentV1Schema = z.strictObject({
  version: z.literal(1),
  assessedOn: z.iso.date(),
  informationSources: z.array(z.enum(INFORMATION_SOURCES)).min(1),
  childSeen: z.boolean(),
  /** The child's own views, in their words where possible. */
  childViews: z.string().trim().max(5000).nullish(),
  safety: z.strictObject({
    immediateDanger: z.boolean(),
    perpetratorHasAccess: z.boolean(),
    protectiveAdultPresent: z.boolean(),
    notes: z.string().trim().max(5000).nullish(),
  }),
  domains: z.record(
    z.enum(ASSESSMENT_DOMAINS),
    z.strictObject({ rating: z.enum(DOMAIN_RATINGS), notes: z.string().trim().max(5000).nullish() }),
  ),
  strengths: z.array(text(1000)).max(20).default([]),
  needs: z.array(text(1000)).max(20).default([]),
  riskLevel: z.enum(RISK_LEVELS),
  riskReasoning: text(5000),
  recommendation: z.enum(ASSESSMENT_RECOMMENDATIONS),
});

export type AssessmentV1 = z.output<typeof assessmentV1Schema>;

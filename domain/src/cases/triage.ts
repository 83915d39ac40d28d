import { z } from 'zod';
import { HOUR_MS, instantMs, isoInstant } from './instant.ts';
import type { RiskLevel } from './taxonomy.ts';
import { i18n } from './validation-keys.ts';

/*
 * Safety triage: each risk level has a response-time target for the first contact with the child. The clock
 * starts when the current risk level was recorded (a re-triage restarts it: the new level is a new
 * judgement with its own target) and stops at the first contact. Targets are hours of elapsed time, so the
 * arithmetic is on UTC instants and no time zone or daylight rule can move a deadline.
 */

/** Hours from triage to first contact, per risk level. */
export type ResponseTimeTargets = Readonly<Record<RiskLevel, number>>;

/** The defaults of the issue; an installation configures its own (checked by `responseTimeTargetsSchema`). */
export const DEFAULT_RESPONSE_TIME_TARGETS: ResponseTimeTargets = {
  immediate: 2,
  high: 24,
  medium: 72,
  low: 168,
};

const hours = z
  .number()
  .positive()
  .max(24 * 366);

/** Configured targets: positive hours, never longer for a more urgent level. */
export const responseTimeTargetsSchema = z
  .object({ immediate: hours, high: hours, medium: hours, low: hours })
  .refine((t) => t.immediate <= t.high && t.high <= t.medium && t.medium <= t.low, {
    params: i18n('validation.response_targets_order'),
  });

/** The instant (UTC ISO) by which first contact is due for a risk level recorded at `recordedAt`. */
export function responseDeadline(
  riskLevel: RiskLevel,
  recordedAt: string,
  targets: ResponseTimeTargets = DEFAULT_RESPONSE_TIME_TARGETS,
): string {
  return isoInstant(instantMs(recordedAt) + targets[riskLevel] * HOUR_MS);
}

/** What the clock needs from a case. */
export interface TriageFacts {
  readonly riskLevel: RiskLevel;
  /** When the current risk level was recorded. */
  readonly recordedAt: string;
  readonly firstContactAt?: string | null;
}

export const TRIAGE_STATUSES = ['within', 'due_soon', 'breached', 'met'] as const;
export type TriageStatus = (typeof TRIAGE_STATUSES)[number];

/** The clock shown on a case and in lists. */
export interface TriageClock {
  readonly status: TriageStatus;
  readonly deadline: string;
  /** Time left before the deadline (0 once passed; for 'met', what was left at first contact). */
  readonly remainingMs: number;
  /** Time past the deadline (0 when not passed; for 'met', how late the first contact was). */
  readonly overdueMs: number;
  /** A 'met' clock whose first contact came after the deadline. */
  readonly late: boolean;
}

/** Options of the clock. */
export interface TriageClockOptions {
  readonly targets?: ResponseTimeTargets;
  /** 'due_soon' starts when no more than this share of the target is left; default a quarter. */
  readonly dueSoonFraction?: number;
}

/** The triage clock of a case as of an instant. */
export function triageClock(facts: TriageFacts, asOf: string, options: TriageClockOptions = {}): TriageClock {
  const targets = options.targets ?? DEFAULT_RESPONSE_TIME_TARGETS;
  const fraction = options.dueSoonFraction ?? 0.25;
  const targetMs = targets[facts.riskLevel] * HOUR_MS;
  const deadlineMs = instantMs(facts.recordedAt) + targetMs;
  const deadline = isoInstant(deadlineMs);
  if (facts.firstContactAt) {
    const contactMs = instantMs(facts.firstContactAt);
    const overdueMs = Math.max(0, contactMs - deadlineMs);
    return {
      status: 'met',
      deadline,
      remainingMs: Math.max(0, deadlineMs - contactMs),
      overdueMs,
      late: overdueMs > 0,
    };
  }
  const left = deadlineMs - instantMs(asOf);
  // The deadline instant itself is already too late: "within 2 hours" means before it.
  const status: TriageStatus = left <= 0 ? 'breached' : left <= targetMs * fraction ? 'due_soon' : 'within';
  return { status, deadline, remainingMs: Math.max(0, left), overdueMs: Math.max(0, -left), late: false };
}

/** A breached clock the supervisor must be alerted about; the key lets the server send each alert once. */
export interface TriageBreachAlert {
  readonly caseId: string;
  readonly deadline: string;
  readonly overdueMs: number;
  readonly key: string;
}

/** The cases whose first-contact deadline has passed with no contact, most overdue first. */
export function triageBreachAlerts(
  cases: readonly (TriageFacts & { readonly caseId: string })[],
  asOf: string,
  options: TriageClockOptions = {},
): TriageBreachAlert[] {
  return cases
    .map((c) => ({ caseId: c.caseId, clock: triageClock(c, asOf, options) }))
    .filter(({ clock }) => clock.status === 'breached')
    .map(({ caseId, clock }) => ({
      caseId,
      deadline: clock.deadline,
      overdueMs: clock.overdueMs,
      key: `triage-breach:${caseId}:${clock.deadline}`,
    }))
    .sort((a, b) => b.overdueMs - a.overdueMs || a.caseId.localeCompare(b.caseId));
}

import { HOUR_MS, instantMs, isoInstant } from '../cases/instant.ts';
import type { CaseSource, Concern, RiskLevel } from '../cases/taxonomy.ts';
import { CONCERNS } from '../cases/taxonomy.ts';
import type { OrganisationType } from '../identity/organisation.ts';
import { endOfLocalDay } from './kazakhstan-time.ts';
import {
  IMMEDIATELY_HOURS,
  type Protocol,
  type ProtocolAction,
  type ProtocolRule,
  type Within,
} from './protocol-schema.ts';
import { type ResolutionStep, resolutionSteps } from './resolution.ts';

/*
 * Given a case and the protocol, which actions are due and by when. Pure: the server stores the actions it
 * has scheduled by key and, when a concern is added, schedules only actions with new keys.
 *
 * - Each concern is judged by the protocol version in force when it was recorded (pinning): a later edit
 *   of the protocol never rewrites what an earlier concern set in motion.
 * - A rule is one obligation; its key is case + protocol + rule id, so two concerns that trigger the same
 *   rule (physical and sexual abuse both calling the police) yield one action, timed from the earlier one.
 *   Keep a rule's id across versions while it names the same obligation.
 * - Risk level, age and source are the case's current ones. An unknown age matches every age band: in
 *   child protection an extra action is a smaller harm than a missed one.
 * - The organisation is a type; the server resolves it by the case's territory (the police unit of the
 *   district, the district's KDN, …) or, for a school, the child's school, in the order resolution.ts gives.
 */

/** A concern and when it was recorded on the case. */
export interface ConcernRecord {
  readonly concern: Concern;
  readonly recordedAt: string;
}

/** What the engine needs to know about a case. */
export interface ProtocolCaseFacts {
  readonly caseId: string;
  readonly concerns: readonly ConcernRecord[];
  readonly riskLevel: RiskLevel;
  readonly ageYears: number | null;
  readonly source: CaseSource;
  /** KATO codes of the case's territory; the region decides the local day before March 2024. */
  readonly territory: { readonly districtCode: string | null; readonly regionCode: string | null };
}

/** An action the protocol makes due on a case. */
export interface DueAction {
  /** Idempotency key: the same obligation on the same case always has the same key. */
  readonly key: string;
  readonly caseId: string;
  readonly protocolId: string;
  readonly protocolVersion: number;
  readonly ruleId: string;
  /** The concern that set it in motion, and when that concern was recorded. */
  readonly concern: Concern;
  readonly recordedAt: string;
  readonly organisationType: OrganisationType;
  readonly action: ProtocolAction;
  readonly within: Within;
  readonly dueAt: string;
  readonly escalateAt: string | null;
  readonly territory: ProtocolCaseFacts['territory'];
  /** Where the server looks for the organisation that must act, in order (resolution.ts). */
  readonly resolveIn: readonly ResolutionStep[];
}

/** The due instant (ms) of a time limit counted from a recording instant (ms) in a region. */
export function dueInstant(within: Within, recordedAtMs: number, regionCode: string | null): number {
  if (within === 'immediately') return recordedAtMs + IMMEDIATELY_HOURS * HOUR_MS;
  if (within === 'same_day') return endOfLocalDay(recordedAtMs, regionCode);
  if ('hours' in within) return recordedAtMs + within.hours * HOUR_MS;
  return endOfLocalDay(recordedAtMs, regionCode, within.days);
}

/** True when a rule applies to a concern of a case. */
export function ruleMatches(rule: ProtocolRule, facts: ProtocolCaseFacts, concern: Concern): boolean {
  const { when } = rule;
  if (!when.concerns.includes(concern)) return false;
  if (when.riskLevels && !when.riskLevels.includes(facts.riskLevel)) return false;
  if (when.sources && !when.sources.includes(facts.source)) return false;
  if (when.ageBand && facts.ageYears !== null) {
    if (when.ageBand.minYears != null && facts.ageYears < when.ageBand.minYears) return false;
    if (when.ageBand.maxYears != null && facts.ageYears > when.ageBand.maxYears) return false;
  }
  return true;
}

/** The idempotency key of a rule's action on a case. */
export function actionKey(caseId: string, protocolId: string, ruleId: string): string {
  return `${caseId}:${protocolId}:${ruleId}`;
}

// Earliest first; at the same instant in taxonomy order, so the result never depends on input order.
const byRecording = (a: ConcernRecord, b: ConcernRecord): number =>
  instantMs(a.recordedAt) - instantMs(b.recordedAt) ||
  CONCERNS.indexOf(a.concern) - CONCERNS.indexOf(b.concern);

const byDue = (a: DueAction, b: DueAction): number =>
  instantMs(a.dueAt) - instantMs(b.dueAt) || a.key.localeCompare(b.key);

/** The version in force at an instant: the latest `validFrom` not after it (the higher version on a tie). */
export function protocolInForce(protocols: readonly Protocol[], recordedAt: string): Protocol | null {
  const at = instantMs(recordedAt);
  let best: Protocol | null = null;
  for (const p of protocols) {
    const from = instantMs(p.validFrom);
    if (from > at) continue;
    if (best === null) best = p;
    else {
      const bestFrom = instantMs(best.validFrom);
      if (from > bestFrom || (from === bestFrom && p.version > best.version)) best = p;
    }
  }
  return best;
}

/** Adds the actions one protocol yields for one concern, skipping keys already taken. */
const collect = (
  facts: ProtocolCaseFacts,
  record: ConcernRecord,
  protocol: Protocol,
  taken: Map<string, DueAction>,
): void => {
  const recordedMs = instantMs(record.recordedAt);
  const region = facts.territory.regionCode ?? facts.territory.districtCode;
  for (const rule of protocol.rules) {
    const key = actionKey(facts.caseId, protocol.id, rule.id);
    if (taken.has(key) || !ruleMatches(rule, facts, record.concern)) continue;
    const dueMs = dueInstant(rule.must.within, recordedMs, region);
    const escalate = rule.must.escalateAfterHours;
    taken.set(key, {
      key,
      caseId: facts.caseId,
      protocolId: protocol.id,
      protocolVersion: protocol.version,
      ruleId: rule.id,
      concern: record.concern,
      recordedAt: record.recordedAt,
      organisationType: rule.must.organisationType,
      action: rule.must.action,
      within: rule.must.within,
      dueAt: isoInstant(dueMs),
      escalateAt: escalate == null ? null : isoInstant(dueMs + escalate * HOUR_MS),
      territory: facts.territory,
      resolveIn: resolutionSteps(rule.must.organisationType, facts.territory),
    });
  }
};

/** The actions one protocol makes due on a case, for every concern, soonest first. */
export function dueActions(facts: ProtocolCaseFacts, protocol: Protocol): DueAction[] {
  const taken = new Map<string, DueAction>();
  for (const record of [...facts.concerns].sort(byRecording)) collect(facts, record, protocol, taken);
  return [...taken.values()].sort(byDue);
}

/**
 * The actions due on a case with each concern judged by the version of the protocol in force when it was
 * recorded (`protocols`: the versions of one protocol). A concern recorded before any version schedules nothing.
 */
export function dueActionsPinned(facts: ProtocolCaseFacts, protocols: readonly Protocol[]): DueAction[] {
  const taken = new Map<string, DueAction>();
  for (const record of [...facts.concerns].sort(byRecording)) {
    const protocol = protocolInForce(protocols, record.recordedAt);
    if (protocol) collect(facts, record, protocol, taken);
  }
  return [...taken.values()].sort(byDue);
}

/** The pinned actions whose keys are not yet scheduled: what to add after a concern is recorded. */
export function newDueActions(
  facts: ProtocolCaseFacts,
  protocols: readonly Protocol[],
  scheduledKeys: Iterable<string>,
): DueAction[] {
  const scheduled = new Set(scheduledKeys);
  return dueActionsPinned(facts, protocols).filter((action) => !scheduled.has(action.key));
}

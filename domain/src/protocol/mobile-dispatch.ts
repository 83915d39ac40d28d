import { instantMs, isoInstant, MINUTE_MS } from '../cases/instant.ts';

/*
 * Dispatch of a mobile response group (roadmap measure 26) to a child in danger:
 *
 *   alerted ─accept→ accepted ─arrive→ arrived ─complete→ completed
 *      └──────cancel(reason)──────┘   (before arrival)
 *
 * If nobody accepts within N minutes the alert escalates, one level every N minutes, up to the last level
 * (for instance: 1 the group's coordinator, 2 the duty unit of the district police, 3 the regional
 * coordinator — the levels are the installation's). Escalation stops once someone accepts. Times are UTC
 * instants and never run backwards.
 */

export const DISPATCH_STATUSES = ['alerted', 'accepted', 'arrived', 'completed', 'cancelled'] as const;
export type DispatchStatus = (typeof DISPATCH_STATUSES)[number];

export interface Dispatch {
  readonly id: string;
  readonly caseId: string;
  readonly status: DispatchStatus;
  readonly alertedAt: string;
  readonly acceptedAt: string | null;
  readonly acceptedBy: string | null;
  readonly arrivedAt: string | null;
  readonly completedAt: string | null;
  readonly cancelledAt: string | null;
  readonly cancelReason: string | null;
}

/** How escalation runs: minutes without acceptance per level, and the number of levels. */
export interface DispatchEscalationPolicy {
  readonly escalateAfterMinutes: number;
  readonly levels: number;
}

export const DEFAULT_DISPATCH_POLICY: DispatchEscalationPolicy = { escalateAfterMinutes: 10, levels: 3 };

/** A new alert to the group. */
export function alertDispatch(id: string, caseId: string, alertedAt: string): Dispatch {
  return {
    id,
    caseId,
    status: 'alerted',
    alertedAt,
    acceptedAt: null,
    acceptedBy: null,
    arrivedAt: null,
    completedAt: null,
    cancelledAt: null,
    cancelReason: null,
  };
}

export type DispatchEvent =
  | { readonly type: 'accept'; readonly userId: string }
  | { readonly type: 'arrive' }
  | { readonly type: 'complete' }
  | { readonly type: 'cancel'; readonly reason: string };

export type DispatchRefusal = 'wrong_status' | 'time_before_previous' | 'reason_required';

const lastInstant = (d: Dispatch): number =>
  Math.max(...[d.alertedAt, d.acceptedAt, d.arrivedAt].filter((x): x is string => x !== null).map(instantMs));

/** Applies an event at an instant: the next dispatch, or why not. */
export function dispatchTransition(
  dispatch: Dispatch,
  event: DispatchEvent,
  at: string,
):
  | { readonly ok: true; readonly dispatch: Dispatch }
  | { readonly ok: false; readonly refusal: DispatchRefusal } {
  if (instantMs(at) < lastInstant(dispatch)) return { ok: false, refusal: 'time_before_previous' };
  switch (event.type) {
    case 'accept':
      return dispatch.status === 'alerted'
        ? {
            ok: true,
            dispatch: { ...dispatch, status: 'accepted', acceptedAt: at, acceptedBy: event.userId },
          }
        : { ok: false, refusal: 'wrong_status' };
    case 'arrive':
      return dispatch.status === 'accepted'
        ? { ok: true, dispatch: { ...dispatch, status: 'arrived', arrivedAt: at } }
        : { ok: false, refusal: 'wrong_status' };
    case 'complete':
      return dispatch.status === 'arrived'
        ? { ok: true, dispatch: { ...dispatch, status: 'completed', completedAt: at } }
        : { ok: false, refusal: 'wrong_status' };
    case 'cancel': {
      if (dispatch.status !== 'alerted' && dispatch.status !== 'accepted')
        return { ok: false, refusal: 'wrong_status' };
      const reason = event.reason.trim();
      if (reason === '') return { ok: false, refusal: 'reason_required' };
      return {
        ok: true,
        dispatch: { ...dispatch, status: 'cancelled', cancelledAt: at, cancelReason: reason },
      };
    }
  }
}

/** An escalation level reached; the key lets the server alert each level once. */
export interface DispatchEscalation {
  readonly dispatchId: string;
  readonly level: number;
  readonly at: string;
  readonly key: string;
}

/**
 * The escalation levels reached as of an instant. A level is reached when it comes before the acceptance
 * (or the cancellation), so a late acceptance does not erase escalations that already happened.
 */
export function dispatchEscalations(
  dispatch: Dispatch,
  asOf: string,
  policy: DispatchEscalationPolicy = DEFAULT_DISPATCH_POLICY,
): DispatchEscalation[] {
  const start = instantMs(dispatch.alertedAt);
  const now = instantMs(asOf);
  const stoppedAt = dispatch.acceptedAt ?? dispatch.cancelledAt;
  const stop = stoppedAt === null ? Number.POSITIVE_INFINITY : instantMs(stoppedAt);
  const result: DispatchEscalation[] = [];
  for (let level = 1; level <= policy.levels; level++) {
    const at = start + level * policy.escalateAfterMinutes * MINUTE_MS;
    // A level is reached at its instant, unless someone accepted by then (at the very instant counts).
    if (at > now || at >= stop) break;
    result.push({
      dispatchId: dispatch.id,
      level,
      at: isoInstant(at),
      key: `dispatch:${dispatch.id}:level:${level}`,
    });
  }
  return result;
}

/** Response times of a dispatch in milliseconds: to acceptance, to arrival, and in all to completion. */
export interface DispatchResponseTimes {
  readonly toAcceptMs: number | null;
  readonly toArriveMs: number | null;
  readonly totalMs: number | null;
}

/** Measures a dispatch from the alert; a step not reached is null. */
export function responseTimes(dispatch: Dispatch): DispatchResponseTimes {
  const start = instantMs(dispatch.alertedAt);
  const since = (at: string | null) => (at === null ? null : instantMs(at) - start);
  return {
    toAcceptMs: since(dispatch.acceptedAt),
    toArriveMs: since(dispatch.arrivedAt),
    totalMs: since(dispatch.completedAt),
  };
}

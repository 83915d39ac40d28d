import { HOUR_MS, instantMs, isoInstant } from './instant.ts';
import type { DeclineReason } from './taxonomy.ts';

/*
 * A transfer hands ownership of a case to another organisation. Ownership moves only when the receiving
 * organisation accepts: until then the case stays with its owner, and the receiving organisation may read it
 * to decide. One transfer at a time.
 *
 *   pending ─accept→ accepted (the receiving organisation is the owner from `answeredAt`)
 *      ├─decline(reason)→ declined
 *      └─cancel→ cancelled (by the owner)
 */

export const TRANSFER_STATUSES = ['pending', 'accepted', 'declined', 'cancelled'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

export interface Transfer {
  readonly id: string;
  readonly caseId: string;
  readonly fromOrganisationId: string;
  readonly toOrganisationId: string;
  /** The worker who is to own the case, when the sender knows them; otherwise chosen on acceptance. */
  readonly toUserId: string | null;
  readonly reason: string;
  readonly status: TransferStatus;
  readonly requestedAt: string;
  readonly answerDueAt: string;
  readonly answeredAt: string | null;
  readonly declineReason: DeclineReason | null;
}

/** Hours the receiving organisation has to answer a transfer by default. */
export const TRANSFER_ANSWER_HOURS = 72;

/** A case's owner: an organisation and, once someone is named, a worker in it. */
export interface CaseOwner {
  readonly organisationId: string;
  readonly userId: string | null;
}

/** Why a transfer could not be requested or changed. */
export type TransferRefusal =
  | 'transfer_pending'
  | 'same_organisation'
  | 'not_owner'
  | 'reason_required'
  | 'not_receiving_organisation'
  | 'wrong_status'
  | 'before_request';

/** Requests a transfer from the current owner, refused while another one is pending. */
export function requestTransfer(
  input: Omit<Transfer, 'status' | 'answerDueAt' | 'answeredAt' | 'declineReason'>,
  owner: CaseOwner,
  existing: readonly Transfer[],
  answerHours: number = TRANSFER_ANSWER_HOURS,
):
  | { readonly ok: true; readonly transfer: Transfer }
  | { readonly ok: false; readonly refusal: TransferRefusal } {
  if (existing.some((t) => t.status === 'pending')) return { ok: false, refusal: 'transfer_pending' };
  if (input.fromOrganisationId !== owner.organisationId) return { ok: false, refusal: 'not_owner' };
  if (input.toOrganisationId === owner.organisationId) return { ok: false, refusal: 'same_organisation' };
  if (input.reason.trim() === '') return { ok: false, refusal: 'reason_required' };
  return {
    ok: true,
    transfer: {
      ...input,
      reason: input.reason.trim(),
      status: 'pending',
      answerDueAt: isoInstant(instantMs(input.requestedAt) + answerHours * HOUR_MS),
      answeredAt: null,
      declineReason: null,
    },
  };
}

/** A change asked of a pending transfer. */
export type TransferCommand =
  | { readonly type: 'accept'; readonly ownerUserId: string | null }
  | { readonly type: 'decline'; readonly reason: DeclineReason }
  | { readonly type: 'cancel' };

/** Applies a change made by a member of `actorOrganisationId` at `at`; acceptance also yields the new owner. */
export function transferTransition(
  transfer: Transfer,
  command: TransferCommand,
  actorOrganisationId: string,
  at: string,
):
  | { readonly ok: true; readonly transfer: Transfer; readonly newOwner: CaseOwner | null }
  | { readonly ok: false; readonly refusal: TransferRefusal } {
  if (transfer.status !== 'pending') return { ok: false, refusal: 'wrong_status' };
  if (instantMs(at) < instantMs(transfer.requestedAt)) return { ok: false, refusal: 'before_request' };
  if (command.type === 'cancel') {
    if (actorOrganisationId !== transfer.fromOrganisationId) return { ok: false, refusal: 'not_owner' };
    return { ok: true, transfer: { ...transfer, status: 'cancelled', answeredAt: at }, newOwner: null };
  }
  if (actorOrganisationId !== transfer.toOrganisationId)
    return { ok: false, refusal: 'not_receiving_organisation' };
  if (command.type === 'decline') {
    return {
      ok: true,
      transfer: { ...transfer, status: 'declined', answeredAt: at, declineReason: command.reason },
      newOwner: null,
    };
  }
  return {
    ok: true,
    transfer: { ...transfer, status: 'accepted', answeredAt: at },
    newOwner: { organisationId: transfer.toOrganisationId, userId: command.ownerUserId ?? transfer.toUserId },
  };
}

/** True while the receiving organisation may read the case to decide. */
export function isTransferActive(transfer: Pick<Transfer, 'status'>): boolean {
  return transfer.status === 'pending';
}

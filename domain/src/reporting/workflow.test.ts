import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decideReportAction,
  decideSummary,
  nextState,
  REPORT_ACTIONS,
  REPORT_STATES,
  type ReportActor,
  type ReportState,
  type ReportSubject,
  summaryAuthor,
} from './workflow.ts';

const akimat: ReportActor = { userId: 'u-akimat', organisationId: 'akimat-35', coordinator: false };
const otherAkimat: ReportActor = { userId: 'u-other', organisationId: 'akimat-39', coordinator: false };
const coordinator: ReportActor = {
  userId: 'u-coord',
  organisationId: 'ministry-of-enlightenment',
  coordinator: true,
};
const lead: ReportActor = {
  userId: 'u-lead',
  organisationId: 'ministry-of-internal-affairs',
  coordinator: false,
};

const report = (state: ReportState, extra: Partial<ReportSubject> = {}): ReportSubject => ({
  state,
  organisationId: 'akimat-35',
  submittedBy: state === 'draft' ? null : 'u-akimat',
  summaryOrganisationId: 'ministry-of-internal-affairs',
  ...extra,
});

describe('the report workflow', () => {
  it('takes a report from draft through submission to acceptance', () => {
    expect(decideReportAction(akimat, 'edit', report('draft'))).toEqual({ allowed: true, state: 'draft' });
    expect(decideReportAction(akimat, 'submit', report('draft'))).toEqual({
      allowed: true,
      state: 'submitted',
    });
    expect(decideReportAction(coordinator, 'accept', report('submitted'))).toEqual({
      allowed: true,
      state: 'accepted',
    });
  });

  it('lets the executor edit and resubmit a returned report', () => {
    expect(decideReportAction(coordinator, 'return', report('submitted'), 'Add the order number.')).toEqual({
      allowed: true,
      state: 'returned',
    });
    expect(decideReportAction(akimat, 'edit', report('returned'))).toEqual({
      allowed: true,
      state: 'returned',
    });
    expect(decideReportAction(akimat, 'submit', report('returned'))).toEqual({
      allowed: true,
      state: 'submitted',
    });
  });

  it('makes a submitted or accepted report read-only to its executor', () => {
    for (const state of ['submitted', 'accepted'] as const) {
      expect(decideReportAction(akimat, 'edit', report(state))).toEqual({
        allowed: false,
        refusal: 'read_only',
      });
      expect(decideReportAction(akimat, 'submit', report(state))).toEqual({
        allowed: false,
        refusal: 'read_only',
      });
      expect(decideReportAction(akimat, 'read', report(state))).toEqual({ allowed: true, state });
    }
  });

  it('needs a comment to return a report and a reason to re-open an accepted one', () => {
    expect(decideReportAction(coordinator, 'return', report('submitted'), ' ')).toEqual({
      allowed: false,
      refusal: 'comment_required',
    });
    expect(decideReportAction(coordinator, 'reopen', report('accepted'))).toEqual({
      allowed: false,
      refusal: 'reason_required',
    });
    expect(
      decideReportAction(coordinator, 'reopen', report('accepted'), 'Amounts were corrected by the akimat.'),
    ).toEqual({
      allowed: true,
      state: 'reopened',
    });
    expect(decideReportAction(akimat, 'submit', report('reopened'))).toEqual({
      allowed: true,
      state: 'submitted',
    });
  });

  it('leaves review to the coordinator, who may not accept their own submission', () => {
    expect(decideReportAction(akimat, 'accept', report('submitted'))).toEqual({
      allowed: false,
      refusal: 'coordinator_only',
    });
    expect(
      decideReportAction(coordinator, 'accept', report('submitted', { submittedBy: 'u-coord' })),
    ).toEqual({
      allowed: false,
      refusal: 'own_submission',
    });
    expect(decideReportAction(coordinator, 'accept', report('draft'))).toEqual({
      allowed: false,
      refusal: 'wrong_state',
    });
  });

  it('keeps one organisation out of another’s report, the coordinator out of its text', () => {
    expect(decideReportAction(otherAkimat, 'read', report('submitted'))).toEqual({
      allowed: false,
      refusal: 'not_your_report',
    });
    expect(decideReportAction(otherAkimat, 'edit', report('draft'))).toEqual({
      allowed: false,
      refusal: 'not_your_report',
    });
    expect(decideReportAction(coordinator, 'edit', report('returned'))).toEqual({
      allowed: false,
      refusal: 'not_your_report',
    });
  });

  it('shows the coordinator and the summary author every report except one never submitted', () => {
    expect(decideReportAction(coordinator, 'read', report('draft'))).toEqual({
      allowed: false,
      refusal: 'wrong_state',
    });
    expect(decideReportAction(lead, 'read', report('submitted'))).toEqual({
      allowed: true,
      state: 'submitted',
    });
    expect(decideReportAction(lead, 'read', report('draft'))).toEqual({
      allowed: false,
      refusal: 'wrong_state',
    });
  });

  it('gives the summary to the single lead, and to the coordinator when the lead is every akimat', () => {
    expect(
      summaryAuthor([
        { organisationId: 'ministry-of-internal-affairs', lead: true, invited: false },
        { organisationId: 'akimat-35', lead: false, invited: false },
      ]),
    ).toBe('ministry-of-internal-affairs');
    expect(
      summaryAuthor([
        { organisationId: 'akimat-35', lead: true, invited: false },
        { organisationId: 'akimat-39', lead: true, invited: false },
      ]),
    ).toBeNull();
    expect(summaryAuthor([{ organisationId: 'prosecutor-general', lead: true, invited: true }])).toBeNull();
    expect(decideSummary(lead, 'ministry-of-internal-affairs')).toEqual({ allowed: true });
    expect(decideSummary(akimat, 'ministry-of-internal-affairs')).toEqual({
      allowed: false,
      refusal: 'lead_only',
    });
    expect(decideSummary(coordinator, null)).toEqual({ allowed: true });
  });

  it('property: every allowed action leads to the state the transition table gives', () => {
    const actor = fc.constantFrom(akimat, otherAkimat, coordinator, lead);
    fc.assert(
      fc.property(
        actor,
        fc.constantFrom(...REPORT_ACTIONS),
        fc.constantFrom(...REPORT_STATES),
        fc.option(fc.string()),
        (a, action, state, note) => {
          const decision = decideReportAction(a, action, report(state), note);
          if (decision.allowed) expect(decision.state).toBe(nextState(state, action));
          if (
            a.organisationId === 'akimat-35' &&
            (state === 'submitted' || state === 'accepted') &&
            action !== 'read'
          ) {
            expect(decision.allowed).toBe(false);
          }
        },
      ),
    );
  });
});

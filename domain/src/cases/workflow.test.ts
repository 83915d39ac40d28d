import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_RELATIONS, type CaseRelation } from './case-access.ts';
import { CLOSURE_REASONS } from './taxonomy.ts';
import {
  APPROVAL_SUBJECTS,
  allowedCommands,
  applyWorkflow,
  type CaseWorkflowState,
  caseStatus,
  newCaseWorkflow,
  type WorkflowActor,
  type WorkflowCommand,
} from './workflow.ts';

const at = '2026-03-02T06:00:00Z';
const worker: WorkflowActor = { userId: 'worker', relations: ['owner'] };
const supervisor: WorkflowActor = { userId: 'supervisor', relations: ['supervisor_in_scope'] };

const run = (
  steps: readonly [WorkflowCommand, WorkflowActor][],
  from = newCaseWorkflow(),
): CaseWorkflowState =>
  steps.reduce((state, [command, actor]) => {
    const result = applyWorkflow(state, command, actor, at);
    if (!result.ok) throw new Error(`${command.type} refused: ${result.refusal}`);
    return result.state;
  }, from);

const toImplementation: [WorkflowCommand, WorkflowActor][] = [
  [{ type: 'start_assessment' }, worker],
  [{ type: 'submit', subject: 'assessment' }, worker],
  [{ type: 'approve', subject: 'assessment' }, supervisor],
  [{ type: 'submit', subject: 'case_plan' }, worker],
  [{ type: 'approve', subject: 'case_plan', comment: 'Жоспар бекітілді' }, supervisor],
];

describe('the case workflow', () => {
  it('goes from registration through approved assessment and plan to implementation and review', () => {
    const state = run([...toImplementation, [{ type: 'start_review' }, worker]]);
    expect(state.stage).toBe('review');
    expect(state.approvals.case_plan).toMatchObject({
      status: 'approved',
      decidedBy: 'supervisor',
      comment: 'Жоспар бекітілді',
    });
  });

  it('keeps a rejected assessment in assessment with the supervisor’s comment, and takes it again', () => {
    const rejected = run([
      [{ type: 'start_assessment' }, worker],
      [{ type: 'submit', subject: 'assessment' }, worker],
      [{ type: 'reject', subject: 'assessment', comment: 'Баламен сөйлеспегенсіз' }, supervisor],
    ]);
    expect(rejected.stage).toBe('assessment');
    expect(rejected.approvals.assessment).toMatchObject({
      status: 'rejected',
      comment: 'Баламен сөйлеспегенсіз',
    });
    const resubmitted = run([[{ type: 'submit', subject: 'assessment' }, worker]], rejected);
    expect(resubmitted.approvals.assessment?.status).toBe('pending');
  });

  it('refuses a rejection without a comment', () => {
    const pending = run([
      [{ type: 'start_assessment' }, worker],
      [{ type: 'submit', subject: 'assessment' }, worker],
    ]);
    expect(
      applyWorkflow(pending, { type: 'reject', subject: 'assessment', comment: '  ' }, supervisor, at),
    ).toEqual({
      ok: false,
      refusal: 'comment_required',
    });
  });

  it('lets nobody approve their own submission, even a supervisor who owns the case', () => {
    const both: WorkflowActor = { userId: 'sv', relations: ['owner', 'supervisor_in_scope'] };
    const pending = run([
      [{ type: 'start_assessment' }, both],
      [{ type: 'submit', subject: 'assessment' }, both],
    ]);
    expect(applyWorkflow(pending, { type: 'approve', subject: 'assessment' }, both, at)).toEqual({
      ok: false,
      refusal: 'self_approval',
    });
  });

  it('lets only a supervisor in scope approve, and only the case team move the case', () => {
    const pending = run([
      [{ type: 'start_assessment' }, worker],
      [{ type: 'submit', subject: 'assessment' }, worker],
    ]);
    const partner: WorkflowActor = { userId: 'police', relations: ['referral_partner'] };
    expect(applyWorkflow(pending, { type: 'approve', subject: 'assessment' }, worker, at)).toMatchObject({
      refusal: 'not_permitted',
    });
    expect(applyWorkflow(newCaseWorkflow(), { type: 'start_assessment' }, partner, at)).toMatchObject({
      refusal: 'not_permitted',
    });
  });

  it('closes a case only with a reason and the supervisor’s approval, and freezes it meanwhile', () => {
    const requested = run([
      ...toImplementation,
      [{ type: 'request_closure', reason: 'goals_achieved' }, worker],
    ]);
    expect(caseStatus(requested)).toBe('closure_pending');
    expect(requested.stage).toBe('implementation');
    expect(applyWorkflow(requested, { type: 'start_review' }, worker, at)).toMatchObject({
      refusal: 'closure_pending',
    });
    const closed = run([[{ type: 'approve', subject: 'closure' }, supervisor]], requested);
    expect(closed).toMatchObject({ stage: 'closed', closedAt: at, closure: { reason: 'goals_achieved' } });
    expect(caseStatus(closed)).toBe('closed');
  });

  it('returns a case whose closure was rejected to work, where it was', () => {
    const requested = run([
      ...toImplementation,
      [{ type: 'request_closure', reason: 'risk_eliminated' }, worker],
    ]);
    const back = run(
      [[{ type: 'reject', subject: 'closure', comment: 'Бала әлі қауіпте' }, supervisor]],
      requested,
    );
    expect(back).toMatchObject({ stage: 'implementation', closure: null });
    expect(caseStatus(back)).toBe('open');
  });

  it('reopens a closed case only with a reason, into a new assessment', () => {
    const closed = run([
      [{ type: 'request_closure', reason: 'duplicate_case' }, worker],
      [{ type: 'approve', subject: 'closure' }, supervisor],
    ]);
    expect(applyWorkflow(closed, { type: 'reopen', reason: ' ' }, worker, at)).toMatchObject({
      refusal: 'reason_required',
    });
    expect(applyWorkflow(closed, { type: 'start_assessment' }, worker, at)).toMatchObject({
      refusal: 'case_closed',
    });
    const reopened = run([[{ type: 'reopen', reason: 'Жаңа шағым түсті' }, worker]], closed);
    expect(reopened).toMatchObject({ stage: 'assessment', closure: null, closedAt: null });
    expect(reopened.approvals).toEqual({ assessment: null, case_plan: null, closure: null });
    expect(reopened.reopenings).toEqual([{ reason: 'Жаңа шағым түсті', by: 'worker', at }]);
  });

  it('asks for the plan to be approved again after a review revises it', () => {
    const revised = run([
      ...toImplementation,
      [{ type: 'start_review' }, worker],
      [{ type: 'revise_plan' }, worker],
    ]);
    expect(revised.stage).toBe('case_plan');
    expect(revised.approvals.case_plan).toBeNull();
  });

  it('offers the supervisor exactly the decisions pending', () => {
    const pending = run([
      [{ type: 'start_assessment' }, worker],
      [{ type: 'submit', subject: 'assessment' }, worker],
    ]);
    expect(allowedCommands(pending, supervisor, at)).toEqual([
      { type: 'approve', subject: 'assessment' },
      { type: 'reject', subject: 'assessment' },
    ]);
    expect(allowedCommands(pending, worker, at)).toEqual([{ type: 'request_closure', subject: null }]);
  });

  it('property: no sequence of commands by anyone closes a case without an approved closure with a reason', () => {
    const actor = fc.record({
      userId: fc.constantFrom('u1', 'u2', 'u3'),
      relations: fc.subarray([...CASE_RELATIONS] as CaseRelation[]),
    });
    const subject = fc.constantFrom(...APPROVAL_SUBJECTS);
    const command: fc.Arbitrary<WorkflowCommand> = fc.oneof(
      fc.constant({ type: 'start_assessment' as const }),
      fc
        .constantFrom('assessment' as const, 'case_plan' as const)
        .map((s) => ({ type: 'submit' as const, subject: s })),
      subject.map((s) => ({ type: 'approve' as const, subject: s })),
      fc
        .tuple(subject, fc.constantFrom('', 'нет'))
        .map(([s, comment]) => ({ type: 'reject' as const, subject: s, comment })),
      fc.constant({ type: 'start_review' as const }),
      fc.constant({ type: 'continue_implementation' as const }),
      fc.constant({ type: 'revise_plan' as const }),
      fc.constantFrom(...CLOSURE_REASONS).map((reason) => ({ type: 'request_closure' as const, reason })),
      fc.constant({ type: 'withdraw_closure' as const }),
      fc.constantFrom('', 'қайта ашу').map((reason) => ({ type: 'reopen' as const, reason })),
    );
    let closures = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(command, actor), { maxLength: 40 }), (steps) => {
        let state = newCaseWorkflow();
        for (const [c, a] of steps) {
          const before = state;
          const result = applyWorkflow(state, c, a, at);
          if (!result.ok) continue;
          state = result.state;
          if (state.stage === 'closed' && before.stage !== 'closed') {
            closures++;
            expect(c.type).toBe('approve');
            expect(a.relations).toContain('supervisor_in_scope');
            expect(state.approvals.closure?.status).toBe('approved');
            expect(state.approvals.closure?.decidedBy).not.toBe(state.approvals.closure?.submittedBy);
            expect(CLOSURE_REASONS).toContain(state.closure?.reason);
          }
        }
      }),
      { numRuns: 500 },
    );
    // The property is only worth something if random runs do reach closure.
    expect(closures).toBeGreaterThan(0);
  });
});

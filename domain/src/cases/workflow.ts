import type { CaseRelation } from './case-access.ts';
import type { ClosureReason } from './taxonomy.ts';

/*
 * The life of a case:
 *
 *   registration → assessment ⇒ case_plan ⇒ implementation ⇄ review → (back to case_plan to revise)
 *        └──────────────┴───────────┴──────────────┴─────────────┴── request_closure ⇒ closed → reopen → assessment
 *
 * "⇒" needs a supervisor's approval: the assessment and the plan are submitted, then approved (the case
 * moves on) or rejected with a comment (it stays, to be corrected and submitted again). Closure needs a
 * reason from the list and the supervisor's approval; until then the case stays open and frozen. A closed
 * case is reopened with a reason, into a new assessment. Nobody approves their own submission.
 */

export const CASE_STAGES = [
  'registration',
  'assessment',
  'case_plan',
  'implementation',
  'review',
  'closed',
] as const;
export type CaseStage = (typeof CASE_STAGES)[number];
export type OpenStage = Exclude<CaseStage, 'closed'>;

export const APPROVAL_SUBJECTS = ['assessment', 'case_plan', 'closure'] as const;
export type ApprovalSubject = (typeof APPROVAL_SUBJECTS)[number];

export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export interface Approval {
  readonly status: ApprovalStatus;
  readonly submittedBy: string;
  readonly submittedAt: string;
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  readonly comment: string | null;
}

export interface ClosureRequest {
  readonly reason: ClosureReason;
  readonly comment: string | null;
}

export interface CaseWorkflowState {
  readonly stage: CaseStage;
  readonly approvals: Readonly<Record<ApprovalSubject, Approval | null>>;
  /** The closure asked for (pending approval) or granted (when closed). */
  readonly closure: ClosureRequest | null;
  readonly closedAt: string | null;
  readonly reopenings: readonly { readonly reason: string; readonly by: string; readonly at: string }[];
}

/** The overall status lists show: open, waiting for closure approval, or closed. */
export type CaseStatus = 'open' | 'closure_pending' | 'closed';

/** A new case's workflow, at registration. */
export function newCaseWorkflow(): CaseWorkflowState {
  return {
    stage: 'registration',
    approvals: { assessment: null, case_plan: null, closure: null },
    closure: null,
    closedAt: null,
    reopenings: [],
  };
}

/** The overall status of a case. */
export function caseStatus(state: CaseWorkflowState): CaseStatus {
  if (state.stage === 'closed') return 'closed';
  return state.approvals.closure?.status === 'pending' ? 'closure_pending' : 'open';
}

/** Something a person asks the workflow to do. */
export type WorkflowCommand =
  | { readonly type: 'start_assessment' }
  | { readonly type: 'submit'; readonly subject: 'assessment' | 'case_plan' }
  | { readonly type: 'approve'; readonly subject: ApprovalSubject; readonly comment?: string }
  | { readonly type: 'reject'; readonly subject: ApprovalSubject; readonly comment: string }
  | { readonly type: 'start_review' }
  | { readonly type: 'continue_implementation' }
  | { readonly type: 'revise_plan' }
  | { readonly type: 'request_closure'; readonly reason: ClosureReason; readonly comment?: string }
  | { readonly type: 'withdraw_closure' }
  | { readonly type: 'reopen'; readonly reason: string };

export type WorkflowCommandType = WorkflowCommand['type'];

const WORKERS: readonly CaseRelation[] = ['owner', 'assignee', 'case_manager_in_scope'];

/** Who may ask for each change, by their relation to the case (case-access.ts computes the relations). */
export const TRANSITION_PERMISSIONS: Readonly<Record<WorkflowCommandType, readonly CaseRelation[]>> = {
  start_assessment: WORKERS,
  submit: WORKERS,
  approve: ['supervisor_in_scope'],
  reject: ['supervisor_in_scope'],
  start_review: WORKERS,
  continue_implementation: WORKERS,
  revise_plan: WORKERS,
  request_closure: ['owner', 'case_manager_in_scope'],
  withdraw_closure: ['owner', 'case_manager_in_scope'],
  reopen: ['owner', 'case_manager_in_scope', 'supervisor_in_scope'],
};

/** Who is asking, and how they relate to the case. */
export interface WorkflowActor {
  readonly userId: string;
  readonly relations: readonly CaseRelation[];
}

export type WorkflowRefusal =
  | 'not_permitted'
  | 'wrong_stage'
  | 'case_closed'
  | 'closure_pending'
  | 'approval_pending'
  | 'nothing_to_decide'
  | 'self_approval'
  | 'comment_required'
  | 'reason_required';

export type WorkflowResult =
  | { readonly ok: true; readonly state: CaseWorkflowState }
  | { readonly ok: false; readonly refusal: WorkflowRefusal };

/** The stage a submission belongs to, and the stage its approval leads to. */
const APPROVAL_STEP = {
  assessment: { at: 'assessment', next: 'case_plan' },
  case_plan: { at: 'case_plan', next: 'implementation' },
} as const;

/** The next state for a command asked by an actor at an instant, or why it is refused. */
export function applyWorkflow(
  state: CaseWorkflowState,
  command: WorkflowCommand,
  actor: WorkflowActor,
  at: string,
): WorkflowResult {
  const refuse = (refusal: WorkflowRefusal): WorkflowResult => ({ ok: false, refusal });
  const done = (next: Partial<CaseWorkflowState>): WorkflowResult => ({
    ok: true,
    state: { ...state, ...next },
  });
  const withApproval = (subject: ApprovalSubject, approval: Approval | null) => ({
    ...state.approvals,
    [subject]: approval,
  });

  if (!actor.relations.some((r) => TRANSITION_PERMISSIONS[command.type].includes(r)))
    return refuse('not_permitted');
  if (command.type === 'reopen') {
    if (state.stage !== 'closed') return refuse('wrong_stage');
    const reason = command.reason.trim();
    if (reason === '') return refuse('reason_required');
    return done({
      stage: 'assessment',
      approvals: { assessment: null, case_plan: null, closure: null },
      closure: null,
      closedAt: null,
      reopenings: [...state.reopenings, { reason, by: actor.userId, at }],
    });
  }
  if (state.stage === 'closed') return refuse('case_closed');

  const closurePending = state.approvals.closure?.status === 'pending';
  const decidesClosure =
    (command.type === 'approve' || command.type === 'reject') && command.subject === 'closure';
  if (closurePending && !decidesClosure && command.type !== 'withdraw_closure')
    return refuse('closure_pending');

  switch (command.type) {
    case 'start_assessment':
      return state.stage === 'registration' ? done({ stage: 'assessment' }) : refuse('wrong_stage');
    case 'submit': {
      if (state.stage !== APPROVAL_STEP[command.subject].at) return refuse('wrong_stage');
      if (state.approvals[command.subject]?.status === 'pending') return refuse('approval_pending');
      const approval: Approval = {
        status: 'pending',
        submittedBy: actor.userId,
        submittedAt: at,
        decidedBy: null,
        decidedAt: null,
        comment: null,
      };
      return done({ approvals: withApproval(command.subject, approval) });
    }
    case 'approve':
    case 'reject': {
      const pending = state.approvals[command.subject];
      if (pending?.status !== 'pending') return refuse('nothing_to_decide');
      if (command.subject !== 'closure' && state.stage !== APPROVAL_STEP[command.subject].at) {
        return refuse('wrong_stage');
      }
      if (pending.submittedBy === actor.userId) return refuse('self_approval');
      const comment = command.comment?.trim() || null;
      if (command.type === 'reject' && comment === null) return refuse('comment_required');
      const status = command.type === 'approve' ? 'approved' : 'rejected';
      const decided: Approval = { ...pending, status, decidedBy: actor.userId, decidedAt: at, comment };
      const approvals = withApproval(command.subject, decided);
      if (command.subject === 'closure') {
        return status === 'approved'
          ? done({ stage: 'closed', approvals, closedAt: at })
          : done({ approvals, closure: null });
      }
      return done(
        status === 'approved' ? { stage: APPROVAL_STEP[command.subject].next, approvals } : { approvals },
      );
    }
    case 'start_review':
      return state.stage === 'implementation' ? done({ stage: 'review' }) : refuse('wrong_stage');
    case 'continue_implementation':
      return state.stage === 'review' ? done({ stage: 'implementation' }) : refuse('wrong_stage');
    case 'revise_plan':
      // A revised plan is a new plan: it needs approval again before it is carried out.
      return state.stage === 'review'
        ? done({ stage: 'case_plan', approvals: withApproval('case_plan', null) })
        : refuse('wrong_stage');
    case 'request_closure': {
      const approval: Approval = {
        status: 'pending',
        submittedBy: actor.userId,
        submittedAt: at,
        decidedBy: null,
        decidedAt: null,
        comment: null,
      };
      return done({
        approvals: withApproval('closure', approval),
        closure: { reason: command.reason, comment: command.comment?.trim() || null },
      });
    }
    case 'withdraw_closure':
      return closurePending
        ? done({ approvals: withApproval('closure', null), closure: null })
        : refuse('nothing_to_decide');
  }
}

/** A command the UI may offer, with the approval subject it is about when it has one. */
export interface AllowedCommand {
  readonly type: WorkflowCommandType;
  readonly subject: ApprovalSubject | null;
}

/** The commands the actor may ask now, so the UI offers only what will be accepted. */
export function allowedCommands(
  state: CaseWorkflowState,
  actor: WorkflowActor,
  at: string,
): AllowedCommand[] {
  // Probes carry placeholder texts: a real reason or comment is the person's to write.
  const probes: WorkflowCommand[] = [
    { type: 'start_assessment' },
    { type: 'submit', subject: 'assessment' },
    { type: 'submit', subject: 'case_plan' },
    ...APPROVAL_SUBJECTS.flatMap((subject): WorkflowCommand[] => [
      { type: 'approve', subject },
      { type: 'reject', subject, comment: '-' },
    ]),
    { type: 'start_review' },
    { type: 'continue_implementation' },
    { type: 'revise_plan' },
    { type: 'request_closure', reason: 'goals_achieved' },
    { type: 'withdraw_closure' },
    { type: 'reopen', reason: '-' },
  ];
  return probes
    .filter((command) => applyWorkflow(state, command, actor, at).ok)
    .map((command) => ({ type: command.type, subject: 'subject' in command ? command.subject : null }));
}

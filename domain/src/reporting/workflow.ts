// The life of a report: draft → submitted → accepted | returned; returned → submitted; accepted →
// reopened (with a reason) → submitted. What a person may do is decided here as a pure check that
// either gives the resulting state or a refusal code the server turns into a message. A submitted or
// accepted report is read-only to its executor; only the coordinator moves it on.

/** Where a report stands. */
export const REPORT_STATES = ['draft', 'submitted', 'returned', 'accepted', 'reopened'] as const;

/** One state of a report. */
export type ReportState = (typeof REPORT_STATES)[number];

/** What can be done to a report. */
export const REPORT_ACTIONS = ['read', 'edit', 'submit', 'accept', 'return', 'reopen'] as const;

/** One action on a report. */
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/** Why an action is refused. */
export const WORKFLOW_REFUSALS = [
  /** The person is not of the organisation the report belongs to. */
  'not_your_report',
  /** Only the plan's coordinator may do this. */
  'coordinator_only',
  /** Only the measure's lead executor (or the coordinator) may do this. */
  'lead_only',
  /** The report is submitted or accepted: its executor can no longer change it. */
  'read_only',
  /** The report is not in a state this action applies to. */
  'wrong_state',
  /** Returning a report needs a comment saying what to fix. */
  'comment_required',
  /** Re-opening an accepted report needs a reason. */
  'reason_required',
  /** Nobody accepts a report they submitted themselves. */
  'own_submission',
] as const;

/** One refusal code. */
export type WorkflowRefusal = (typeof WORKFLOW_REFUSALS)[number];

const TRANSITIONS: Readonly<Record<ReportState, Partial<Record<ReportAction, ReportState>>>> = {
  draft: { read: 'draft', edit: 'draft', submit: 'submitted' },
  submitted: { read: 'submitted', accept: 'accepted', return: 'returned' },
  returned: { read: 'returned', edit: 'returned', submit: 'submitted' },
  accepted: { read: 'accepted', reopen: 'reopened' },
  reopened: { read: 'reopened', edit: 'reopened', submit: 'submitted' },
};

/** The state an action leads to, or null when the action does not apply in that state. */
export const nextState = (state: ReportState, action: ReportAction): ReportState | null =>
  TRANSITIONS[state][action] ?? null;

/** True when the executor may no longer change the report (submitted, or accepted and locked). */
export const isReadOnlyForExecutor = (state: ReportState): boolean =>
  state === 'submitted' || state === 'accepted';

/** The person acting: their organisation and whether they coordinate the plan. */
export interface ReportActor {
  readonly userId: string;
  readonly organisationId: string | null;
  readonly coordinator: boolean;
}

/** The report acted on. */
export interface ReportSubject {
  readonly state: ReportState;
  readonly organisationId: string;
  /** Who submitted the version now under review, if any. */
  readonly submittedBy: string | null;
  /** The organisation that writes the measure's summary (see `summaryAuthor`); null when the coordinator does. */
  readonly summaryOrganisationId: string | null;
}

/** The outcome of a check: the state the report is in afterwards, or why not. */
export type WorkflowDecision =
  | { readonly allowed: true; readonly state: ReportState }
  | { readonly allowed: false; readonly refusal: WorkflowRefusal };

const refuse = (refusal: WorkflowRefusal): WorkflowDecision => ({ allowed: false, refusal });

const blank = (note: string | null | undefined): boolean => (note ?? '').trim() === '';

/**
 * Whether `actor` may do `action` to the report. `note` is the return comment or the re-opening reason.
 * Executors draft and submit their own organisation's report; the coordinator reads every report that has
 * been submitted at least once and accepts, returns or re-opens it; the measure's summary author reads
 * its co-executors' reports to write the summary.
 */
export const decideReportAction = (
  actor: ReportActor,
  action: ReportAction,
  subject: ReportSubject,
  note?: string | null,
): WorkflowDecision => {
  const own = actor.organisationId !== null && actor.organisationId === subject.organisationId;
  const next = nextState(subject.state, action);
  switch (action) {
    case 'read': {
      if (own) return { allowed: true, state: subject.state };
      const reviewer =
        actor.coordinator ||
        (actor.organisationId !== null && actor.organisationId === subject.summaryOrganisationId);
      if (!reviewer) return refuse('not_your_report');
      // A draft that was never submitted is the executor's work in progress.
      return subject.state === 'draft' ? refuse('wrong_state') : { allowed: true, state: subject.state };
    }
    case 'edit':
    case 'submit':
      if (!own) return refuse('not_your_report');
      if (isReadOnlyForExecutor(subject.state)) return refuse('read_only');
      return next === null ? refuse('wrong_state') : { allowed: true, state: next };
    case 'accept':
    case 'return':
    case 'reopen':
      if (!actor.coordinator) return refuse('coordinator_only');
      if (next === null) return refuse('wrong_state');
      if (action === 'accept' && subject.submittedBy !== null && subject.submittedBy === actor.userId) {
        return refuse('own_submission');
      }
      if (action === 'return' && blank(note)) return refuse('comment_required');
      if (action === 'reopen' && blank(note)) return refuse('reason_required');
      return { allowed: true, state: next };
  }
};

/**
 * The organisation that writes a measure's summary for the period: its lead, when exactly one obliged
 * organisation holds the lead. When the lead is a group (ЖАО: every akimat) or takes part only by
 * agreement, there is no single lead and the coordinator writes it (null).
 */
export const summaryAuthor = (
  obligations: readonly {
    readonly organisationId: string;
    readonly lead: boolean;
    readonly invited: boolean;
  }[],
): string | null => {
  const leads = [...new Set(obligations.filter((o) => o.lead && !o.invited).map((o) => o.organisationId))];
  return leads.length === 1 ? (leads[0] ?? null) : null;
};

/** Whether `actor` may write the measure's summary: its summary author or the coordinator. */
export const decideSummary = (
  actor: ReportActor,
  summaryOrganisationId: string | null,
): { readonly allowed: true } | { readonly allowed: false; readonly refusal: 'lead_only' } =>
  actor.coordinator || (actor.organisationId !== null && actor.organisationId === summaryOrganisationId)
    ? { allowed: true }
    : { allowed: false, refusal: 'lead_only' };

import { and, count, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.ts';
import { users } from '../../platform/auth/tables.ts';
import type { AppContext } from '../../platform/context.ts';
import { caseAccessFilter } from './access.ts';
import { cases, caseTasks } from './tables.ts';

/**
 * What a supervisor watches: caseload per worker, overdue tasks, response-time breaches and cases waiting for
 * an approval — over the cases the supervisor may open, so the figures never include a case they could not see.
 */
export async function supervisionOverview(ctx: AppContext, actor: Actor) {
  const asOf = ctx.clock.now();
  const visible = caseAccessFilter(actor, asOf);
  const open = sql`${cases.status} <> 'closed'`;
  const [caseload, overdueTasks, breaches, approvals] = await Promise.all([
    ctx.db
      .select({ userId: cases.ownerUserId, name: users.fullName, open: count() })
      .from(cases)
      .leftJoin(users, eq(users.id, cases.ownerUserId))
      .where(and(visible, open))
      .groupBy(cases.ownerUserId, users.fullName)
      .orderBy(sql`count(*) desc`),
    ctx.db
      .select({
        caseId: cases.id,
        number: cases.number,
        taskId: caseTasks.id,
        title: caseTasks.title,
        dueAt: caseTasks.dueAt,
      })
      .from(caseTasks)
      .innerJoin(cases, eq(cases.id, caseTasks.caseId))
      .where(and(visible, isNull(caseTasks.doneAt), lt(caseTasks.dueAt, asOf)))
      .orderBy(caseTasks.dueAt)
      .limit(200),
    ctx.db
      .select({
        caseId: cases.id,
        number: cases.number,
        riskLevel: cases.riskLevel,
        responseDueAt: cases.responseDueAt,
      })
      .from(cases)
      .where(and(visible, open, isNull(cases.firstContactAt), lt(cases.responseDueAt, asOf)))
      .orderBy(cases.responseDueAt)
      .limit(200),
    ctx.db
      .select({ caseId: cases.id, number: cases.number, stage: cases.stage, workflow: cases.workflow })
      .from(cases)
      .where(
        and(
          visible,
          sql`(${cases.workflow}->'approvals'->'assessment'->>'status' = 'pending' or ${cases.workflow}->'approvals'->'case_plan'->>'status' = 'pending' or ${cases.workflow}->'approvals'->'closure'->>'status' = 'pending')`,
        ),
      )
      .limit(200),
  ]);
  return {
    caseload: caseload.map((c) => ({ userId: c.userId, name: c.name, openCases: Number(c.open) })),
    overdueTasks: overdueTasks.map((t) => ({ ...t, dueAt: t.dueAt.toISOString() })),
    responseBreaches: breaches.map((b) => ({ ...b, responseDueAt: b.responseDueAt.toISOString() })),
    awaitingApproval: approvals.map((a) => {
      const approvals = (a.workflow as { approvals: Record<string, { status: string } | null> }).approvals;
      return {
        caseId: a.caseId,
        number: a.number,
        stage: a.stage,
        subjects: Object.entries(approvals)
          .filter(([, v]) => v?.status === 'pending')
          .map(([k]) => k),
      };
    }),
  };
}

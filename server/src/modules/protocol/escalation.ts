import { z } from 'zod';
import { defineJob } from '../../platform/jobs/queue.ts';
import { escalateOverdueActions } from './actions.ts';
import { escalateDispatches } from './dispatch.ts';
import { actionsEscalated, dispatchesEscalated } from './notices.ts';

/**
 * The escalation round, every minute: overdue protocol actions go to the organisation's head and the case's
 * supervisors, and mobile-group alerts nobody accepted go up a level. Each step marks what it escalated in
 * the same transaction as its notices, so a round that fails is simply run again.
 */
export const protocolEscalationJob = defineJob({
  kind: 'protocol.escalate',
  payload: z.object({}),
  async run(ctx) {
    const now = ctx.clock.now();
    const actions = await escalateOverdueActions(ctx, now, (tx, escalated) =>
      actionsEscalated(tx, ctx, escalated, now),
    );
    const alerts = await escalateDispatches(ctx, now, (tx, raised) =>
      dispatchesEscalated(tx, ctx, raised, now),
    );
    return { actions: actions.length, alerts: alerts.length };
  },
});

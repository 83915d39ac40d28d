import { protocolEscalationJob } from './modules/protocol/escalation.ts';
import { protocolNoticeJob } from './modules/protocol/notices.ts';
import { governmentReportJob, remindersJob } from './modules/reporting/service.ts';
import { cleanupJob, type JobDefinition } from './platform/jobs/queue.ts';
import type { Schedule } from './platform/jobs/worker.ts';
import { emailJob } from './platform/notify/mailer.ts';
import { smsJob } from './platform/notify/sms.ts';

// Every kind of background job, and the ones that run on a schedule: the composition root hands them to
// the worker, so the platform's worker knows no module.

export const jobDefinitions: readonly JobDefinition[] = [
  emailJob as unknown as JobDefinition,
  governmentReportJob as unknown as JobDefinition,
  remindersJob as unknown as JobDefinition,
  smsJob as unknown as JobDefinition,
  protocolNoticeJob as unknown as JobDefinition,
];

/**
 * The reminder round runs every hour, the response's escalation round every minute, the cleanup of old
 * routine jobs every day; dedupe keys and the escalated marks make extra rounds harmless.
 */
export const jobSchedules: readonly Schedule[] = [
  { job: remindersJob as unknown as JobDefinition, everyMs: 3_600_000 },
  { job: protocolEscalationJob as unknown as JobDefinition, everyMs: 60_000 },
  {
    job: cleanupJob([
      emailJob,
      smsJob,
      protocolNoticeJob,
      protocolEscalationJob,
      remindersJob,
    ] as unknown as JobDefinition[]),
    everyMs: 86_400_000,
  },
];

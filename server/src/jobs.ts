import { governmentReportJob, remindersJob } from './modules/reporting/service.ts';
import type { JobDefinition } from './platform/jobs/queue.ts';
import type { Schedule } from './platform/jobs/worker.ts';
import { emailJob } from './platform/notify/mailer.ts';

// Every kind of background job, and the ones that run on a schedule: the composition root hands them to
// the worker, so the platform's worker knows no module.

export const jobDefinitions: readonly JobDefinition[] = [
  emailJob as unknown as JobDefinition,
  governmentReportJob as unknown as JobDefinition,
  remindersJob as unknown as JobDefinition,
];

/** The reminder round runs every hour; its dedupe keys make extra rounds harmless. */
export const jobSchedules: readonly Schedule[] = [
  { job: remindersJob as unknown as JobDefinition, everyMs: 3_600_000 },
];

// The reporting cycle's use cases, the one door other modules and the composition root use.

export { readDashboard, readMyObligations } from './dashboard.ts';
export {
  downloadGovernmentReport,
  governmentReportJob,
  listGovernmentReports,
  requestGovernmentReport,
} from './government-report.ts';
export { saveMeasureForm } from './measure-form.ts';
export { listPeriodMeasures, readMeasureView, saveConsolidation, saveSummary } from './measure-texts.ts';
export { openPeriod } from './open-period.ts';
export { listObligations, readCompleteness, readTimeline, readTrend } from './read-completeness.ts';
export { listPeriods, readPeriod } from './read-periods.ts';
export { remindersJob, sendReminders } from './reminders.ts';
export {
  downloadEvidence,
  readObligation,
  reviewReport,
  saveDraft,
  submitReport,
  uploadEvidence,
} from './report-workflow.ts';

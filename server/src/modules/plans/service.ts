// The plan registry's use cases, the one door other modules (the reporting cycle, dashboards) use.

export { executorResolver, type ResolvedOrganisation } from './agencies.ts';
export { correctAgency } from './correct-agency.ts';
export { type ExportedFile, type ExportFormat, exportPlan } from './export-plan.ts';
export {
  type ImportInput,
  type ImportOutcome,
  importPlan,
  PLAN_MAX_BYTES,
  PLAN_MAX_SIZE_TEXT,
  readPlanFile,
  storeParsedPlan,
} from './import-plan.ts';
export { type ImportResultDto, presentImport } from './present-import.ts';
export { previewText } from './preview-text.ts';
export { listAgencies, usageInVersion } from './read-agencies.ts';
export { listMeasures, type MeasureFilter, readMeasure } from './read-measures.ts';
export { listPlans, readPlanOverview, readVersionDiff, readVersionSource } from './read-plans.ts';
export {
  canonicalMeasure,
  getPlan,
  getVersion,
  listVersions,
  reportingOf,
  versionContent,
} from './store.ts';
export { translateMeasure } from './translate-measure.ts';

/** Every table of the application, for drizzle-kit and for the typed database handle. */

export * from './modules/cases/tables.ts';
export * from './modules/plans/tables.ts';
export * from './modules/protocol/tables.ts';
export * from './modules/reporting/tables.ts';
export * from './platform/audit/tables.ts';
export * from './platform/auth/tables.ts';
export * from './platform/directory/tables.ts';
export * from './platform/files/tables.ts';
export * from './platform/jobs/tables.ts';
export * from './platform/notify/tables.ts';

/**
 * The catalogue of audit events. Every audit row names one of these; the web app has a label for each in
 * every language (a test checks).
 */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.logout',
  'auth.logout_everywhere',
  'auth.password_changed',
  'auth.account_locked',
  'user.list',
  'user.read',
  'user.created',
  'user.updated',
  'user.password_reset',
  'user.second_factor_reset',
  'user.deactivated',
  'user.reactivated',
  'user.unlocked',
  'organisation.created',
  'organisation.updated',
  'plan.imported',
  'plan.version_created',
  'plan.agency_link_changed',
  'plan.translation_saved',
  'plan.exported',
  'audit.list',
  'audit.verified',
  'system.seeded',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

import { eq } from 'drizzle-orm';
import { type Actor, holds } from '../../platform/access/actor.ts';
import { type AuditContext, writeAudit } from '../../platform/audit/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import { organisations } from '../../platform/directory/tables.ts';
import { AppError } from '../../platform/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import {
  type AgencyDto,
  type AgencyEntry,
  currentIdsOf,
  loadDirectory,
  loadLinkingContext,
  presentDirectory,
  saveDirectory,
} from './agencies.ts';
import { usageInVersion } from './read-agencies.ts';
import type { AgencyInput } from './schemas.ts';
import { getPlan, getVersion } from './store.ts';

/**
 * A coordinator's correction of one entry of a plan's agency directory: what the abbreviation is and
 * where it points. The correction is kept over later imports, which propose links only for the rest.
 */
export async function correctAgency(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  locale: Locale,
  target: { planId: string; code: string },
  input: AgencyInput,
): Promise<AgencyDto> {
  if (!holds(actor, 'manage:plan')) throw new AppError('FORBIDDEN');
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const plan = await getPlan(tx, target.planId);
    const directory = await loadDirectory(tx, plan.id);
    const before = directory.get(target.code);
    if (!before) throw new AppError('AGENCY_NOT_FOUND', { params: { code: target.code } });
    if (input.link.type === 'organisation') {
      const [found] = await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.id, input.link.organisationId));
      if (!found) throw AppError.invalid([{ field: 'link.organisationId', key: 'validation.invalid' }]);
    }
    const link =
      input.link.type === 'organisation_type'
        ? { ...input.link, organisationLevel: input.link.organisationLevel ?? null }
        : input.link;
    const after: AgencyEntry = {
      ...before,
      kind: input.kind,
      link,
      source: 'coordinator',
      currentIds: currentIdsOf(link, await loadLinkingContext(tx)),
    };
    await saveDirectory(tx, plan.id, [after], directory, { userId: actor.userId, at: now });
    await writeAudit(
      tx,
      audit,
      {
        action: 'plan.agency_link_changed',
        objectType: 'plan',
        objectId: plan.id,
        changes: {
          ...(before.kind === after.kind ? {} : { kind: { from: before.kind, to: after.kind } }),
          link: { from: before.link, to: after.link },
          source: { from: before.source, to: after.source },
        },
        details: { code: target.code, current: after.currentIds },
      },
      now,
    );
    const version = await getVersion(tx, plan);
    const [presented] = await presentDirectory(
      tx,
      locale,
      [after],
      { from: plan.periodFrom, to: plan.periodTo },
      await usageInVersion(tx, version.id),
    );
    if (!presented) throw new AppError('INTERNAL');
    return presented;
  });
}

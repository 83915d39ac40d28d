import type { ReferralOutcome, RehabilitationService } from '@qorgau/domain/cases/index';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.ts';
import { conditionFor, mayAccess } from '../../platform/access/actor.ts';
import { scopeFilter } from '../../platform/access/scope-filter.ts';
import { type AuditContext, writeAudit } from '../../platform/audit/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import { organisations } from '../../platform/directory/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { translateKey } from '../../platform/i18n/translate.ts';
import { requireCaseRelations } from '../cases/access.ts';
import { TEAM } from '../cases/case-actions.ts';
import { caseParticipants, cases } from '../cases/tables.ts';
import { rehabilitationProviders, rehabilitationServices } from './tables.ts';

function rehabilitationRefused(code: string): AppError {
  return new AppError('CASE_ACTION_REFUSED', {
    details: { refusal: code },
    reason: (locale) => translateKey(locale, `rehabilitation.refusal.${code}`),
  });
}

const organisationName = sql<{
  kk: string;
  ru: string;
  en: string;
}>`json_build_object('kk', ${organisations.nameKk}, 'ru', ${organisations.nameRu}, 'en', ${organisations.nameEn})`;

/** The catalogue of a region (or of all regions), optionally of one kind of service: what a case worker picks from. */
export async function listProviders(
  ctx: AppContext,
  filter: { regionCode?: string | undefined; service?: RehabilitationService | undefined },
) {
  const rows = await ctx.db
    .select({ p: rehabilitationProviders, organisation: organisationName })
    .from(rehabilitationProviders)
    .innerJoin(organisations, eq(organisations.id, rehabilitationProviders.organisationId))
    .where(
      and(
        eq(rehabilitationProviders.active, true),
        filter.regionCode ? eq(rehabilitationProviders.regionCode, filter.regionCode) : undefined,
        filter.service ? sql`${filter.service} = any(${rehabilitationProviders.services})` : undefined,
      ),
    )
    .orderBy(asc(rehabilitationProviders.regionCode), asc(organisations.nameKk));
  return rows.map((r) => ({
    id: r.p.id,
    organisationId: r.p.organisationId,
    organisation: r.organisation,
    regionCode: r.p.regionCode,
    services: r.p.services as RehabilitationService[],
    contact: r.p.contact,
  }));
}

/** Adds an organisation of the region to the catalogue, or changes what it provides (administrators of the region). */
export async function saveProvider(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  input: {
    organisationId: string;
    services: RehabilitationService[];
    contact?: string | null | undefined;
    active?: boolean | undefined;
  },
) {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const [org] = await tx.select().from(organisations).where(eq(organisations.id, input.organisationId));
    if (!org?.regionCode) throw AppError.invalid([{ field: 'organisationId', key: 'validation.invalid' }]);
    if (
      !mayAccess(actor, 'manage:rehabilitation', {
        organisationId: org.id,
        districtCode: org.districtCode,
        regionCode: org.regionCode,
      })
    )
      throw new AppError('FORBIDDEN');
    const [existing] = await tx
      .select()
      .from(rehabilitationProviders)
      .where(eq(rehabilitationProviders.organisationId, org.id))
      .for('update');
    const values = {
      services: [...new Set(input.services)],
      contact: input.contact ?? null,
      active: input.active ?? true,
    };
    const id = existing?.id ?? crypto.randomUUID();
    if (existing)
      await tx.update(rehabilitationProviders).set(values).where(eq(rehabilitationProviders.id, id));
    else
      await tx
        .insert(rehabilitationProviders)
        .values({ id, organisationId: org.id, regionCode: org.regionCode, ...values });
    await writeAudit(
      tx,
      audit,
      {
        action: 'rehabilitation.provider_updated',
        objectType: 'organisation',
        objectId: org.id,
        objectRegionCode: org.regionCode,
        details: values,
      },
      now,
    );
    return { id };
  });
}

/** A case's rehabilitation services, planned and delivered: the rehabilitation part of the case plan. */
export async function caseRehabilitation(ctx: AppContext, actor: Actor, caseId: string) {
  await requireCaseRelations(ctx.db, actor, caseId, ctx.clock.now());
  const rows = await ctx.db
    .select({
      s: rehabilitationServices,
      organisationId: rehabilitationProviders.organisationId,
      provider: organisationName,
    })
    .from(rehabilitationServices)
    .innerJoin(rehabilitationProviders, eq(rehabilitationProviders.id, rehabilitationServices.providerId))
    .innerJoin(organisations, eq(organisations.id, rehabilitationProviders.organisationId))
    .where(eq(rehabilitationServices.caseId, caseId))
    .orderBy(asc(rehabilitationServices.plannedFrom));
  return rows.map(({ s, organisationId, provider }) => ({
    id: s.id,
    service: s.service as RehabilitationService,
    childWas: s.childWas as 'victim' | 'witness',
    providerId: s.providerId,
    providerOrganisationId: organisationId,
    provider,
    plannedFrom: s.plannedFrom,
    sessionsPlanned: s.sessionsPlanned,
    deliveredAt: s.deliveredAt?.toISOString() ?? null,
    outcome: s.outcome as ReferralOutcome | null,
    outcomeNote: s.outcomeNote,
  }));
}

/** The case's team plans a service with a provider of the catalogue, which then takes part in the case. */
export async function planService(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  caseId: string,
  input: {
    service: RehabilitationService;
    childWas: 'victim' | 'witness';
    providerId: string;
    plannedFrom: string;
    sessionsPlanned?: number | null | undefined;
  },
) {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const relations = await requireCaseRelations(tx, actor, caseId, now);
    if (!relations.some((r) => TEAM.includes(r))) throw rehabilitationRefused('not_permitted');
    const [c] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
    if (!c) throw new AppError('CASE_NOT_FOUND');
    if (c.status === 'closed') throw rehabilitationRefused('case_closed');
    const [provider] = await tx
      .select()
      .from(rehabilitationProviders)
      .where(and(eq(rehabilitationProviders.id, input.providerId), eq(rehabilitationProviders.active, true)));
    if (!provider) throw AppError.invalid([{ field: 'providerId', key: 'validation.invalid' }]);
    if (!provider.services.includes(input.service)) throw rehabilitationRefused('service_not_provided');
    const id = crypto.randomUUID();
    await tx.insert(rehabilitationServices).values({
      id,
      caseId,
      service: input.service,
      childWas: input.childWas,
      providerId: provider.id,
      plannedFrom: input.plannedFrom,
      sessionsPlanned: input.sessionsPlanned ?? null,
      createdBy: actor.userId,
      createdAt: now,
    });
    if (provider.organisationId !== c.ownerOrganisationId)
      await tx
        .insert(caseParticipants)
        .values({
          caseId,
          organisationId: provider.organisationId,
          reason: 'rehabilitation',
          sourceId: id,
          since: now,
        })
        .onConflictDoNothing();
    await writeAudit(
      tx,
      audit,
      {
        action: 'rehabilitation.planned',
        objectType: 'case',
        objectId: caseId,
        objectRegionCode: c.regionCode,
        details: { serviceId: id, service: input.service, providerId: provider.id },
      },
      now,
    );
    return { id };
  });
}

/** The provider (or the case's team) records the service delivered, with its outcome. */
export async function recordDelivery(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  serviceId: string,
  input: { outcome: ReferralOutcome; note?: string | null | undefined },
) {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const [row] = await tx
      .select({ s: rehabilitationServices, providerOrganisationId: rehabilitationProviders.organisationId })
      .from(rehabilitationServices)
      .innerJoin(rehabilitationProviders, eq(rehabilitationProviders.id, rehabilitationServices.providerId))
      .where(eq(rehabilitationServices.id, serviceId))
      .for('update', { of: rehabilitationServices });
    if (!row) throw new AppError('NOT_FOUND');
    const relations = await requireCaseRelations(tx, actor, row.s.caseId, now);
    if (actor.organisationId !== row.providerOrganisationId && !relations.some((r) => TEAM.includes(r)))
      throw rehabilitationRefused('not_permitted');
    if (row.s.deliveredAt) throw rehabilitationRefused('already_recorded');
    await tx
      .update(rehabilitationServices)
      .set({ deliveredAt: now, outcome: input.outcome, outcomeNote: input.note ?? null })
      .where(eq(rehabilitationServices.id, serviceId));
    const [c] = await tx
      .select({ regionCode: cases.regionCode })
      .from(cases)
      .where(eq(cases.id, row.s.caseId));
    await writeAudit(
      tx,
      audit,
      {
        action: 'rehabilitation.delivered',
        objectType: 'case',
        objectId: row.s.caseId,
        objectRegionCode: c?.regionCode ?? null,
        details: { serviceId, outcome: input.outcome },
      },
      now,
    );
    return null;
  });
}

/** Rehabilitation figures per region and service: planned, delivered, and delivered as planned. */
export async function rehabilitationStatistics(ctx: AppContext, actor: Actor) {
  const filter = scopeFilter(conditionFor(actor, 'read:compliance'), {
    regionCode: rehabilitationProviders.regionCode,
  });
  return ctx.db
    .select({
      regionCode: rehabilitationProviders.regionCode,
      service: rehabilitationServices.service,
      planned: sql<number>`count(*)::int`,
      delivered: sql<number>`count(${rehabilitationServices.deliveredAt})::int`,
      provided: sql<number>`count(*) filter (where ${rehabilitationServices.outcome} = 'service_provided')::int`,
    })
    .from(rehabilitationServices)
    .innerJoin(rehabilitationProviders, eq(rehabilitationProviders.id, rehabilitationServices.providerId))
    .where(filter)
    .groupBy(rehabilitationProviders.regionCode, rehabilitationServices.service)
    .orderBy(rehabilitationProviders.regionCode, rehabilitationServices.service);
}

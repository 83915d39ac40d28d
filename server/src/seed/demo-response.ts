import { and, eq, inArray } from 'drizzle-orm';
import { seedDefaultProtocol } from '../modules/protocol/protocols.ts';
import {
  mobileGroupDuty,
  mobileGroupMembers,
  mobileGroups,
  rehabilitationProviders,
} from '../modules/protocol/tables.ts';
import { users } from '../platform/auth/tables.ts';
import type { AppContext } from '../platform/context.ts';
import { organisations } from '../platform/directory/tables.ts';

/** The demo district's mobile response group: a juvenile inspector and a psychologist of the support centre. */
const DEMO_GROUP = {
  name: 'Астана, Алматы ауданы — жедел ден қою мобильді тобы',
  districtCode: '711110000',
  regionCode: '710000000',
  members: ['inspector', 'casemanager'],
};

/** Providers of the demo catalogue, by organisation code. */
const DEMO_PROVIDERS: { code: string; services: string[]; contact: string }[] = [
  { code: 'psc-710000000', services: ['psychological', 'social', 'legal'], contact: '+7 7172 00 00 01' },
  { code: 'clinic-711110000', services: ['medical', 'psychological'], contact: '+7 7172 00 00 02' },
  { code: 'social-711110000', services: ['social', 'legal'], contact: '+7 7172 00 00 03' },
  { code: 'school-711110000-1', services: ['educational'], contact: '+7 7172 00 00 04' },
];

/**
 * The interagency response of the demo: the sample protocol (configurable examples, not law), one mobile group
 * on duty around the clock for a year, and a catalogue of rehabilitation providers. Idempotent.
 */
export async function seedDemoResponse(
  ctx: AppContext,
): Promise<{ protocol: boolean; groups: number; providers: number }> {
  const protocol = await seedDefaultProtocol(ctx);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    let groups = 0;
    const [existing] = await tx
      .select({ id: mobileGroups.id })
      .from(mobileGroups)
      .where(eq(mobileGroups.districtCode, DEMO_GROUP.districtCode))
      .limit(1);
    const members = await tx
      .select({ id: users.id })
      .from(users)
      .where(inArray(users.username, DEMO_GROUP.members));
    if (!existing && members.length > 0) {
      const id = crypto.randomUUID();
      await tx.insert(mobileGroups).values({
        id,
        name: DEMO_GROUP.name,
        districtCode: DEMO_GROUP.districtCode,
        regionCode: DEMO_GROUP.regionCode,
        createdAt: now,
      });
      await tx.insert(mobileGroupMembers).values(members.map((m) => ({ groupId: id, userId: m.id })));
      await tx.insert(mobileGroupDuty).values({
        id: crypto.randomUUID(),
        groupId: id,
        startsAt: new Date(now.getTime() - 86_400_000),
        endsAt: new Date(now.getTime() + 366 * 86_400_000),
      });
      groups++;
    }
    let providers = 0;
    for (const p of DEMO_PROVIDERS) {
      const [org] = await tx
        .select({ id: organisations.id, regionCode: organisations.regionCode })
        .from(organisations)
        .where(eq(organisations.code, p.code));
      if (!org?.regionCode) continue;
      const [listed] = await tx
        .select({ id: rehabilitationProviders.id })
        .from(rehabilitationProviders)
        .where(and(eq(rehabilitationProviders.organisationId, org.id)));
      if (listed) continue;
      await tx.insert(rehabilitationProviders).values({
        id: crypto.randomUUID(),
        organisationId: org.id,
        regionCode: org.regionCode,
        services: p.services,
        contact: p.contact,
      });
      providers++;
    }
    return { protocol, groups, providers };
  });
}

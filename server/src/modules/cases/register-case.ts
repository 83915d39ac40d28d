import {
  type CaseRegistration,
  caseRegistrationSchema,
  newCaseWorkflow,
  type PersonRecord,
  personRecordWarnings,
  responseDeadline,
} from '@qorgau/domain/cases/index';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../platform/access/actor.ts';
import { type AuditContext, writeAudit } from '../../platform/audit/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { parseOrRefuse } from '../../platform/http/validate.ts';
import { placementOfTerritory } from '../organisations/service.ts';
import { concernsRecorded, riskAssessed } from '../protocol/hooks.ts';
import { kazakhstanToday } from './clock.ts';
import { insertPerson, type PersonRow } from './persons.ts';
import { caseNumbers, cases, persons } from './tables.ts';

/** What the registration form sends: the case, and the existing record of the child when one was chosen. */
export const registrationBodySchema = z
  .object({ existingChildId: z.uuid().nullish() })
  .catchall(z.unknown())
  .meta({
    id: 'CaseRegistrationBody',
    description: 'A case registration (see domain/src/cases/registration.ts)',
  });

/** A stored person read back as the record the schemas know, so a chosen existing child validates too. */
export function recordOfRow(row: PersonRow): PersonRecord {
  return {
    ...(row.record as Omit<
      PersonRecord,
      'name' | 'latinName' | 'iin' | 'birthDate' | 'estimatedAge' | 'sex'
    >),
    name: {
      surname: row.surname,
      givenName: row.givenName,
      patronymic: row.patronymic,
      writtenIn: row.writtenIn as PersonRecord['name']['writtenIn'],
    },
    latinName:
      row.latinSurname && row.latinGivenName
        ? { surname: row.latinSurname, givenName: row.latinGivenName, patronymic: row.latinPatronymic }
        : null,
    iin: row.iin,
    birthDate: row.birthDate,
    estimatedAge:
      row.estimatedAgeYears !== null && row.estimatedAgeAsOf
        ? { years: row.estimatedAgeYears, asOf: row.estimatedAgeAsOf }
        : null,
    sex: row.sex as PersonRecord['sex'],
  };
}

/** The next number of the year: "QG-2026-000123", from a counter row locked by the update. */
async function nextCaseNumber(tx: Transaction, now: Date): Promise<string> {
  const year = Number(kazakhstanToday(now).slice(0, 4));
  const [row] = await tx
    .insert(caseNumbers)
    .values({ year, last: 1 })
    .onConflictDoUpdate({ target: caseNumbers.year, set: { last: sql`${caseNumbers.last} + 1` } })
    .returning({ last: caseNumbers.last });
  return `QG-${year}-${String(row?.last ?? 1).padStart(6, '0')}`;
}

/**
 * Opens a case: the child (a new record, or an existing one chosen after the duplicate check), the concerns,
 * the incident and the initial triage, owned by the actor and their organisation, placed where the child
 * lives. All of it in one transaction: a failure at any step leaves nothing behind.
 */
export async function registerCase(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  body: z.infer<typeof registrationBodySchema>,
): Promise<{
  caseId: string;
  number: string;
  childId: string;
  warnings: { path: (string | number)[]; code: string; i18n: string }[];
}> {
  const now = ctx.clock.now();
  const schema = caseRegistrationSchema({ today: kazakhstanToday(now), now: now.toISOString() });
  let existing: PersonRow | undefined;
  if (body.existingChildId) {
    [existing] = await ctx.db
      .select()
      .from(persons)
      .where(and(eq(persons.id, body.existingChildId), isNull(persons.mergedInto)))
      .limit(1);
    if (!existing) throw AppError.invalid([{ field: 'existingChildId', key: 'validation.invalid' }]);
  }
  // With an existing child, the case links to the record as it stands: the form's copy is not written over it.
  const registration: CaseRegistration = parseOrRefuse(
    schema,
    existing ? { ...body, child: recordOfRow(existing) } : body,
  );
  const warnings = existing ? [] : personRecordWarnings(registration.child);
  const addressCode = registration.child.address?.katoCode ?? null;
  const placement = addressCode
    ? await placementOfTerritory(ctx.db, addressCode)
    : { regionCode: actor.regionCode, districtCode: actor.districtCode };

  return ctx.db.transaction(async (tx) => {
    const child =
      existing ?? (await insertPerson(tx, actor, audit, { record: registration.child, warnings }, now));
    const number = await nextCaseNumber(tx, now);
    const caseId = crypto.randomUUID();
    const workflow = newCaseWorkflow();
    await tx.insert(cases).values({
      id: caseId,
      number,
      childId: child.id,
      ownerOrganisationId: actor.organisationId,
      ownerUserId: actor.userId,
      districtCode: placement.districtCode,
      regionCode: placement.regionCode,
      source: registration.source,
      reporter: registration.reporter ?? null,
      reportedAt: new Date(registration.reportedAt),
      concerns: registration.concerns,
      incident: registration.incident,
      riskLevel: registration.triage.riskLevel,
      riskReason: registration.triage.reason,
      triagedAt: now,
      responseDueAt: new Date(
        responseDeadline(registration.triage.riskLevel, now.toISOString(), ctx.config.CASE_RESPONSE_HOURS),
      ),
      stage: workflow.stage,
      status: 'open',
      workflow,
      createdAt: now,
      createdBy: actor.userId,
      updatedAt: now,
      updatedBy: actor.userId,
    });
    await writeAudit(
      tx,
      audit,
      {
        action: 'case.registered',
        objectType: 'case',
        objectId: caseId,
        objectRegionCode: placement.regionCode,
        details: {
          number,
          childId: child.id,
          existingChild: !!existing,
          concerns: registration.concerns,
          riskLevel: registration.triage.riskLevel,
          source: registration.source,
        },
      },
      now,
    );
    await concernsRecorded(tx, caseId, registration.concerns, actor.userId, audit, now);
    await riskAssessed(tx, caseId, registration.triage.riskLevel, audit, now);
    return {
      caseId,
      number,
      childId: child.id,
      warnings: warnings.map((w) => ({ path: [...w.path], code: w.code, i18n: w.i18n })),
    };
  });
}

import { createHash } from 'node:crypto';
import {
  decodePlanText,
  diffPlans,
  isEmptyDiff,
  type ParsedPlan,
  type PlanDiff,
  PlanParseError,
  parsePlan,
} from '@qorgau/domain/roadmap/index';
import { eq, sql } from 'drizzle-orm';
import { type Actor, holds } from '../../platform/access/actor.ts';
import { type AuditContext, writeAudit } from '../../platform/audit/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import {
  type AgencyEntry,
  loadDirectory,
  loadLinkingContext,
  proposeDirectory,
  saveDirectory,
} from './agencies.ts';
import { unreadablePlan } from './plan-messages.ts';
import { searchKey } from './search.ts';
import { findPlanByAct, getVersion, versionContent } from './store.ts';
import {
  planMeasureAmounts,
  planMeasureExecutors,
  planMeasures,
  planSections,
  plans,
  planVersions,
} from './tables.ts';

/** The largest file accepted as a plan. The 70-measure roadmap is 48 KB; a 158-measure concept is a few hundred. */
export const PLAN_MAX_BYTES = 5 * 1024 * 1024;
export const PLAN_MAX_SIZE_TEXT = '5 MB';

// Serialises imports, so two uploads of the same new act cannot both create it.
const PLAN_IMPORT_LOCK = 7_271_720_261;

export interface ImportInput {
  bytes: Uint8Array;
  filename: string | null;
  dryRun: boolean;
}

/** What an import did, or (dry run) would do. */
export interface ImportOutcome {
  outcome: 'preview' | 'created' | 'version_created' | 'same_text' | 'same_content';
  dryRun: boolean;
  planId: string | null;
  /** The version made, the one that already says this, or (dry run) the one it would become. */
  version: number;
  parsed: ParsedPlan;
  directory: AgencyEntry[];
  changes: { againstVersion: number; diff: PlanDiff } | null;
}

/** Decodes and parses an uploaded file; a file that is not a plan is refused naming the line. */
export function readPlanFile(bytes: Uint8Array): { text: string; parsed: ParsedPlan } {
  if (bytes.length > PLAN_MAX_BYTES)
    throw new AppError('PAYLOAD_TOO_LARGE', { params: { limit: PLAN_MAX_SIZE_TEXT } });
  try {
    const text = decodePlanText(bytes);
    return { text, parsed: parsePlan(text) };
  } catch (error) {
    if (error instanceof PlanParseError) throw unreadablePlan(error);
    throw error;
  }
}

async function writeVersion(
  tx: Database,
  planId: string,
  version: number,
  parsed: ParsedPlan,
  source: { text: string; sha256: string; filename: string | null; bytes: number },
  by: { userId: string | null; at: Date },
): Promise<void> {
  const versionId = crypto.randomUUID();
  await tx.insert(planVersions).values({
    id: versionId,
    planId,
    version,
    language: parsed.language,
    title: parsed.title,
    periodFrom: parsed.period.from,
    periodTo: parsed.period.to,
    reportingFrequency: parsed.reporting?.frequency ?? null,
    executorsDueDay: parsed.reporting?.executorsDueDay ?? null,
    coordinatorDueDay: parsed.reporting?.coordinatorDueDay ?? null,
    abbreviations: parsed.abbreviations,
    warnings: parsed.warnings,
    sourceText: source.text,
    sourceSha256: source.sha256,
    sourceFilename: source.filename,
    sourceBytes: source.bytes,
    importedAt: by.at,
    importedBy: by.userId,
  });
  if (parsed.sections.length > 0)
    await tx.insert(planSections).values(parsed.sections.map((s) => ({ versionId, ...s })));

  const measures = parsed.measures.map((m) => ({ id: crypto.randomUUID(), measure: m }));
  if (measures.length === 0) return;
  await tx.insert(planMeasures).values(
    measures.map(({ id, measure: m }) => ({
      id,
      planId,
      versionId,
      number: m.number,
      section: m.section,
      title: m.title,
      searchText: searchKey(m.title),
      formText: m.form.text,
      formSearch: searchKey(m.form.text),
      formReportsTo: m.form.reportsTo,
      deadlineText: m.deadline.text,
      deadlineStart: m.deadline.start,
      deadlineEnd: m.deadline.end,
      dueDates: [...m.deadline.dueDates],
      financingText: m.financing.text,
      financingRequired: m.financing.required,
      totalMln: m.financing.totalMln,
      sources: [...m.financing.sources],
      programmes: [...m.financing.programmes],
      parsed: m,
      warnings: parsed.warnings.filter((w) => w.measure === m.number),
    })),
  );
  const executors = measures.flatMap(({ id, measure }) =>
    measure.executors.map((e, position) => ({
      measureId: id,
      position,
      code: e.code,
      lead: e.lead,
      byAgreement: e.byAgreement,
    })),
  );
  if (executors.length > 0) await tx.insert(planMeasureExecutors).values(executors);
  const amounts = measures.flatMap(({ id, measure }) =>
    Object.entries(measure.financing.byYearMln).map(([year, amountMln]) => ({
      measureId: id,
      year: Number(year),
      amountMln,
    })),
  );
  if (amounts.length > 0) await tx.insert(planMeasureAmounts).values(amounts);
}

/**
 * Imports an exported plan, all or nothing, in one transaction with its audit event. A new act becomes
 * a plan (version 1); an amended text of a known act becomes its next version, earlier versions staying
 * readable; the same text, or a text that says the same, changes nothing. A dry run answers what would
 * happen — counts, warnings, the agency links and, for a known act, the changes — and stores nothing.
 * `actor` is null for the seed and the command line.
 */
export async function importPlan(
  ctx: AppContext,
  actor: Actor | null,
  audit: AuditContext,
  input: ImportInput,
): Promise<ImportOutcome> {
  if (actor && !holds(actor, 'manage:plan')) throw new AppError('FORBIDDEN');
  const { text, parsed } = readPlanFile(input.bytes);
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  return storeParsedPlan(ctx, actor, audit, {
    parsed,
    text,
    sha256,
    filename: input.filename,
    bytes: input.bytes.length,
    dryRun: input.dryRun,
  });
}

/**
 * Stores a plan already read (the second half of `importPlan`); the benchmark uses it to load synthetic
 * plans of national size without writing them out as the portal's text first.
 */
export async function storeParsedPlan(
  ctx: AppContext,
  actor: Actor | null,
  audit: AuditContext,
  input: {
    parsed: ParsedPlan;
    text: string;
    sha256: string;
    filename: string | null;
    bytes: number;
    dryRun: boolean;
  },
): Promise<ImportOutcome> {
  const { parsed, text, sha256 } = input;
  return ctx.db.transaction(async (tx) => {
    if (!input.dryRun) await tx.execute(sql`select pg_advisory_xact_lock(${PLAN_IMPORT_LOCK})`);
    const linking = await loadLinkingContext(tx);
    const plan = await findPlanByAct(tx, parsed.act);
    const existing = plan ? await loadDirectory(tx, plan.id) : new Map();
    const directory = proposeDirectory({ ...parsed, actDate: parsed.act.date }, existing, linking);
    const result = { dryRun: input.dryRun, parsed, directory };

    let changes: ImportOutcome['changes'] = null;
    if (plan) {
      const current = await getVersion(tx, plan);
      changes = {
        againstVersion: current.version,
        diff: diffPlans(await versionContent(tx, current), parsed),
      };
      const base = { ...result, planId: plan.id, version: current.version, changes };
      if (current.sourceSha256 === sha256) return { ...base, outcome: 'same_text' as const };
      if (isEmptyDiff(changes.diff)) return { ...base, outcome: 'same_content' as const };
    }
    const version = plan ? plan.currentVersion + 1 : 1;
    if (input.dryRun)
      return { ...result, outcome: 'preview' as const, planId: plan?.id ?? null, version, changes };

    const now = ctx.clock.now();
    const by = { userId: actor?.userId ?? null, at: now };
    const planId = plan?.id ?? crypto.randomUUID();
    const described = {
      language: parsed.language,
      title: parsed.title,
      periodFrom: parsed.period.from,
      periodTo: parsed.period.to,
      reportingFrequency: parsed.reporting?.frequency ?? null,
      executorsDueDay: parsed.reporting?.executorsDueDay ?? null,
      coordinatorDueDay: parsed.reporting?.coordinatorDueDay ?? null,
      currentVersion: version,
      updatedAt: now,
      updatedBy: by.userId,
    };
    if (plan) {
      await tx.update(plans).set(described).where(eq(plans.id, plan.id));
    } else {
      await tx.insert(plans).values({
        id: planId,
        actType: parsed.act.type,
        actIssuer: parsed.act.issuer,
        actNumber: parsed.act.number,
        actDate: parsed.act.date,
        ...described,
        createdAt: now,
        createdBy: by.userId,
      });
    }
    await writeVersion(
      tx,
      planId,
      version,
      parsed,
      { text, sha256, filename: input.filename, bytes: input.bytes },
      by,
    );
    await saveDirectory(tx, planId, directory, existing, by);
    const diff = changes?.diff;
    await writeAudit(
      tx,
      audit,
      {
        action: plan ? 'plan.version_created' : 'plan.imported',
        objectType: 'plan',
        objectId: planId,
        details: {
          act: parsed.act,
          version,
          filename: input.filename,
          sha256,
          bytes: input.bytes,
          sections: parsed.sections.length,
          measures: parsed.measures.length,
          warnings: parsed.warnings.length,
          ...(diff
            ? {
                againstVersion: changes?.againstVersion,
                added: diff.measures.added.map((m) => m.number),
                removed: diff.measures.removed.map((m) => m.number),
                changed: diff.measures.changed.map((m) => m.number),
              }
            : {}),
        },
      },
      now,
    );
    return {
      ...result,
      outcome: plan ? ('version_created' as const) : ('created' as const),
      planId,
      version,
      changes,
    };
  });
}

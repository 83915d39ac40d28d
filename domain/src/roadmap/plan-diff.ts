// What changed between two readings of the same act: an amended text imported as a new version, or
// a file previewed before import. Measures are matched by number, sections by number, abbreviations
// by code; a changed measure lists the fields that differ by their path in the parsed JSON
// ("deadline.end", "financing.byYearMln.2021"), so a person sees exactly what the amendment did.

import type { Abbreviation, ParsedMeasure, ParsedPlan, PlanSection } from './types.ts';

/** The parts of a parsed plan that a new version can change (the act itself identifies the plan). */
export type PlanContent = Pick<
  ParsedPlan,
  'language' | 'title' | 'period' | 'reporting' | 'sections' | 'measures' | 'abbreviations'
>;

/** One field that differs, by its path; a value missing on one side is null. */
export interface FieldChange {
  readonly field: string;
  readonly from: unknown;
  readonly to: unknown;
}

/** A measure both versions have, with the fields that differ. */
export interface MeasureChange {
  readonly number: number;
  readonly title: string;
  readonly changes: readonly FieldChange[];
}

/** A section or an abbreviation both versions have, with what differs. */
export interface KeyedChange<K> {
  readonly key: K;
  readonly changes: readonly FieldChange[];
}

/** Everything that differs between two versions of a plan. */
export interface PlanDiff {
  readonly plan: readonly FieldChange[];
  readonly sections: {
    readonly added: readonly PlanSection[];
    readonly removed: readonly PlanSection[];
    readonly changed: readonly KeyedChange<number>[];
  };
  readonly measures: {
    readonly added: readonly ParsedMeasure[];
    readonly removed: readonly ParsedMeasure[];
    readonly changed: readonly MeasureChange[];
  };
  readonly abbreviations: {
    readonly added: readonly Abbreviation[];
    readonly removed: readonly Abbreviation[];
    readonly changed: readonly KeyedChange<string>[];
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep equality of JSON values that ignores the order of object keys (JSONB does not keep it). */
export const sameValue = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!sameValue(a[key] ?? null, b[key] ?? null)) return false;
    return true;
  }
  return false;
};

/**
 * The leaf fields that differ between two JSON values. Objects are walked key by key; arrays are
 * leaves (a list of executors or of due dates changes as a whole).
 */
export const diffValues = (before: unknown, after: unknown, path = ''): FieldChange[] => {
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) =>
      diffValues(before[key] ?? null, after[key] ?? null, path ? `${path}.${key}` : key),
    );
  }
  return sameValue(before, after) ? [] : [{ field: path, from: before ?? null, to: after ?? null }];
};

const byKey = <T, K>(items: readonly T[], key: (item: T) => K): Map<K, T> =>
  new Map(items.map((item) => [key(item), item]));

const compareKeyed = <T, K>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => K,
  omit: string,
): { added: T[]; removed: T[]; changed: { key: K; item: T; changes: FieldChange[] }[] } => {
  const old = byKey(before, key);
  const fresh = byKey(after, key);
  const strip = (item: T): unknown => {
    const { [omit]: _, ...rest } = item as Record<string, unknown>;
    return rest;
  };
  const changed: { key: K; item: T; changes: FieldChange[] }[] = [];
  for (const [k, item] of fresh) {
    const previous = old.get(k);
    if (previous === undefined) continue;
    const changes = diffValues(strip(previous), strip(item));
    if (changes.length > 0) changed.push({ key: k, item, changes });
  }
  return {
    added: after.filter((item) => !old.has(key(item))),
    removed: before.filter((item) => !fresh.has(key(item))),
    changed,
  };
};

/** What differs between two versions of a plan: plan-level fields, sections, measures, abbreviations. */
export const diffPlans = (before: PlanContent, after: PlanContent): PlanDiff => {
  const plan = diffValues(
    { language: before.language, title: before.title, period: before.period, reporting: before.reporting },
    { language: after.language, title: after.title, period: after.period, reporting: after.reporting },
  );
  const sections = compareKeyed(before.sections, after.sections, (s) => s.number, 'number');
  const measures = compareKeyed(before.measures, after.measures, (m) => m.number, 'number');
  const abbreviations = compareKeyed(before.abbreviations, after.abbreviations, (a) => a.code, 'code');
  return {
    plan,
    sections: {
      added: sections.added,
      removed: sections.removed,
      changed: sections.changed.map((c) => ({ key: c.key, changes: c.changes })),
    },
    measures: {
      added: measures.added,
      removed: measures.removed,
      changed: measures.changed.map((c) => ({ number: c.key, title: c.item.title, changes: c.changes })),
    },
    abbreviations: {
      added: abbreviations.added,
      removed: abbreviations.removed,
      changed: abbreviations.changed.map((c) => ({ key: c.key, changes: c.changes })),
    },
  };
};

/** True when two versions say the same thing. */
export const isEmptyDiff = (diff: PlanDiff): boolean =>
  diff.plan.length === 0 &&
  [diff.sections, diff.measures, diff.abbreviations].every(
    (part) => part.added.length === 0 && part.removed.length === 0 && part.changed.length === 0,
  );

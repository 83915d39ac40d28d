import type { ScopeCondition } from '@qorgau/domain/access/scope';
import { type Column, type SQL, sql } from 'drizzle-orm';

/** The columns of a table that place its rows; a table leaves out what it does not have. */
export type PlacementColumns = Partial<
  Record<'ownerUserId' | 'organisationId' | 'districtCode' | 'regionCode', Column | SQL>
>;

/**
 * The SQL form of a scope condition, for list queries. It is the same condition `mayAccess` evaluates on one
 * object, so lists and detail pages agree by construction. A condition on a column the table lacks denies.
 */
export function scopeFilter(condition: ScopeCondition, columns: PlacementColumns): SQL {
  switch (condition.kind) {
    case 'all':
      return sql`true`;
    case 'none':
      return sql`false`;
    case 'equals': {
      const column = columns[condition.field];
      return column ? sql`${column} = ${condition.value}` : sql`false`;
    }
  }
}

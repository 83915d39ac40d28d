import { Badge, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client.ts';

export type Obligation = Schemas['Obligation'];
export type Figures = Schemas['CompletenessFigures'];
export type ReportState = NonNullable<Obligation['state']>;
export type Timeliness = Obligation['timeliness'];
export type ExecutionStatus = NonNullable<Obligation['executionStatus']>;

export const STATES = ['draft', 'submitted', 'returned', 'accepted', 'reopened'] as const;
export const TIMELINESS = ['on_time', 'late', 'missing', 'pending', 'invited'] as const;
export const EXECUTION_STATUSES = ['executed', 'partially_executed', 'in_progress', 'not_executed'] as const;
export const ASSESSMENTS = [...EXECUTION_STATUSES, 'no_information'] as const;
export const SOURCES = ['republican', 'local', 'world_bank', 'extra_budgetary'] as const;
export const INDICATORS = [
  'events_held',
  'participants',
  'people_trained',
  'facilities_equipped',
  'children_covered',
  'materials_published',
] as const;

const STATE_COLOURS: Record<ReportState | 'none', string> = {
  draft: 'gray',
  submitted: 'blue',
  returned: 'orange',
  accepted: 'green',
  reopened: 'grape',
  none: 'gray',
};
const TIMELINESS_COLOURS: Record<Timeliness, string> = {
  on_time: 'green',
  late: 'orange',
  missing: 'red',
  pending: 'blue',
  invited: 'gray',
};

// A badge in a narrow table column keeps its whole word instead of an ellipsis.
const NO_TRUNCATION = { maxWidth: 'none', flexShrink: 0, whiteSpace: 'nowrap', overflow: 'visible' } as const;
const WHOLE_LABEL = { label: { overflow: 'visible', textOverflow: 'clip' } } as const;

/** Where a report stands, as a badge. */
export function StateBadge({ state }: { state: ReportState | null }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={STATE_COLOURS[state ?? 'none']}
      tt="none"
      style={NO_TRUNCATION}
      styles={WHOLE_LABEL}
    >
      {t(`reporting.state.${state ?? 'none'}`)}
    </Badge>
  );
}

/** Whether a report came in time, as a badge. */
export function TimelinessBadge({ value }: { value: Timeliness }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={TIMELINESS_COLOURS[value]}
      tt="none"
      style={NO_TRUNCATION}
      styles={WHOLE_LABEL}
    >
      {t(`reporting.timeliness.${value}`)}
    </Badge>
  );
}

/** Days left until a due date, or days overdue, in words. */
export function countdown(t: TFunction, daysLeft: number): string {
  if (daysLeft > 0) return t('reporting.daysLeft', { count: daysLeft });
  if (daysLeft === 0) return t('reporting.dueToday');
  return t('reporting.daysOverdue', { count: -daysLeft });
}

const FIGURES = ['expected', 'submitted', 'accepted', 'onTime', 'late', 'missing'] as const;

/** The six figures of completeness as cards. */
export function FigureCards({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} data-testid="figures">
      {FIGURES.map((key) => (
        <Card key={key} withBorder padding="sm">
          <Stack gap={0}>
            <Text size="xl" fw={700} data-testid={`figure-${key}`}>
              {figures[key]}
            </Text>
            <Text size="sm">{t(`reporting.figure.${key}`)}</Text>
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}

/** A share as a whole percentage, or a dash when there is nothing to divide by. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`;
}

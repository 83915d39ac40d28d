import { Badge, Group, Stack, Text } from '@mantine/core';
import type { RiskLevel, TriageStatus } from '@qorgau/domain/cases/index';
import { IconAlarm, IconAlertTriangle, IconCircleCheck, IconClock } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { caseLabel } from './case-labels.ts';

// Light variants only: their text colours are darkened in main.tsx's resolver to pass WCAG AA contrast, and
// every badge says in words what its colour says.
const RISK_COLOUR: Record<RiskLevel, string> = {
  immediate: 'red',
  high: 'orange',
  medium: 'blue',
  low: 'gray',
};

/** Long Kazakh and Russian labels wrap inside the badge instead of being cut off. */
const WRAPPING = {
  root: { height: 'auto', paddingBlock: 2, maxWidth: '100%' },
  label: { whiteSpace: 'normal' as const, overflow: 'visible' },
};

const TRIAGE_COLOUR: Record<TriageStatus, string> = {
  within: 'teal',
  due_soon: 'orange',
  breached: 'red',
  met: 'gray',
};

/** "2 h 15 min", "3 d 4 h", "40 min" in the current language. */
export function formatDuration(t: TFunction, ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return t('cases.duration.days', { d: days, h: hours });
  if (hours > 0) return t('cases.duration.hours', { h: hours, m: minutes % 60 });
  return t('cases.duration.minutes', { m: minutes });
}

export function RiskBadge({ risk }: { risk: RiskLevel }) {
  const { t } = useTranslation();
  return (
    <Badge
      tt="none"
      styles={WRAPPING}
      color={RISK_COLOUR[risk]}
      variant="light"
      leftSection={risk === 'immediate' ? <IconAlertTriangle size={12} aria-hidden /> : null}
    >
      {t('cases.riskShort', { risk: caseLabel(t, 'risk', risk) })}
    </Badge>
  );
}

interface Clock {
  status: TriageStatus;
  deadline: string;
  remainingMs: number;
  overdueMs: number;
  late?: boolean;
}

/** The response clock: on time / due soon / overdue / met, and how much time is left or has passed. */
export function TriageClock({ clock, compact = false }: { clock: Clock; compact?: boolean }) {
  const { t } = useTranslation();
  const Icon = clock.status === 'met' ? IconCircleCheck : clock.status === 'breached' ? IconAlarm : IconClock;
  const detail =
    clock.status === 'met'
      ? clock.overdueMs > 0
        ? t('cases.clock.metLate', { time: formatDuration(t, clock.overdueMs) })
        : t('cases.clock.metOnTime')
      : clock.status === 'breached'
        ? t('cases.clock.overdue', { time: formatDuration(t, clock.overdueMs) })
        : t('cases.clock.left', { time: formatDuration(t, clock.remainingMs) });
  const Layout = compact ? Stack : Group;
  return (
    <Layout
      gap={compact ? 2 : 6}
      wrap="nowrap"
      align={compact ? 'flex-start' : 'center'}
      data-testid="triage-clock"
      data-status={clock.status}
    >
      <Badge
        tt="none"
        styles={WRAPPING}
        color={TRIAGE_COLOUR[clock.status]}
        variant="light"
        leftSection={<Icon size={12} aria-hidden />}
        style={{ flexShrink: 0 }}
      >
        {caseLabel(t, 'triage', clock.status)}
      </Badge>
      {!(compact && clock.status === 'met' && clock.overdueMs === 0) && (
        <Text
          size={compact ? 'xs' : 'sm'}
          fw={clock.status === 'breached' ? 700 : 400}
          c={clock.status === 'breached' ? 'red.9' : undefined}
        >
          {detail}
        </Text>
      )}
    </Layout>
  );
}

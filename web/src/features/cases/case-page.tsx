import { Alert, Badge, Group, List, Stack, Tabs, Text } from '@mantine/core';
import type { CaseRelation } from '@qorgau/domain/cases/index';
import { IconAlertTriangle, IconCircleCheck, IconFlag, IconLockOpen } from '@tabler/icons-react';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { ButtonLink } from '../../components/links.tsx';
import { Loading, Page } from '../../components/page.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { can, type Me, useMe } from '../auth/session.ts';
import { ResponsePanel } from '../response/response-panel.tsx';
import { AssessmentPanel } from './assessment-panel.tsx';
import { type CaseDetail, childName, childOf, useCase, warningsOf } from './case-data.ts';
import { useCaseLabel } from './case-labels.ts';
import { CasePlanPanel } from './case-plan-panel.tsx';
import { ConsentPanel } from './consent-panel.tsx';
import { HistoryPanel } from './history-panel.tsx';
import { NotesPanel } from './notes-panel.tsx';
import { ReferralsPanel } from './referrals-panel.tsx';
import { SummaryPanel } from './summary-panel.tsx';
import { TasksPanel } from './tasks-panel.tsx';
import { TeamPanel } from './team-panel.tsx';
import { TransfersPanel } from './transfers-panel.tsx';
import { WorkflowBar } from './workflow-bar.tsx';

export const CASE_TABS = [
  'summary',
  'response',
  'assessment',
  'plan',
  'tasks',
  'notes',
  'referrals',
  'transfers',
  'consent',
  'team',
  'history',
] as const;
export type CaseTab = (typeof CASE_TABS)[number];

export interface CaseSearch {
  tab?: CaseTab;
  registered?: boolean;
}

export function parseCaseSearch(search: Record<string, unknown>): CaseSearch {
  const tab = CASE_TABS.find((x) => x === search.tab);
  return {
    ...(tab && tab !== 'summary' ? { tab } : {}),
    ...(search.registered === true || search.registered === 'true' ? { registered: true } : {}),
  };
}

/** Those who work the case: the owner and the owning organisation, assignees, overseers in scope. */
const TEAM: readonly CaseRelation[] = [
  'owner',
  'owner_organisation',
  'assignee',
  'case_manager_in_scope',
  'supervisor_in_scope',
];

/** What the person may do on this case, from their relations to it (the server decides in any case). */
export interface CaseAbilities {
  /** Works the case: forms, tasks, referrals, consent, flags, team. */
  work: boolean;
  /** Any relation that may add a note, record a first contact or answer what was addressed to them. */
  contribute: boolean;
  /** May authorise sharing without consent. */
  override: boolean;
  /** May ask another organisation to take the case over. */
  transfer: boolean;
  me: Me;
}

export function abilitiesOf(c: CaseDetail, me: Me): CaseAbilities {
  const update = can(me, 'update:case');
  const open = c.status !== 'closed';
  const team = c.relations.some((r) => TEAM.includes(r));
  return {
    work: update && open && team,
    contribute: update && open && c.relations.some((r) => r !== 'break_glass'),
    override: c.relations.includes('supervisor_in_scope') || c.relations.includes('case_manager_in_scope'),
    transfer:
      update &&
      open &&
      c.relations.some((r) =>
        (['owner', 'owner_organisation', 'case_manager_in_scope', 'supervisor_in_scope'] as const).includes(
          r as 'owner',
        ),
      ),
    me,
  };
}

/** One case: banners that must not be missed, the workflow bar, and the case's sections as tabs. */
export function CasePage() {
  const { t } = useTranslation();
  const label = useCaseLabel();
  const language = currentLanguage();
  const me = useMe().data;
  const { caseId } = useParams({ from: '/app/cases/$caseId' });
  const search = useSearch({ from: '/app/cases/$caseId' });
  const navigate = useNavigate({ from: '/cases/$caseId' });
  const detail = useCase(caseId);

  if (detail.isPending || !me) return <Loading />;
  if (detail.error || !detail.data) {
    const hidden =
      detail.error instanceof ApiError && (detail.error.status === 404 || detail.error.status === 403);
    return (
      <Page title={t('cases.notAvailable')}>
        <Stack data-testid="case-not-available" maw={640}>
          <ErrorAlert error={detail.error} />
          {hidden && <Text>{t('cases.notAvailableHelp')}</Text>}
          <Group>
            <ButtonLink to="/cases" variant="default">
              {t('cases.backToList')}
            </ButtonLink>
          </Group>
        </Stack>
      </Page>
    );
  }
  const c = detail.data;
  const abilities = abilitiesOf(c, me);
  const child = childOf(c);
  const tab = search.tab ?? 'summary';
  const warnings = warningsOf(c);

  return (
    <Page
      title={`${c.number} · ${childName(child.name)}`}
      actions={
        <Group gap="xs">
          <Badge
            tt="none"
            variant="light"
            color={c.status === 'closed' ? 'gray' : c.status === 'closure_pending' ? 'grape' : 'teal'}
            size="lg"
          >
            {label('status', c.status)}
          </Badge>
        </Group>
      }
    >
      {c.breakGlass.length > 0 && (
        <Alert
          color="red"
          variant="light"
          icon={<IconLockOpen aria-hidden />}
          title={t('cases.breakGlass.active')}
          data-testid="break-glass-banner"
        >
          {c.breakGlass.map((g) => (
            <Text key={g.expiresAt} size="sm">
              {t('cases.breakGlass.activeUntil', {
                until: formatDateTime(language, g.expiresAt),
                reason: g.reason,
              })}
            </Text>
          ))}
        </Alert>
      )}
      {c.flags.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconFlag aria-hidden />}
          title={t('cases.flags.banner')}
          data-testid="flags-banner"
        >
          <List size="sm" spacing={2}>
            {c.flags.map((f) => (
              <List.Item key={f.id}>
                <Text span fw={700} size="sm">
                  {label('flag', f.reason)}
                </Text>
                {f.note ? ` — ${f.note}` : ''}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {search.registered && (
        <Alert color="teal" icon={<IconCircleCheck aria-hidden />} data-testid="registered">
          {t('cases.registered', { number: c.number })}
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} data-testid="child-warnings">
          {warnings.map((w) => (
            <Text key={`${w.path.join('.')}-${w.code}`} size="sm">
              {t(w.i18n as 'warning.iin_date_mismatch')}
            </Text>
          ))}
        </Alert>
      )}
      <WorkflowBar detail={c} />
      <Tabs
        value={tab}
        onChange={(value) =>
          void navigate({
            search: (old: CaseSearch) =>
              parseCaseSearch({ ...old, registered: undefined, tab: value ?? 'summary' }),
            replace: true,
          })
        }
        keepMounted={false}
      >
        <Tabs.List style={{ flexWrap: 'wrap' }}>
          {CASE_TABS.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {t(`cases.tab.${x}`)}
              {x === 'tasks' && c.tasks.some((task) => task.overdue) ? ' •' : ''}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="summary" pt="md">
          <SummaryPanel detail={c} abilities={abilities} />
        </Tabs.Panel>
        <Tabs.Panel value="response" pt="md">
          <ResponsePanel detail={c} abilities={abilities} />
        </Tabs.Panel>
        <Tabs.Panel value="assessment" pt="md">
          <AssessmentPanel detail={c} abilities={abilities} />
        </Tabs.Panel>
        <Tabs.Panel value="plan" pt="md">
          <CasePlanPanel detail={c} abilities={abilities} />
        </Tabs.Panel>
        <Tabs.Panel value="tasks" pt="md">
          <TasksPanel detail={c} abilities={abilities} />
        </Tabs.Panel>
        <Tabs.Panel value="notes" pt="md">
          <NotesPanel detail={c} abilities={abilities} />
        </Tabs.Panel>
        <Tabs.Panel value="referrals" pt="md">
          <ReferralsPanel detail={c} abilities={abilities} />
        </Tabs.Panel>
        <Tabs.Panel value="transfers" pt="md">
          <TransfersPanel detail={c} abilities={abilities} />
        </Tabs.Panel>
        <Tabs.Panel value="consent" pt="md">
          <ConsentPanel detail={c} abilities={abilities} />
        </Tabs.Panel>
        <Tabs.Panel value="team" pt="md">
          <TeamPanel detail={c} abilities={abilities} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryPanel caseId={c.id} />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}

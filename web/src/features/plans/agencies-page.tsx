import { Button, Group, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { ORGANISATION_LEVELS, ORGANISATION_TYPES } from '@qorgau/domain/identity/organisation';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { Loading, Page } from '../../components/page.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { can, useMe } from '../auth/session.ts';
import { AgencyTable } from './import-page.tsx';

type Agency = Schemas['PlanAgency'];

/** The plan's abbreviation list as a directory: who answers for each code today; the coordinator corrects links. */
export function AgenciesPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { planId } = useParams({ from: '/app/plans/$planId/agencies' });
  const me = useMe().data;
  const [editing, setEditing] = useState<Agency | null>(null);
  const agencies = useQuery({
    queryKey: ['plan-agencies', planId, language],
    queryFn: () => unwrap(api.GET('/api/v1/plans/{planId}/agencies', { params: { path: { planId } } })),
  });
  return (
    <Page title={t('plans.agencies')}>
      <AnchorLink to="/plans/$planId" params={{ planId }} size="sm">
        ← {t('plans.back')}
      </AnchorLink>
      <ErrorAlert error={agencies.error} />
      {agencies.isPending ? (
        <Loading />
      ) : (
        <AgencyTable
          agencies={agencies.data?.items ?? []}
          actions={
            can(me, 'manage:plan')
              ? (a) => (
                  <Button size="xs" variant="default" onClick={() => setEditing(a)}>
                    {t('plans.correctLink')}
                  </Button>
                )
              : undefined
          }
        />
      )}
      {editing && <LinkModal planId={planId} agency={editing} onClose={() => setEditing(null)} />}
    </Page>
  );
}

function LinkModal({ planId, agency, onClose }: { planId: string; agency: Agency; onClose: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<'agency' | 'term'>(agency.kind);
  const [type, setType] = useState<'organisation' | 'organisation_type' | 'none'>(agency.link.type);
  const [organisationId, setOrganisationId] = useState<string | null>(agency.link.organisation?.id ?? null);
  const [organisationType, setOrganisationType] = useState<string | null>(agency.link.organisationType);
  const [organisationLevel, setOrganisationLevel] = useState<string | null>(agency.link.organisationLevel);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const organisations = useQuery({
    queryKey: ['organisations', 'picker', debounced],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organisations', {
          params: { query: { limit: 50, ...(debounced ? { search: debounced } : {}) } },
        }),
      ),
    enabled: type === 'organisation',
  });
  const options = (organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name[language] }));
  if (agency.link.organisation && !options.some((o) => o.value === agency.link.organisation?.id)) {
    options.unshift({ value: agency.link.organisation.id, label: agency.link.organisation.name[language] });
  }
  const save = useMutation({
    mutationFn: () => {
      const link =
        kind === 'term' || type === 'none'
          ? ({ type: 'none' } as const)
          : type === 'organisation'
            ? ({ type: 'organisation', organisationId: organisationId ?? '' } as const)
            : ({
                type: 'organisation_type',
                organisationType: (organisationType ?? 'akimat') as (typeof ORGANISATION_TYPES)[number],
                organisationLevel: (organisationLevel as (typeof ORGANISATION_LEVELS)[number] | null) ?? null,
              } as const);
      return unwrap(
        api.PUT('/api/v1/plans/{planId}/agencies/{code}', {
          params: { path: { planId, code: agency.code } },
          body: { kind, link },
        }),
      );
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['plan-agencies', planId] });
      onClose();
    },
  });
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={`${t('plans.correctLink')}: ${agency.code}`}
      size="lg"
    >
      <Stack>
        <Text size="sm">{agency.name}</Text>
        <ErrorAlert error={save.error} />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('plans.kindLabel')}
          </Text>
          <SegmentedControl
            value={kind}
            onChange={(v) => setKind(v as 'agency' | 'term')}
            data={[
              { value: 'agency', label: t('plans.kind.agency') },
              { value: 'term', label: t('plans.kind.term') },
            ]}
          />
        </Stack>
        {kind === 'agency' && (
          <>
            <Select
              label={t('plans.linkType')}
              value={type}
              onChange={(v) => setType((v as typeof type) ?? 'none')}
              allowDeselect={false}
              data={(['organisation', 'organisation_type', 'none'] as const).map((v) => ({
                value: v,
                label: t(`plans.linkType.${v}`),
              }))}
            />
            {type === 'organisation' && (
              <Select
                label={t('users.organisation')}
                searchable
                data={options}
                value={organisationId}
                onChange={setOrganisationId}
                searchValue={search}
                onSearchChange={setSearch}
                filter={({ options: all }) => all}
                nothingFoundMessage={t('organisations.empty')}
              />
            )}
            {type === 'organisation_type' && (
              <Group grow>
                <Select
                  label={t('organisations.type')}
                  value={organisationType}
                  onChange={setOrganisationType}
                  data={ORGANISATION_TYPES.map((v) => ({ value: v, label: t(`orgType.${v}`) }))}
                />
                <Select
                  label={t('organisations.level')}
                  value={organisationLevel}
                  onChange={setOrganisationLevel}
                  clearable
                  data={ORGANISATION_LEVELS.map((v) => ({ value: v, label: t(`level.${v}`) }))}
                />
              </Group>
            )}
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => save.mutate()} loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { Badge, Button, Card, Group, MultiSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCalendarPlus, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ErrorAlert, fieldError } from '../../components/error-alert.tsx';
import { Loading, Page } from '../../components/page.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { kzLocalInput, kzLocalInputToIso } from '../cases/case-time.ts';
import { TerritoryPicker } from '../cases/territory-picker.tsx';
import { useResponseChange } from './response-data.ts';

const fetchGroups = () => unwrap(api.GET('/api/v1/mobile-groups')).then((r) => r.items);
type MobileGroup = Awaited<ReturnType<typeof fetchGroups>>[number];

/** The districts' mobile response groups: members from several agencies and the duty roster that alerts them. */
export function MobileGroupsPage() {
  const { t } = useTranslation();
  const groups = useQuery({ queryKey: ['response', 'mobile-groups'], queryFn: fetchGroups });
  return (
    <Page title={t('response.groups.title')}>
      <Text size="sm">{t('response.groups.intro')}</Text>
      {groups.isPending ? (
        <Loading />
      ) : groups.error ? (
        <ErrorAlert error={groups.error} />
      ) : groups.data.length === 0 ? (
        <Text c="dimmed">{t('response.groups.none')}</Text>
      ) : (
        groups.data.map((g) => <GroupCard key={g.id} group={g} />)
      )}
      <CreateGroup />
    </Page>
  );
}

function GroupCard({ group }: { group: MobileGroup }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const now = Date.now();
  const [startsAt, setStartsAt] = useState(() => kzLocalInput(now));
  const [endsAt, setEndsAt] = useState(() => kzLocalInput(now + 7 * 86_400_000));
  const duty = useResponseChange(() =>
    unwrap(
      api.POST('/api/v1/mobile-groups/{groupId}/duty', {
        params: { path: { groupId: group.id } },
        body: {
          startsAt: kzLocalInputToIso(startsAt) ?? startsAt,
          endsAt: kzLocalInputToIso(endsAt) ?? endsAt,
        },
      }),
    ),
  );
  const onDuty = group.duty.some((d) => Date.parse(d.startsAt) <= now && Date.parse(d.endsAt) > now);
  return (
    <Card withBorder padding="sm" data-testid="mobile-group">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4">
            {group.name}
          </Title>
          <Badge tt="none" variant="light" color={onDuty ? 'teal' : 'gray'}>
            {onDuty ? t('response.groups.onDuty') : t('response.groups.offDuty')}
          </Badge>
        </Group>
        <Text size="sm">
          {t('response.groups.members')}: {group.members.map((m) => m.name).join(', ') || '—'}
        </Text>
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t('response.groups.roster')}
          </Text>
          {group.duty.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('response.groups.noDuty')}
            </Text>
          )}
          {group.duty.map((d) => (
            <Text key={d.id} size="sm">
              {formatDateTime(language, d.startsAt)} — {formatDateTime(language, d.endsAt)}
            </Text>
          ))}
        </Stack>
        <Group align="flex-end" wrap="wrap">
          <TextInput
            type="datetime-local"
            label={t('response.groups.dutyFrom')}
            value={startsAt}
            onChange={(e) => setStartsAt(e.currentTarget.value)}
            error={fieldError(duty.error, 'startsAt')}
          />
          <TextInput
            type="datetime-local"
            label={t('response.groups.dutyTo')}
            value={endsAt}
            onChange={(e) => setEndsAt(e.currentTarget.value)}
            error={fieldError(duty.error, 'endsAt')}
          />
          <Button
            variant="light"
            leftSection={<IconCalendarPlus size={16} aria-hidden />}
            loading={duty.isPending}
            onClick={() => duty.mutate(undefined)}
          >
            {t('response.groups.addDuty')}
          </Button>
        </Group>
        <ErrorAlert error={duty.error} />
      </Stack>
    </Card>
  );
}

function CreateGroup() {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [territory, setTerritory] = useState<{
    regionCode: string | null;
    districtCode: string | null;
    settlementCode: string | null;
  }>({ regionCode: null, districtCode: null, settlementCode: null });
  const [memberIds, setMemberIds] = useState<string[]>([]);
  const candidates = useQuery({
    queryKey: ['users', 'mobile-group-members'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/users', {
          params: { query: { role: 'mobile_group_member', active: 'true', limit: 100 } },
        }),
      ),
  });
  const create = useResponseChange(
    () =>
      unwrap(
        api.POST('/api/v1/mobile-groups', {
          body: { name: name.trim(), districtCode: territory.districtCode ?? '', memberIds },
        }),
      ),
    () => {
      setName('');
      setMemberIds([]);
    },
  );
  return (
    <Card withBorder padding="sm">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate(undefined);
        }}
        noValidate
      >
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('response.groups.create')}
          </Title>
          <TextInput
            label={t('response.groups.name')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError(create.error, 'name')}
          />
          <TerritoryPicker
            value={territory}
            onChange={setTerritory}
            error={fieldError(create.error, 'districtCode')}
          />
          <MultiSelect
            label={t('response.groups.members')}
            searchable
            data={(candidates.data?.items ?? []).map((u) => ({ value: u.id, label: u.fullName }))}
            value={memberIds}
            onChange={setMemberIds}
          />
          <ErrorAlert error={create.error} />
          <Group>
            <Button
              type="submit"
              leftSection={<IconPlus size={16} aria-hidden />}
              loading={create.isPending}
              disabled={!territory.districtCode}
            >
              {t('response.groups.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

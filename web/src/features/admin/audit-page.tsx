import { Alert, Badge, Button, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { AUDIT_ACTIONS, type AuditAction } from '@qorgau/domain/audit-actions';
import { IconShieldCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ListFooter, useCursorList } from '../../components/cursor-list.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { Loading, Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';

/** The day's start in Kazakhstan (UTC+5) as an ISO instant, for the date filters. */
const dayStart = (isoDate: string, endOfDay = false) =>
  `${isoDate}T${endOfDay ? '23:59:59.999' : '00:00:00.000'}+05:00`;

const shown = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
};

/** What changed ("field: before → after") and the event's details, as short lines. */
function AuditDetails({
  changes,
  details,
}: {
  changes: Record<string, { from?: unknown; to?: unknown }> | null;
  details: Record<string, unknown> | null;
}) {
  const lines = [
    ...Object.entries(changes ?? {}).map(([field, c]) => `${field}: ${shown(c.from)} → ${shown(c.to)}`),
    ...Object.entries(details ?? {})
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([key, v]) => `${key}: ${shown(v)}`),
  ];
  return (
    <>
      {lines.slice(0, 6).map((line) => (
        <Text key={line} size="xs" ff="monospace" style={{ wordBreak: 'break-word' }}>
          {line}
        </Text>
      ))}
    </>
  );
}

/** Who did what, when, to which object — filterable, with the chain check for national auditors. */
export function AuditPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [actor, setActor] = useState('');
  const [action, setAction] = useState<string | null>(null);
  const [objectId, setObjectId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [debouncedActor] = useDebouncedValue(actor.trim(), 400);
  const [debouncedObject] = useDebouncedValue(objectId.trim(), 400);

  const list = useCursorList(['audit', debouncedActor, action, debouncedObject, from, to], (cursor) =>
    unwrap(
      api.GET('/api/v1/audit', {
        params: {
          query: {
            limit: 50,
            ...(debouncedActor ? { actor: debouncedActor } : {}),
            ...(action ? { action: action as AuditAction } : {}),
            ...(debouncedObject ? { objectId: debouncedObject } : {}),
            ...(from ? { from: dayStart(from) } : {}),
            ...(to ? { to: dayStart(to, true) } : {}),
            ...(cursor ? { cursor: cursor } : {}),
          },
        },
      }),
    ),
  );
  const verify = useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/audit/verify', { body: {} })) });
  const events = list.items;

  return (
    <Page
      title={t('audit.title')}
      actions={
        <Button
          variant="default"
          leftSection={<IconShieldCheck size={16} aria-hidden />}
          onClick={() => verify.mutate()}
          loading={verify.isPending}
        >
          {t('audit.verify')}
        </Button>
      }
    >
      <Text c="dimmed">{t('audit.intro')}</Text>
      {verify.data && (
        <Alert color={verify.data.ok ? 'teal' : 'red'} role="status">
          {verify.data.ok
            ? t('audit.chainOk', { count: verify.data.checked })
            : t('audit.chainBroken', {
                id: verify.data.firstBroken?.id ?? '?',
                reason: verify.data.firstBroken?.reason ?? '',
              })}
        </Alert>
      )}
      <Group align="flex-end">
        <TextInput
          label={t('audit.actor')}
          value={actor}
          onChange={(e) => setActor(e.currentTarget.value)}
          w={{ base: '100%', sm: 200 }}
        />
        <Select
          label={t('audit.action')}
          data={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`audit.action.${a}`) }))}
          value={action}
          onChange={setAction}
          clearable
          searchable
          placeholder={t('common.all')}
          w={{ base: '100%', sm: 260 }}
        />
        <TextInput
          label={t('audit.objectId')}
          value={objectId}
          onChange={(e) => setObjectId(e.currentTarget.value)}
          w={{ base: '100%', sm: 300 }}
        />
        <TextInput
          label={t('audit.from')}
          type="date"
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <TextInput
          label={t('audit.to')}
          type="date"
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
        />
      </Group>
      <ErrorAlert error={list.error ?? verify.error} />
      {list.isPending ? (
        <Loading />
      ) : (
        <TableScroll label={t('audit.title')} minWidth={900}>
          <Table striped aria-label={t('audit.title')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('audit.when')}</Table.Th>
                <Table.Th>{t('audit.actor')}</Table.Th>
                <Table.Th>{t('audit.action')}</Table.Th>
                <Table.Th>{t('audit.object')}</Table.Th>
                <Table.Th>{t('audit.details')}</Table.Th>
                <Table.Th>{t('audit.ip')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(language, e.at)}</Table.Td>
                  <Table.Td>{e.actorUsername ?? t('audit.system')}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Text size="sm">
                        {(AUDIT_ACTIONS as readonly string[]).includes(e.action)
                          ? t(`audit.action.${e.action as AuditAction}`)
                          : e.action}
                      </Text>
                      {e.outcome === 'failure' && (
                        <Badge color="red" size="xs" variant="light">
                          {t('audit.outcome.failure')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace">
                      {e.objectType
                        ? `${e.objectType}${e.objectId ? ` ${e.objectId.slice(0, 8)}` : ''}`
                        : '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td maw={360}>
                    <AuditDetails changes={e.changes} details={e.details} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">{e.ip ?? '—'}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <ListFooter list={list} empty="audit.empty" />
    </Page>
  );
}

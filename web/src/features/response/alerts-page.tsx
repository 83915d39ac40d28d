import { Alert, Button, Stack, Text, Textarea } from '@mantine/core';
import { IconCheck, IconMapPin } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ErrorAlert, fieldError } from '../../components/error-alert.tsx';
import { ButtonLink } from '../../components/links.tsx';
import { Loading, Page } from '../../components/page.tsx';
import type { Me } from '../auth/session.ts';
import { type Dispatch, responseKeys, useResponseChange } from './response-data.ts';
import { DispatchCard } from './response-panel.tsx';

/**
 * What a mobile group member's phone shows: the group's alerts, newest first, with big buttons to accept,
 * report arrival and record what was done. Read again every 30 seconds.
 */
export function AlertsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const dispatches = useQuery({
    queryKey: responseKeys.myDispatches,
    queryFn: () => unwrap(api.GET('/api/v1/dispatches/mine')).then((r) => r.items),
    refetchInterval: 30_000,
  });
  const active = dispatches.data?.filter((d) => d.status !== 'completed' && d.status !== 'cancelled') ?? [];
  const past = dispatches.data?.filter((d) => d.status === 'completed' || d.status === 'cancelled') ?? [];
  return (
    <Page title={t('response.alerts.title')}>
      {dispatches.isPending ? (
        <Loading />
      ) : dispatches.error ? (
        <ErrorAlert error={dispatches.error} />
      ) : (
        <Stack gap="md">
          {active.length === 0 && <Text c="dimmed">{t('response.alerts.none')}</Text>}
          {active.map((d) => (
            <DispatchCard key={d.id} dispatch={d}>
              <DispatchActions dispatch={d} me={me} />
            </DispatchCard>
          ))}
          {past.length > 0 && (
            <Stack gap="xs" component="section" aria-label={t('response.alerts.past')}>
              <Text fw={600}>{t('response.alerts.past')}</Text>
              {past.map((d) => (
                <DispatchCard key={d.id} dispatch={d} />
              ))}
            </Stack>
          )}
        </Stack>
      )}
    </Page>
  );
}

type Event =
  | { type: 'accept' }
  | { type: 'arrive'; note?: string }
  | { type: 'complete'; note: string }
  | { type: 'cancel'; reason: string };

function DispatchActions({ dispatch, me }: { dispatch: Dispatch; me: Me }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const send = useResponseChange(
    (body: Event) =>
      unwrap(
        api.POST('/api/v1/dispatches/{dispatchId}/events', {
          params: { path: { dispatchId: dispatch.id } },
          body,
        }),
      ),
    () => setNote(''),
  );
  const acceptedByOther = dispatch.status !== 'alerted' && dispatch.acceptedBy !== me.user.id;
  return (
    <Stack gap="sm" mt="sm">
      <ButtonLink
        to="/cases/$caseId"
        params={{ caseId: dispatch.caseId }}
        search={{ tab: 'response' }}
        variant="default"
        fullWidth
      >
        {t('response.alerts.openCase')}
      </ButtonLink>
      {dispatch.status === 'alerted' && (
        <Button
          size="lg"
          color="red.8"
          fullWidth
          leftSection={<IconCheck aria-hidden />}
          loading={send.isPending}
          onClick={() => send.mutate({ type: 'accept' })}
        >
          {t('response.alerts.accept')}
        </Button>
      )}
      {acceptedByOther && (
        <Alert variant="light" color="gray">
          {t('response.alerts.acceptedByOther')}
        </Alert>
      )}
      {!acceptedByOther && (dispatch.status === 'accepted' || dispatch.status === 'arrived') && (
        <>
          <Textarea
            label={
              dispatch.status === 'accepted'
                ? t('response.alerts.arrivalNote')
                : t('response.alerts.whatWasDone')
            }
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fieldError(send.error, 'note')}
          />
          {dispatch.status === 'accepted' ? (
            <Button
              size="lg"
              fullWidth
              leftSection={<IconMapPin aria-hidden />}
              loading={send.isPending}
              onClick={() =>
                send.mutate(note.trim() ? { type: 'arrive', note: note.trim() } : { type: 'arrive' })
              }
            >
              {t('response.alerts.arrive')}
            </Button>
          ) : (
            <Button
              size="lg"
              fullWidth
              color="teal.9"
              leftSection={<IconCheck aria-hidden />}
              loading={send.isPending}
              onClick={() => send.mutate({ type: 'complete', note: note.trim() })}
            >
              {t('response.alerts.complete')}
            </Button>
          )}
        </>
      )}
      <ErrorAlert error={send.error} />
    </Stack>
  );
}

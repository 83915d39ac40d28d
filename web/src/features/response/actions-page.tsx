import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { Loading, Page } from '../../components/page.tsx';
import type { Me } from '../auth/session.ts';
import { ProtocolActionsTable } from './protocol-actions.tsx';
import { responseKeys } from './response-data.ts';

/** The organisation's inbox of protocol actions, soonest due first; each is done from here or from its case. */
export function ActionsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  const actions = useQuery({
    queryKey: responseKeys.inbox(open),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/protocol/actions', { params: { query: { open: open ? 'true' : 'false' } } }),
      ).then((r) => r.items),
  });
  return (
    <Page title={t('response.inbox.title')}>
      <Text size="sm">{t('response.inbox.intro')}</Text>
      <SegmentedControl
        value={open ? 'open' : 'all'}
        onChange={(v) => setOpen(v === 'open')}
        data={[
          { value: 'open', label: t('response.inbox.open') },
          { value: 'all', label: t('response.inbox.all') },
        ]}
        w="fit-content"
      />
      {actions.isPending ? (
        <Loading />
      ) : actions.error ? (
        <ErrorAlert error={actions.error} />
      ) : actions.data.length === 0 ? (
        <Text c="dimmed">{t('response.inbox.none')}</Text>
      ) : (
        <Stack>
          <ProtocolActionsTable
            actions={actions.data}
            ownOrganisationId={me.organisation.id}
            caseColumn={(a) => (
              <AnchorLink to="/cases/$caseId" params={{ caseId: a.caseId }} search={{ tab: 'response' }}>
                {a.caseNumber}
              </AnchorLink>
            )}
          />
        </Stack>
      )}
    </Page>
  );
}

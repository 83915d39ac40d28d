import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  FileButton,
  Group,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconUpload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { Loading, Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { can, type Me } from '../auth/session.ts';
import { responseKeys, useResponseChange } from './response-data.ts';

/**
 * The interagency protocol as configuration: its published versions, each downloadable as YAML or JSON to
 * edit, and a new version published from an edited file. The default rules are samples, not law.
 */
export function ProtocolPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const versions = useQuery({
    queryKey: responseKeys.versions,
    queryFn: () => unwrap(api.GET('/api/v1/protocol/versions')).then((r) => r.items),
  });
  const [text, setText] = useState('');
  const [published, setPublished] = useState<number | null>(null);
  const publish = useResponseChange(
    () => unwrap(api.POST('/api/v1/protocol/versions', { body: { text } })),
    (r) => {
      setPublished(r.version);
      setText('');
    },
  );
  const manage = can(me, 'manage:protocol');
  return (
    <Page title={t('response.protocol.title')}>
      <Alert
        color="orange"
        variant="light"
        icon={<IconAlertTriangle aria-hidden />}
        title={t('response.protocol.noticeTitle')}
        data-testid="protocol-sample-notice"
      >
        {t('response.protocol.notice')}
      </Alert>
      {versions.isPending ? (
        <Loading />
      ) : versions.error ? (
        <ErrorAlert error={versions.error} />
      ) : (
        <TableScroll label={t('response.protocol.versions')} minWidth={640}>
          <Table striped data-testid="protocol-versions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('response.protocol.version')}</Table.Th>
                <Table.Th>{t('response.protocol.validFrom')}</Table.Th>
                <Table.Th>{t('response.protocol.rules')}</Table.Th>
                <Table.Th>{t('response.protocol.export')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {versions.data.map((v, index) => (
                <Table.Tr key={v.version} data-testid="protocol-version">
                  <Table.Td>
                    <Group gap="xs">
                      <Text fw={600}>{v.version}</Text>
                      {index === 0 && (
                        <Badge tt="none" variant="light" color="teal">
                          {t('response.protocol.latest')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{formatDateTime(language, v.validFrom)}</Table.Td>
                  <Table.Td>{Array.isArray(v.document.rules) ? v.document.rules.length : '—'}</Table.Td>
                  <Table.Td>
                    <Group gap="sm">
                      {(['yaml', 'json'] as const).map((format) => (
                        <Anchor
                          key={format}
                          href={`/api/v1/protocol/versions/${v.version}/export?format=${format}`}
                          download
                          size="sm"
                        >
                          <IconDownload size={14} aria-hidden /> {format.toUpperCase()}
                        </Anchor>
                      ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {manage && (
        <Card withBorder padding="sm">
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('response.protocol.import')}
            </Title>
            <Text size="sm">{t('response.protocol.importHelp')}</Text>
            <Group>
              <FileButton
                accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
                onChange={(file) => {
                  if (file) void file.text().then(setText);
                }}
              >
                {(props) => (
                  <Button
                    variant="default"
                    size="sm"
                    leftSection={<IconUpload size={16} aria-hidden />}
                    {...props}
                  >
                    {t('response.protocol.chooseFile')}
                  </Button>
                )}
              </FileButton>
            </Group>
            <Textarea
              label={t('response.protocol.document')}
              autosize
              minRows={6}
              maxRows={20}
              value={text}
              onChange={(e) => {
                setPublished(null);
                setText(e.currentTarget.value);
              }}
              styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
            />
            <ErrorAlert error={publish.error} />
            {published !== null && (
              <Alert color="teal" role="status">
                {t('response.protocol.published', { version: published })}
              </Alert>
            )}
            <Group>
              <Button
                disabled={!text.trim()}
                loading={publish.isPending}
                onClick={() => publish.mutate(undefined)}
              >
                {t('response.protocol.publish')}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
    </Page>
  );
}

import {
  Alert,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  List,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Schemas, uploadFile } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';

type ImportResult = Schemas['PlanImportResult'];

/** Upload, see exactly what was read (counts, warnings, agency links, changes), then import all or nothing. */
export function ImportPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const preview = useMutation({
    mutationFn: (f: File) => uploadFile<ImportResult>('/api/v1/plans/import?dryRun=true', 'file', f),
  });
  const commit = useMutation({
    mutationFn: (f: File) => uploadFile<ImportResult>('/api/v1/plans/import', 'file', f),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['plans'] }),
  });
  const result = commit.data ?? preview.data;

  return (
    <Page title={t('plans.importTitle')}>
      <Text>{t('plans.importIntro')}</Text>
      <Card withBorder padding="lg" maw={640}>
        <Stack>
          <FileInput
            label={t('plans.file')}
            accept=".txt,text/plain"
            leftSection={<IconFileText size={16} aria-hidden />}
            value={file}
            onChange={(f) => {
              setFile(f);
              preview.reset();
              commit.reset();
            }}
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            data-testid="plan-file"
          />
          <Group>
            <Button disabled={!file} loading={preview.isPending} onClick={() => file && preview.mutate(file)}>
              {t('plans.preview')}
            </Button>
            {preview.data && !commit.data && (
              <Button
                loading={commit.isPending}
                onClick={() => file && commit.mutate(file)}
                disabled={preview.data.outcome !== 'preview'}
              >
                {t('plans.confirmImport')}
              </Button>
            )}
          </Group>
          <ErrorAlert error={preview.error ?? commit.error} />
        </Stack>
      </Card>
      {result && <ImportSummary result={result} committed={!!commit.data} />}
    </Page>
  );
}

function ImportSummary({ result, committed }: { result: ImportResult; committed: boolean }) {
  const { t } = useTranslation();
  const changes = result.changes?.diff;
  return (
    <Stack>
      <Alert
        color={committed ? 'teal' : result.outcome === 'preview' ? 'blue' : 'gray'}
        role="status"
        data-testid="import-outcome"
      >
        <Stack gap={4}>
          <Text>{result.message}</Text>
          {result.planId && (committed || result.outcome !== 'preview') && (
            <AnchorLink to="/plans/$planId" params={{ planId: result.planId }} underline="always">
              {t('plans.openPlan')}
            </AnchorLink>
          )}
        </Stack>
      </Alert>
      <Card withBorder padding="lg">
        <Title order={2} size="h4" mb="xs" lang={result.language}>
          {result.title}
        </Title>
        <Text size="sm">{result.act.line}</Text>
        <SimpleGrid cols={{ base: 2, sm: 4 }} mt="md" data-testid="import-counts">
          {(
            [
              ['plans.sections', result.counts.sections],
              ['plans.measures', result.counts.measures],
              ['plans.agencies', result.counts.agencies],
              ['plans.warnings', result.counts.warnings],
            ] as const
          ).map(([label, value]) => (
            <Stack key={label} gap={0}>
              <Text size="xl" fw={700}>
                {value}
              </Text>
              <Text size="sm" c="dimmed">
                {t(label)}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
      </Card>
      {result.warnings.length > 0 && (
        <Card withBorder padding="lg">
          <Title order={2} size="h5" mb="xs">
            {t('plans.warnings')}
          </Title>
          <List size="sm">
            {result.warnings.map((w) => (
              <List.Item key={`${w.measure}-${w.field}-${w.code}`}>{w.message}</List.Item>
            ))}
          </List>
        </Card>
      )}
      {changes && (
        <Card withBorder padding="lg">
          <Title order={2} size="h5" mb="xs">
            {t('plans.changes', { version: result.changes?.againstVersion ?? '' })}
          </Title>
          <List size="sm">
            {changes.measures.added.length > 0 && (
              <List.Item>
                {t('plans.changesAdded', { list: changes.measures.added.map((m) => m.number).join(', ') })}
              </List.Item>
            )}
            {changes.measures.removed.length > 0 && (
              <List.Item>
                {t('plans.changesRemoved', {
                  list: changes.measures.removed.map((m) => m.number).join(', '),
                })}
              </List.Item>
            )}
            {changes.measures.changed.map((c) => (
              <List.Item key={c.number}>
                {t('plans.changesChanged', {
                  number: c.number,
                  fields: c.changes.map((f) => f.field).join(', '),
                })}
              </List.Item>
            ))}
            {changes.measures.added.length +
              changes.measures.removed.length +
              changes.measures.changed.length ===
              0 && <List.Item>{t('plans.noChanges')}</List.Item>}
          </List>
        </Card>
      )}
      <Card withBorder padding="lg">
        <Title order={2} size="h5" mb="xs">
          {t('plans.agencyFound')}
        </Title>
        <AgencyTable agencies={result.agencies.filter((a) => a.kind === 'agency')} />
      </Card>
    </Stack>
  );
}

/** The abbreviations of a plan and what each links to today. */
export function AgencyTable({
  agencies,
  actions,
}: {
  agencies: Schemas['PlanAgency'][];
  actions?: (agency: Schemas['PlanAgency']) => React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t('plans.agencies')} minWidth={720}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('plans.agencyCode')}</Table.Th>
            <Table.Th>{t('plans.agencyName')}</Table.Th>
            <Table.Th>{t('plans.agencyLink')}</Table.Th>
            <Table.Th>{t('plans.agencyUsage')}</Table.Th>
            {actions && <Table.Th>{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {agencies.map((a) => (
            <Table.Tr key={a.code}>
              <Table.Td fw={700}>{a.code}</Table.Td>
              <Table.Td>
                <Text size="sm">{a.name}</Text>
                {a.kind === 'term' && (
                  <Badge size="xs" variant="light" color="gray">
                    {t('plans.kind.term')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{a.link.description}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {a.kind === 'agency'
                    ? t('plans.agencyUsageCount', { executor: a.usage.executor, lead: a.usage.lead })
                    : '—'}
                </Text>
              </Table.Td>
              {actions && <Table.Td>{actions(a)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

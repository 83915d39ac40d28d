import { Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ErrorAlert, fieldError } from '../../components/error-alert.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { type CaseDetail, useCaseChange } from './case-data.ts';
import type { CaseAbilities } from './case-page.tsx';

/** Notes by everyone on the case, the newest first; partner organisations may add theirs too. */
export function NotesPanel({ detail, abilities }: { detail: CaseDetail; abilities: CaseAbilities }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [text, setText] = useState('');
  const add = useCaseChange(
    detail.id,
    () =>
      unwrap(
        api.POST('/api/v1/cases/{caseId}/notes', {
          params: { path: { caseId: detail.id } },
          body: { text: text.trim() },
        }),
      ),
    () => setText(''),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(undefined);
  };
  return (
    <Stack gap="md">
      {abilities.contribute && (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <Textarea
              label={t('cases.notes.new')}
              autosize
              minRows={3}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={fieldError(add.error, 'text')}
            />
            <ErrorAlert error={add.error} />
            <Group>
              <Button type="submit" size="sm" loading={add.isPending} disabled={!text.trim()}>
                {t('cases.notes.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {detail.notes.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('cases.notes.none')}
        </Text>
      )}
      {detail.notes.map((n) => (
        <Card key={n.id} withBorder padding="sm" data-testid="note">
          <Text size="xs" c="dimmed">
            {formatDateTime(language, n.createdAt)} · {n.author ?? t('common.none')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {n.text}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}

import { Button, Card, Checkbox, Group, MultiSelect, Radio, Select, Stack, Text } from '@mantine/core';
import { ORGANISATION_TYPES, type OrganisationType } from '@qorgau/domain/identity/organisation';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ErrorAlert, fieldError } from '../../components/error-alert.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { type CaseDetail, consentOf, useCaseChange } from './case-data.ts';
import { codeOptions, useCaseLabel } from './case-labels.ts';
import type { CaseAbilities } from './case-page.tsx';

const STATUSES = ['given', 'refused', 'withdrawn'] as const;
const GIVEN_BY = ['child', 'parent', 'legal_representative'] as const;

/** The consent of the child or their representative to share the case, which referrals are checked against. */
export function ConsentPanel({ detail, abilities }: { detail: CaseDetail; abilities: CaseAbilities }) {
  const { t } = useTranslation();
  const label = useCaseLabel();
  const language = currentLanguage();
  const consent = consentOf(detail);
  const [status, setStatus] = useState<string>(consent?.status ?? 'given');
  const [givenBy, setGivenBy] = useState<string | null>(consent?.givenBy ?? null);
  const [any, setAny] = useState(consent ? consent.organisationTypes === 'any' : true);
  const [types, setTypes] = useState<string[]>(
    consent && consent.organisationTypes !== 'any' ? [...consent.organisationTypes] : [],
  );
  const record = useCaseChange(detail.id, () =>
    unwrap(
      api.PUT('/api/v1/cases/{caseId}/consent', {
        params: { path: { caseId: detail.id } },
        body: {
          status: status as (typeof STATUSES)[number],
          givenBy: (givenBy ?? 'parent') as (typeof GIVEN_BY)[number],
          organisationTypes: any ? 'any' : (types as OrganisationType[]),
        },
      }),
    ),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(undefined);
  };
  return (
    <Stack gap="md">
      <Card withBorder padding="md" data-testid="consent">
        {consent ? (
          <Stack gap={4}>
            <Text fw={600}>{label('consentStatus', consent.status)}</Text>
            <Text size="sm">
              {label('consentGivenBy', consent.givenBy)} ·{' '}
              {consent.organisationTypes === 'any'
                ? t('cases.consent.anyOrganisation')
                : consent.organisationTypes.map((x) => t(`orgType.${x}`)).join(', ')}
            </Text>
            <Text size="xs" c="dimmed">
              {formatDateTime(language, consent.recordedAt)}
            </Text>
          </Stack>
        ) : (
          <Text size="sm">{t('cases.consent.none')}</Text>
        )}
        <Text size="sm" c="dimmed" mt="sm">
          {t('cases.consent.help')}
        </Text>
      </Card>
      {abilities.work && (
        <Card withBorder padding="md">
          <form onSubmit={submit} noValidate aria-label={t('cases.consent.record')}>
            <Stack gap="sm">
              <Radio.Group label={t('cases.consent.status')} value={status} onChange={setStatus} required>
                <Group mt="xs">
                  {STATUSES.map((s) => (
                    <Radio key={s} value={s} label={label('consentStatus', s)} />
                  ))}
                </Group>
              </Radio.Group>
              <Select
                label={t('cases.consent.givenBy')}
                required
                data={codeOptions(t, 'consentGivenBy', GIVEN_BY)}
                value={givenBy}
                onChange={setGivenBy}
                error={fieldError(record.error, 'givenBy')}
                w={{ base: '100%', sm: 320 }}
              />
              <Checkbox
                label={t('cases.consent.anyOrganisation')}
                checked={any}
                onChange={(e) => setAny(e.currentTarget.checked)}
              />
              {!any && (
                <MultiSelect
                  label={t('cases.consent.organisationTypes')}
                  data={ORGANISATION_TYPES.map((x) => ({ value: x, label: t(`orgType.${x}`) }))}
                  value={types}
                  onChange={setTypes}
                  error={fieldError(record.error, 'organisationTypes')}
                />
              )}
              <ErrorAlert error={record.error} />
              <Group>
                <Button
                  type="submit"
                  loading={record.isPending}
                  disabled={!givenBy || (!any && types.length === 0)}
                >
                  {t('cases.consent.record')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
      )}
    </Stack>
  );
}

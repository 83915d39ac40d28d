import {
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { RISK_LEVELS, type RiskLevel } from '@qorgau/domain/cases/index';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ErrorAlert, fieldError } from '../../components/error-alert.tsx';
import { territoryName } from '../../components/territory-name.ts';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { RiskBadge, TriageClock } from './case-badges.tsx';
import { type CaseDetail, childName, childOf, incidentOf, useCaseChange } from './case-data.ts';
import { codeOptions, useCaseLabel } from './case-labels.ts';
import type { CaseAbilities } from './case-page.tsx';
import { CITIZENSHIPS, LANGUAGE_CODES } from './register/child-step.tsx';

const KNOWN_LANGUAGES: readonly string[] = LANGUAGE_CODES;
const KNOWN_COUNTRIES: readonly string[] = CITIZENSHIPS;

/** "Astana, Almaty District, …": a KATO unit with the units above it. */
export function useTerritoryLabel(code: string | null | undefined): string | null {
  const language = currentLanguage();
  const unit = useQuery({
    queryKey: ['territory', code, language],
    queryFn: () => unwrap(api.GET('/api/v1/territories/{code}', { params: { path: { code: code ?? '' } } })),
    enabled: !!code,
    staleTime: 3_600_000,
  });
  if (!code) return null;
  if (!unit.data) return code;
  return [...unit.data.path, unit.data].map((u) => territoryName(u, language)).join(', ');
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <div>{children}</div>
    </div>
  );
}

/** The case at a glance: the child and family, the report and incident, the triage and who works it. */
export function SummaryPanel({ detail, abilities }: { detail: CaseDetail; abilities: CaseAbilities }) {
  const { t } = useTranslation();
  const label = useCaseLabel();
  const language = currentLanguage();
  const child = childOf(detail);
  const incident = incidentOf(detail);
  const address = useTerritoryLabel(child.address?.katoCode);
  const reporter = detail.reporter as {
    anonymous: boolean;
    name?: string | null;
    contact?: string | null;
  } | null;
  const [retriage, setRetriage] = useState(false);
  const contact = useCaseChange(detail.id, () =>
    unwrap(
      api.POST('/api/v1/cases/{caseId}/first-contact', { params: { path: { caseId: detail.id } }, body: {} }),
    ),
  );

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <Card withBorder padding="md">
        <Title order={2} size="h4" mb="sm">
          {t('cases.summary.child')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Field label={t('cases.child.name')}>
            <Text fw={600} data-testid="child-name">
              {childName(child.name)}
            </Text>
            {child.latinName && (
              <Text size="sm" lang="kk-Latn">
                {childName(child.latinName)}
              </Text>
            )}
          </Field>
          <Field label={t('cases.child.birthDate')}>
            <Text size="sm">
              {child.birthDate
                ? formatDate(language, child.birthDate)
                : child.estimatedAge
                  ? t('cases.aboutAge', { years: child.estimatedAge.years })
                  : t('common.none')}
            </Text>
          </Field>
          <Field label={t('cases.child.sex')}>
            <Text size="sm">{child.sex ? label('sex', child.sex) : t('common.none')}</Text>
          </Field>
          <Field label={t('cases.iin')}>
            <Text size="sm" ff="monospace">
              {child.iin ?? t('common.none')}
            </Text>
          </Field>
          <Field label={t('cases.child.citizenship')}>
            <Text size="sm">
              {!child.citizenship
                ? t('common.none')
                : child.citizenship === 'stateless' || child.citizenship === 'unknown'
                  ? label('citizenship', child.citizenship)
                  : KNOWN_COUNTRIES.includes(child.citizenship)
                    ? t(`cases.country.${child.citizenship as 'KZ'}`)
                    : child.citizenship}
            </Text>
          </Field>
          <Field label={t('cases.child.languages')}>
            <Text size="sm">
              {child.languages
                .map((l) => (KNOWN_LANGUAGES.includes(l) ? t(`cases.language.${l as 'kk'}`) : l))
                .join(', ') || t('common.none')}
            </Text>
          </Field>
          <Field label={t('cases.summary.address')}>
            <Text size="sm">
              {[address, child.address?.line].filter(Boolean).join(' · ') || t('common.none')}
            </Text>
          </Field>
          <Field label={t('cases.child.school')}>
            <Text size="sm">
              {child.school
                ? [
                    child.school.name,
                    child.school.grade != null ? `${child.school.grade}${child.school.letter ?? ''}` : null,
                  ]
                    .filter(Boolean)
                    .join(', ')
                : t('common.none')}
            </Text>
          </Field>
          {child.disability && (
            <Field label={t('cases.child.disability')}>
              <Text size="sm">
                {[
                  child.disability.hasDisability ? t('cases.child.hasDisability') : null,
                  child.disability.specialEducationalNeeds ? t('cases.child.sen') : null,
                  child.disability.notes,
                ]
                  .filter(Boolean)
                  .join('; ')}
              </Text>
            </Field>
          )}
        </SimpleGrid>
        <Title order={3} size="h5" mt="md" mb="xs">
          {t('cases.child.family')}
        </Title>
        {child.family.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('cases.child.noFamily')}
          </Text>
        ) : (
          <Stack gap="xs">
            {child.family.map((r) => (
              <div key={`${r.relation}-${r.name.surname}-${r.name.givenName}`}>
                <Text size="sm">
                  <Text span fw={600} size="sm">
                    {label('family', r.relation)}
                  </Text>
                  : {childName(r.name)}
                  {r.contacts.length > 0 && ` · ${r.contacts.map((c) => c.value).join(', ')}`}
                </Text>
                <Group gap={4}>
                  {r.isLegalRepresentative && (
                    <Badge tt="none" size="xs" variant="light">
                      {t('cases.child.legalRepresentative')}
                    </Badge>
                  )}
                  {r.livesWithChild && (
                    <Badge tt="none" size="xs" variant="light" color="gray">
                      {t('cases.child.livesWithChild')}
                    </Badge>
                  )}
                  {!r.safeToContact && (
                    <Badge tt="none" size="xs" variant="light" color="red">
                      {t('cases.child.notSafeToContact')}
                    </Badge>
                  )}
                </Group>
              </div>
            ))}
          </Stack>
        )}
      </Card>

      <Card withBorder padding="md">
        <Title order={2} size="h4" mb="sm">
          {t('cases.summary.triage')}
        </Title>
        <Stack gap="sm">
          <Group gap="sm">
            <RiskBadge risk={detail.riskLevel} />
            <TriageClock clock={detail.triage} />
          </Group>
          <Field label={t('cases.triage.reason')}>
            <Text size="sm">{detail.riskReason}</Text>
          </Field>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Field label={t('cases.summary.triagedAt')}>
              <Text size="sm">{formatDateTime(language, detail.triagedAt)}</Text>
            </Field>
            <Field label={t('cases.summary.deadline')}>
              <Text size="sm">{formatDateTime(language, detail.triage.deadline)}</Text>
            </Field>
            <Field label={t('cases.summary.firstContact')}>
              <Text size="sm" data-testid="first-contact">
                {detail.firstContactAt
                  ? formatDateTime(language, detail.firstContactAt)
                  : t('cases.summary.noContactYet')}
              </Text>
            </Field>
          </SimpleGrid>
          <Group gap="xs">
            {!detail.firstContactAt && abilities.contribute && (
              <Button
                size="xs"
                variant="light"
                onClick={() => contact.mutate(undefined)}
                loading={contact.isPending}
              >
                {t('cases.summary.recordContact')}
              </Button>
            )}
            {abilities.work && (
              <Button size="xs" variant="default" onClick={() => setRetriage(true)}>
                {t('cases.summary.retriage')}
              </Button>
            )}
          </Group>
          <ErrorAlert error={contact.error} />
        </Stack>
        <Title order={2} size="h4" mt="lg" mb="sm">
          {t('cases.summary.report')}
        </Title>
        <Stack gap="sm">
          <Group gap={6}>
            {detail.concerns.map((concern) => (
              <Badge tt="none" key={concern} variant="light" color="grape">
                {label('concern', concern)}
              </Badge>
            ))}
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Field label={t('cases.report.source')}>
              <Text size="sm">{label('source', detail.source)}</Text>
            </Field>
            <Field label={t('cases.report.reportedAt')}>
              <Text size="sm">{formatDateTime(language, detail.reportedAt)}</Text>
            </Field>
            {reporter && (
              <Field label={t('cases.report.reporter')}>
                <Text size="sm">
                  {reporter.anonymous
                    ? t('cases.report.anonymous')
                    : [reporter.name, reporter.contact].filter(Boolean).join(', ') || t('common.none')}
                </Text>
              </Field>
            )}
            <Field label={t('cases.incident.occurredOn')}>
              <Text size="sm">
                {incident.occurredAt
                  ? formatDateTime(language, incident.occurredAt)
                  : incident.occurredOn
                    ? formatDate(language, incident.occurredOn)
                    : t('common.none')}
                {incident.approximate ? ` (${t('cases.incident.approximateShort')})` : ''}
              </Text>
            </Field>
            <Field label={t('cases.incident.place')}>
              <Text size="sm">{label('place', incident.place)}</Text>
            </Field>
          </SimpleGrid>
          <Field label={t('cases.incident.description')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="incident-description">
              {incident.description}
            </Text>
          </Field>
          {incident.perpetrators.length > 0 && (
            <Table withRowBorders={false} verticalSpacing={2} aria-label={t('cases.incident.perpetrators')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('cases.incident.perpetratorRelation')}</Table.Th>
                  <Table.Th>{t('cases.incident.perpetratorName')}</Table.Th>
                  <Table.Th>{t('cases.child.livesWithChild')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {incident.perpetrators.map((p, i) => {
                  const relative =
                    p.familyMemberIndex != null ? child.family[p.familyMemberIndex] : undefined;
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the incident's perpetrators are a fixed list
                    <Table.Tr key={i}>
                      <Table.Td>{label('perpetrator', p.relation)}</Table.Td>
                      <Table.Td>
                        {p.name ?? (relative ? childName(relative.name) : t('common.none'))}
                      </Table.Td>
                      <Table.Td>
                        {p.livesWithChild
                          ? t('common.yes')
                          : p.livesWithChild === false
                            ? t('common.no')
                            : t('common.none')}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Card>
      {retriage && <RetriageDialog detail={detail} onClose={() => setRetriage(false)} />}
    </SimpleGrid>
  );
}

function RetriageDialog({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [risk, setRisk] = useState<RiskLevel | null>(detail.riskLevel);
  const [reason, setReason] = useState('');
  const change = useCaseChange(
    detail.id,
    () =>
      unwrap(
        api.POST('/api/v1/cases/{caseId}/triage', {
          params: { path: { caseId: detail.id } },
          body: { riskLevel: risk ?? detail.riskLevel, reason: reason.trim() },
        }),
      ),
    onClose,
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate(undefined);
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('cases.summary.retriage')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('cases.summary.retriageHelp')}</Text>
          <Select
            label={t('cases.triage.level')}
            data={codeOptions(t, 'risk', RISK_LEVELS)}
            value={risk}
            onChange={(v) => setRisk(v as RiskLevel | null)}
            allowDeselect={false}
          />
          <Textarea
            label={t('cases.triage.reason')}
            required
            autosize
            minRows={3}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError(change.error, 'reason')}
          />
          <ErrorAlert error={change.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  ASSESSMENT_DOMAINS,
  ASSESSMENT_RECOMMENDATIONS,
  type AssessmentV1,
  DOMAIN_RATINGS,
  INFORMATION_SOURCES,
  RISK_LEVELS,
} from '@qorgau/domain/cases/index';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ErrorAlert, fieldError } from '../../components/error-alert.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { assessmentOf, type CaseDetail, useCaseChange } from './case-data.ts';
import { caseLabel, codeOptions } from './case-labels.ts';
import type { CaseAbilities } from './case-page.tsx';
import { kzToday } from './case-time.ts';
import { useRevisionForm } from './revision-form.ts';

type Domains = AssessmentV1['domains'];

interface AssessmentForm {
  assessedOn: string;
  informationSources: string[];
  childSeen: boolean;
  childViews: string;
  immediateDanger: boolean;
  perpetratorHasAccess: boolean;
  protectiveAdultPresent: boolean;
  safetyNotes: string;
  domains: Record<string, { rating: string | null; notes: string }>;
  strengths: string;
  needs: string;
  riskLevel: string | null;
  riskReasoning: string;
  recommendation: string | null;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function formOf(saved: AssessmentV1 | null, riskLevel: string): AssessmentForm {
  return {
    assessedOn: saved?.assessedOn ?? kzToday(),
    informationSources: saved?.informationSources ? [...saved.informationSources] : [],
    childSeen: saved?.childSeen ?? false,
    childViews: saved?.childViews ?? '',
    immediateDanger: saved?.safety.immediateDanger ?? false,
    perpetratorHasAccess: saved?.safety.perpetratorHasAccess ?? false,
    protectiveAdultPresent: saved?.safety.protectiveAdultPresent ?? false,
    safetyNotes: saved?.safety.notes ?? '',
    domains: Object.fromEntries(
      ASSESSMENT_DOMAINS.map((d) => [
        d,
        { rating: saved?.domains[d]?.rating ?? null, notes: saved?.domains[d]?.notes ?? '' },
      ]),
    ),
    strengths: (saved?.strengths ?? []).join('\n'),
    needs: (saved?.needs ?? []).join('\n'),
    riskLevel: saved?.riskLevel ?? riskLevel,
    riskReasoning: saved?.riskReasoning ?? '',
    recommendation: saved?.recommendation ?? null,
  };
}

/** The form as the server's schema (domain/src/cases/forms/assessment.ts) reads it; the server judges it. */
function dataOf(form: AssessmentForm) {
  return {
    version: 1,
    assessedOn: form.assessedOn,
    informationSources: form.informationSources,
    childSeen: form.childSeen,
    childViews: form.childViews.trim() || null,
    safety: {
      immediateDanger: form.immediateDanger,
      perpetratorHasAccess: form.perpetratorHasAccess,
      protectiveAdultPresent: form.protectiveAdultPresent,
      notes: form.safetyNotes.trim() || null,
    },
    domains: Object.fromEntries(
      Object.entries(form.domains).map(([d, v]) => [d, { rating: v.rating, notes: v.notes.trim() || null }]),
    ) as unknown as Domains,
    strengths: lines(form.strengths),
    needs: lines(form.needs),
    riskLevel: form.riskLevel,
    riskReasoning: form.riskReasoning.trim(),
    recommendation: form.recommendation,
  };
}

/** The assessment: each save is a new revision; the server's field errors show beside their fields. */
export function AssessmentPanel({ detail, abilities }: { detail: CaseDetail; abilities: CaseAbilities }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const saved = assessmentOf(detail);
  const { form, set, markSaved, newerSaved } = useRevisionForm(saved?.revision ?? 0, () =>
    formOf(saved?.data ?? null, detail.riskLevel),
  );
  const save = useCaseChange(
    detail.id,
    () =>
      unwrap(
        api.PUT('/api/v1/cases/{caseId}/forms/{form}', {
          params: { path: { caseId: detail.id, form: 'assessment' } },
          body: { data: dataOf(form) },
        }),
      ),
    (result) => markSaved(result.revision),
  );
  const e = (field: string) => fieldError(save.error, `data.${field}`);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(undefined);
  };
  const editable = abilities.work;

  return (
    <form onSubmit={submit} noValidate aria-label={t('cases.tab.assessment')}>
      <Stack gap="md">
        <Text size="sm" c="dimmed" data-testid="assessment-revision">
          {saved
            ? t('cases.forms.revision', { n: saved.revision, at: formatDateTime(language, saved.savedAt) })
            : t('cases.forms.none')}
        </Text>
        {!editable && <Text size="sm">{t('cases.forms.readOnly')}</Text>}
        {newerSaved && !save.isPending && (
          <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} data-testid="newer-revision">
            {t('cases.forms.newerSaved')}
          </Alert>
        )}
        <fieldset disabled={!editable} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                type="date"
                label={t('cases.assessment.assessedOn')}
                required
                value={form.assessedOn}
                onChange={(ev) => set({ assessedOn: ev.currentTarget.value })}
                error={e('assessedOn')}
              />
            </SimpleGrid>
            <Checkbox.Group
              label={t('cases.assessment.sources')}
              required
              value={form.informationSources}
              onChange={(informationSources) => set({ informationSources })}
              error={e('informationSources')}
            >
              <Group mt="xs" gap="md">
                {INFORMATION_SOURCES.map((s) => (
                  <Checkbox key={s} value={s} label={caseLabel(t, 'informationSource', s)} />
                ))}
              </Group>
            </Checkbox.Group>
            <Switch
              label={t('cases.assessment.childSeen')}
              checked={form.childSeen}
              onChange={(ev) => set({ childSeen: ev.currentTarget.checked })}
            />
            <Textarea
              label={t('cases.assessment.childViews')}
              autosize
              minRows={2}
              value={form.childViews}
              onChange={(ev) => set({ childViews: ev.currentTarget.value })}
              error={e('childViews')}
            />
            <Fieldset legend={t('cases.assessment.safety')}>
              <Stack gap="xs">
                <Checkbox
                  label={t('cases.assessment.immediateDanger')}
                  checked={form.immediateDanger}
                  onChange={(ev) => set({ immediateDanger: ev.currentTarget.checked })}
                />
                <Checkbox
                  label={t('cases.assessment.perpetratorHasAccess')}
                  checked={form.perpetratorHasAccess}
                  onChange={(ev) => set({ perpetratorHasAccess: ev.currentTarget.checked })}
                />
                <Checkbox
                  label={t('cases.assessment.protectiveAdultPresent')}
                  checked={form.protectiveAdultPresent}
                  onChange={(ev) => set({ protectiveAdultPresent: ev.currentTarget.checked })}
                />
                <Textarea
                  label={t('cases.assessment.safetyNotes')}
                  autosize
                  minRows={2}
                  value={form.safetyNotes}
                  onChange={(ev) => set({ safetyNotes: ev.currentTarget.value })}
                  error={e('safety.notes')}
                />
              </Stack>
            </Fieldset>
            <Fieldset legend={t('cases.assessment.domains')}>
              <Table.ScrollContainer minWidth={560} type="native">
                <Table verticalSpacing="xs" aria-label={t('cases.assessment.domains')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('cases.assessment.domain')}</Table.Th>
                      <Table.Th>{t('cases.assessment.rating')}</Table.Th>
                      <Table.Th>{t('cases.assessment.notes')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {ASSESSMENT_DOMAINS.map((d) => {
                      const value = form.domains[d] ?? { rating: null, notes: '' };
                      const setDomain = (patch: Partial<typeof value>) =>
                        set({ domains: { ...form.domains, [d]: { ...value, ...patch } } });
                      return (
                        <Table.Tr key={d}>
                          <Table.Td>
                            <Text size="sm">{caseLabel(t, 'assessmentDomain', d)}</Text>
                          </Table.Td>
                          <Table.Td miw={200}>
                            <Select
                              aria-label={`${caseLabel(t, 'assessmentDomain', d)}: ${t('cases.assessment.rating')}`}
                              data={codeOptions(t, 'domainRating', DOMAIN_RATINGS)}
                              value={value.rating}
                              onChange={(rating) => setDomain({ rating })}
                              error={e(`domains.${d}.rating`) ?? e(`domains.${d}`)}
                              data-testid={`rating-${d}`}
                            />
                          </Table.Td>
                          <Table.Td>
                            <TextInput
                              aria-label={`${caseLabel(t, 'assessmentDomain', d)}: ${t('cases.assessment.notes')}`}
                              value={value.notes}
                              onChange={(ev) => setDomain({ notes: ev.currentTarget.value })}
                            />
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {e('domains') && (
                <Text c="red.9" size="sm" role="alert">
                  {e('domains')}
                </Text>
              )}
            </Fieldset>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Textarea
                label={t('cases.assessment.strengths')}
                description={t('cases.forms.onePerLine')}
                autosize
                minRows={2}
                value={form.strengths}
                onChange={(ev) => set({ strengths: ev.currentTarget.value })}
                error={e('strengths')}
              />
              <Textarea
                label={t('cases.assessment.needs')}
                description={t('cases.forms.onePerLine')}
                autosize
                minRows={2}
                value={form.needs}
                onChange={(ev) => set({ needs: ev.currentTarget.value })}
                error={e('needs')}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('cases.assessment.riskLevel')}
                required
                data={codeOptions(t, 'risk', RISK_LEVELS)}
                value={form.riskLevel}
                onChange={(riskLevel) => set({ riskLevel })}
                error={e('riskLevel')}
              />
              <Select
                label={t('cases.assessment.recommendation')}
                required
                data={codeOptions(t, 'recommendation', ASSESSMENT_RECOMMENDATIONS)}
                value={form.recommendation}
                onChange={(recommendation) => set({ recommendation })}
                error={e('recommendation')}
              />
            </SimpleGrid>
            <Textarea
              label={t('cases.assessment.riskReasoning')}
              required
              autosize
              minRows={3}
              value={form.riskReasoning}
              onChange={(ev) => set({ riskReasoning: ev.currentTarget.value })}
              error={e('riskReasoning')}
            />
          </Stack>
        </fieldset>
        <ErrorAlert error={save.error} />
        {save.isSuccess && (
          <Alert color="teal" icon={<IconCircleCheck aria-hidden />} data-testid="form-saved">
            {t('cases.forms.saved', { n: save.data.revision })}
          </Alert>
        )}
        {editable && (
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('cases.forms.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

import {
  ActionIcon,
  Button,
  Card,
  Checkbox,
  Fieldset,
  Group,
  Input,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  CASE_SOURCES,
  CONCERN_GROUP_OF,
  CONCERN_GROUPS,
  type Concern,
  INCIDENT_PLACES,
  PERPETRATOR_RELATIONS,
} from '@qorgau/domain/cases/index';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { caseLabel, codeOptions } from '../case-labels.ts';
import type { Errors, Patch } from './child-step.tsx';
import { newPerpetrator, type PerpetratorForm, type RegistrationForm } from './registration-form.ts';

const CONCERNS_BY_GROUP = CONCERN_GROUPS.map((group) => ({
  group,
  concerns: (Object.entries(CONCERN_GROUP_OF) as [Concern, string][])
    .filter(([, g]) => g === group)
    .map(([c]) => c),
}));

/** Step 3: where the report came from, what the concerns are, and what happened. */
export function IncidentStep({ form, set, errors }: { form: RegistrationForm; set: Patch; errors: Errors }) {
  const { t } = useTranslation();
  const toggle = (concern: Concern, on: boolean) =>
    set({ concerns: on ? [...form.concerns, concern] : form.concerns.filter((c) => c !== concern) });
  const setPerpetrator = (index: number, patch: Partial<PerpetratorForm>) =>
    set({ perpetrators: form.perpetrators.map((p, i) => (i === index ? { ...p, ...patch } : p)) });
  const familyOptions = form.family.map((r, i) => ({
    value: String(i),
    label: `${r.relation ? caseLabel(t, 'family', r.relation) : t('cases.child.relativeN', { n: i + 1 })}: ${[r.surname, r.givenName].filter(Boolean).join(' ')}`,
  }));

  return (
    <Stack gap="lg">
      <Fieldset legend={t('cases.report.title')}>
        <Stack gap="sm">
          <Select
            label={t('cases.report.source')}
            required
            data={codeOptions(t, 'source', CASE_SOURCES)}
            value={form.source}
            onChange={(v) => set({ source: v as RegistrationForm['source'] })}
            error={errors.source}
            searchable
            w={{ base: '100%', sm: 360 }}
          />
          <Checkbox
            label={t('cases.report.anonymous')}
            checked={form.reporterAnonymous}
            onChange={(e) => set({ reporterAnonymous: e.currentTarget.checked })}
          />
          {!form.reporterAnonymous && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('cases.report.reporterName')}
                value={form.reporterName}
                onChange={(e) => set({ reporterName: e.currentTarget.value })}
                error={errors['reporter.name']}
              />
              <TextInput
                label={t('cases.report.reporterContact')}
                value={form.reporterContact}
                onChange={(e) => set({ reporterContact: e.currentTarget.value })}
                error={errors['reporter.contact']}
              />
            </SimpleGrid>
          )}
        </Stack>
      </Fieldset>

      <Fieldset legend={t('cases.concerns')}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('cases.report.concernsHelp')}
          </Text>
          {errors.concerns && <Input.Error role="alert">{errors.concerns}</Input.Error>}
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {CONCERNS_BY_GROUP.map(({ group, concerns }) => (
              <Fieldset key={group} legend={caseLabel(t, 'concernGroup', group)} variant="unstyled">
                <Stack gap={6}>
                  {concerns.map((concern) => (
                    <Checkbox
                      key={concern}
                      label={caseLabel(t, 'concern', concern)}
                      checked={form.concerns.includes(concern)}
                      onChange={(e) => toggle(concern, e.currentTarget.checked)}
                    />
                  ))}
                </Stack>
              </Fieldset>
            ))}
          </SimpleGrid>
        </Stack>
      </Fieldset>

      <Fieldset legend={t('cases.incident.title')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              type="date"
              label={t('cases.incident.occurredOn')}
              value={form.occurredOn}
              onChange={(e) => set({ occurredOn: e.currentTarget.value })}
              error={errors['incident.occurredOn']}
            />
            <Select
              label={t('cases.incident.place')}
              required
              data={codeOptions(t, 'place', INCIDENT_PLACES)}
              value={form.place}
              onChange={(v) => set({ place: v as RegistrationForm['place'] })}
              error={errors['incident.place']}
            />
          </SimpleGrid>
          <Checkbox
            label={t('cases.incident.approximate')}
            checked={form.approximate}
            onChange={(e) => set({ approximate: e.currentTarget.checked })}
          />
          <Textarea
            label={t('cases.incident.description')}
            description={t('cases.incident.descriptionHelp')}
            required
            autosize
            minRows={4}
            value={form.description}
            onChange={(e) => set({ description: e.currentTarget.value })}
            error={errors['incident.description']}
          />
          <Text fw={600} size="sm" mt="xs">
            {t('cases.incident.perpetrators')}
          </Text>
          {form.perpetrators.map((p, index) => {
            const e = (field: string) => errors[`incident.perpetrators.${index}.${field}`];
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: perpetrators have no identity until saved
              <Card key={index} withBorder padding="sm">
                <Group justify="flex-end">
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('cases.incident.removePerpetrator', { n: index + 1 })}
                    onClick={() => set({ perpetrators: form.perpetrators.filter((_, i) => i !== index) })}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <Select
                    label={t('cases.incident.perpetratorRelation')}
                    required
                    data={codeOptions(t, 'perpetrator', PERPETRATOR_RELATIONS)}
                    value={p.relation}
                    onChange={(v) => setPerpetrator(index, { relation: v as PerpetratorForm['relation'] })}
                    error={e('relation')}
                  />
                  <TextInput
                    label={t('cases.incident.perpetratorName')}
                    value={p.name}
                    onChange={(ev) => setPerpetrator(index, { name: ev.currentTarget.value })}
                    error={e('name')}
                  />
                  <Select
                    label={t('cases.incident.familyMember')}
                    data={familyOptions}
                    value={p.familyMemberIndex}
                    onChange={(v) => setPerpetrator(index, { familyMemberIndex: v })}
                    clearable
                    disabled={familyOptions.length === 0}
                    error={e('familyMemberIndex')}
                  />
                </SimpleGrid>
                <Checkbox
                  mt="sm"
                  label={t('cases.child.livesWithChild')}
                  checked={p.livesWithChild}
                  onChange={(ev) => setPerpetrator(index, { livesWithChild: ev.currentTarget.checked })}
                />
              </Card>
            );
          })}
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => set({ perpetrators: [...form.perpetrators, newPerpetrator()] })}
            w={{ base: '100%', sm: 'auto' }}
          >
            {t('cases.incident.addPerpetrator')}
          </Button>
        </Stack>
      </Fieldset>
    </Stack>
  );
}

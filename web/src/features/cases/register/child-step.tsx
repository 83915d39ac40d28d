import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { FAMILY_RELATIONS } from '@qorgau/domain/cases/index';
import { validateIin } from '@qorgau/domain/identity/iin';
import { IconAlertTriangle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { caseLabel, codeOptions } from '../case-labels.ts';
import { TerritoryPicker } from '../territory-picker.tsx';
import { newRelative, type RegistrationForm, type RelativeForm } from './registration-form.ts';

export type Patch = (patch: Partial<RegistrationForm>) => void;
export type Errors = Record<string, string>;

/** Citizenships offered in the form; the record takes any two-letter country code. */
export const CITIZENSHIPS = ['KZ', 'RU', 'UZ', 'KG', 'TJ', 'CN', 'stateless', 'unknown'] as const;
/** Languages offered in the form. */
export const LANGUAGE_CODES = ['kk', 'ru', 'en', 'uz', 'ky', 'tg', 'ug', 'tr', 'az'] as const;
const IIN_WARNING_KEY = {
  IIN_DATE_MISMATCH: 'warning.iin_date_mismatch',
  IIN_SEX_MISMATCH: 'warning.iin_sex_mismatch',
  IIN_DATE_NOT_ENCODED: 'warning.iin_date_not_encoded',
} as const;

/** Step 1: who the child is, where they live and study, and their family. */
export function ChildStep({ form, set, errors }: { form: RegistrationForm; set: Patch; errors: Errors }) {
  const { t } = useTranslation();
  // The IIN's date and sex digits are only compared here to warn: since 2013 they need not match.
  const iin = validateIin(form.iin, {
    birthDate: form.birthKnown === 'date' && form.birthDate ? form.birthDate : null,
    sex: form.sex,
  });
  const iinWarnings = form.iin.trim() && iin.valid ? iin.warnings : [];
  const setRelative = (index: number, patch: Partial<RelativeForm>) =>
    set({ family: form.family.map((r, i) => (i === index ? { ...r, ...patch } : r)) });

  return (
    <Stack gap="lg">
      <Fieldset legend={t('cases.child.name')}>
        <Stack gap="sm">
          <SegmentedControl
            aria-label={t('cases.child.writtenIn')}
            value={form.writtenIn}
            onChange={(v) => set({ writtenIn: v as RegistrationForm['writtenIn'] })}
            data={(['kk', 'ru', 'other'] as const).map((v) => ({
              value: v,
              label: caseLabel(t, 'nameScript', v),
            }))}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('cases.child.surname')}
              required
              value={form.surname}
              onChange={(e) => set({ surname: e.currentTarget.value })}
              error={errors['child.name.surname']}
            />
            <TextInput
              label={t('cases.child.givenName')}
              required
              value={form.givenName}
              onChange={(e) => set({ givenName: e.currentTarget.value })}
              error={errors['child.name.givenName']}
            />
            <TextInput
              label={t('cases.child.patronymic')}
              value={form.patronymic}
              onChange={(e) => set({ patronymic: e.currentTarget.value })}
              error={errors['child.name.patronymic']}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('cases.child.latinSurname')}
              description={t('cases.child.latinHelp')}
              value={form.latinSurname}
              onChange={(e) => set({ latinSurname: e.currentTarget.value })}
              error={errors['child.latinName.surname']}
            />
            <TextInput
              label={t('cases.child.latinGivenName')}
              value={form.latinGivenName}
              onChange={(e) => set({ latinGivenName: e.currentTarget.value })}
              error={errors['child.latinName.givenName']}
            />
          </SimpleGrid>
        </Stack>
      </Fieldset>

      <Fieldset legend={t('cases.child.identity')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('cases.iin')}
              description={t('cases.child.iinHelp')}
              value={form.iin}
              onChange={(e) => set({ iin: e.currentTarget.value })}
              inputMode="numeric"
              maxLength={14}
              error={errors['child.iin']}
            />
            <Select
              label={t('cases.child.sex')}
              data={codeOptions(t, 'sex', ['male', 'female'])}
              value={form.sex}
              onChange={(v) => set({ sex: v as RegistrationForm['sex'] })}
              error={errors['child.sex']}
            />
            <Select
              label={t('cases.child.citizenship')}
              data={CITIZENSHIPS.map((c) => ({
                value: c,
                label:
                  c === 'stateless' || c === 'unknown'
                    ? caseLabel(t, 'citizenship', c)
                    : t(`cases.country.${c}`),
              }))}
              value={form.citizenship}
              onChange={(v) => set({ citizenship: v ?? 'unknown' })}
              allowDeselect={false}
              error={errors['child.citizenship']}
            />
          </SimpleGrid>
          {iinWarnings.map((w) => (
            <Alert key={w} color="orange" icon={<IconAlertTriangle aria-hidden />} data-testid="iin-warning">
              {t(IIN_WARNING_KEY[w])}
            </Alert>
          ))}
          <SegmentedControl
            aria-label={t('cases.child.birthKnown')}
            value={form.birthKnown}
            onChange={(v) => set({ birthKnown: v as RegistrationForm['birthKnown'] })}
            data={[
              { value: 'date', label: t('cases.child.birthDateKnown') },
              { value: 'age', label: t('cases.child.ageOnly') },
            ]}
            w={{ base: '100%', sm: 'auto' }}
          />
          {form.birthKnown === 'date' ? (
            <TextInput
              type="date"
              label={t('cases.child.birthDate')}
              required
              value={form.birthDate}
              onChange={(e) => set({ birthDate: e.currentTarget.value })}
              error={errors['child.birthDate']}
              w={{ base: '100%', sm: 220 }}
            />
          ) : (
            <NumberInput
              label={t('cases.child.estimatedAge')}
              required
              min={0}
              max={25}
              value={form.estimatedAge}
              onChange={(v) => set({ estimatedAge: v })}
              error={errors['child.estimatedAge.years'] ?? errors['child.birthDate']}
              w={{ base: '100%', sm: 220 }}
            />
          )}
        </Stack>
      </Fieldset>

      <Fieldset legend={t('cases.child.addressAndSchool')}>
        <Stack gap="sm">
          <TerritoryPicker
            value={{
              regionCode: form.regionCode,
              districtCode: form.districtCode,
              settlementCode: form.settlementCode,
            }}
            onChange={(v) => set(v)}
            error={errors['child.address.katoCode']}
          />
          <TextInput
            label={t('cases.address.line')}
            value={form.addressLine}
            onChange={(e) => set({ addressLine: e.currentTarget.value })}
            error={errors['child.address.line']}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('cases.child.school')}
              value={form.schoolName}
              onChange={(e) => set({ schoolName: e.currentTarget.value })}
              error={errors['child.school.name']}
            />
            <NumberInput
              label={t('cases.child.grade')}
              min={0}
              max={12}
              value={form.grade}
              onChange={(v) => set({ grade: v })}
              error={errors['child.school.grade']}
            />
            <TextInput
              label={t('cases.child.letter')}
              maxLength={3}
              value={form.letter}
              onChange={(e) => set({ letter: e.currentTarget.value })}
              error={errors['child.school.letter']}
            />
          </SimpleGrid>
          <MultiSelect
            label={t('cases.child.languages')}
            description={t('cases.child.languagesHelp')}
            data={LANGUAGE_CODES.map((l) => ({ value: l, label: t(`cases.language.${l}`) }))}
            value={form.languages}
            onChange={(languages) => set({ languages })}
            error={errors['child.languages']}
          />
        </Stack>
      </Fieldset>

      <Fieldset legend={t('cases.child.disability')}>
        <Stack gap="xs">
          <Checkbox
            label={t('cases.child.hasDisability')}
            checked={form.hasDisability}
            onChange={(e) => set({ hasDisability: e.currentTarget.checked })}
          />
          <Checkbox
            label={t('cases.child.sen')}
            checked={form.specialEducationalNeeds}
            onChange={(e) => set({ specialEducationalNeeds: e.currentTarget.checked })}
          />
          {(form.hasDisability || form.specialEducationalNeeds) && (
            <Textarea
              label={t('cases.child.disabilityNotes')}
              autosize
              minRows={2}
              value={form.disabilityNotes}
              onChange={(e) => set({ disabilityNotes: e.currentTarget.value })}
              error={errors['child.disability.notes']}
            />
          )}
        </Stack>
      </Fieldset>

      <Fieldset legend={t('cases.child.family')}>
        <Stack gap="sm">
          {form.family.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('cases.child.noFamily')}
            </Text>
          )}
          {form.family.map((relative, index) => {
            const e = (field: string) => errors[`child.family.${index}.${field}`];
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: relatives have no identity until saved
              <Card key={index} withBorder padding="sm" data-testid="relative">
                <Group justify="space-between" mb="xs">
                  <Text fw={600} size="sm">
                    {t('cases.child.relativeN', { n: index + 1 })}
                  </Text>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('cases.child.removeRelative', { n: index + 1 })}
                    onClick={() => set({ family: form.family.filter((_, i) => i !== index) })}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
                <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
                  <Select
                    label={t('cases.child.relation')}
                    required
                    data={codeOptions(t, 'family', FAMILY_RELATIONS)}
                    value={relative.relation}
                    onChange={(v) => setRelative(index, { relation: v as RelativeForm['relation'] })}
                    error={e('relation')}
                  />
                  <TextInput
                    label={t('cases.child.surname')}
                    required
                    value={relative.surname}
                    onChange={(ev) => setRelative(index, { surname: ev.currentTarget.value })}
                    error={e('name.surname')}
                  />
                  <TextInput
                    label={t('cases.child.givenName')}
                    required
                    value={relative.givenName}
                    onChange={(ev) => setRelative(index, { givenName: ev.currentTarget.value })}
                    error={e('name.givenName')}
                  />
                  <TextInput
                    label={t('cases.child.patronymic')}
                    value={relative.patronymic}
                    onChange={(ev) => setRelative(index, { patronymic: ev.currentTarget.value })}
                    error={e('name.patronymic')}
                  />
                  <TextInput
                    label={t('cases.child.phone')}
                    type="tel"
                    value={relative.phone}
                    onChange={(ev) => setRelative(index, { phone: ev.currentTarget.value })}
                    error={e('contacts.0.value')}
                  />
                </SimpleGrid>
                <Group mt="sm" gap="lg">
                  <Checkbox
                    label={t('cases.child.legalRepresentative')}
                    checked={relative.legal}
                    onChange={(ev) => setRelative(index, { legal: ev.currentTarget.checked })}
                  />
                  <Checkbox
                    label={t('cases.child.livesWithChild')}
                    checked={relative.lives}
                    onChange={(ev) => setRelative(index, { lives: ev.currentTarget.checked })}
                  />
                  <Checkbox
                    label={t('cases.child.safeToContact')}
                    description={t('cases.child.safeToContactHelp')}
                    checked={relative.safe}
                    onChange={(ev) => setRelative(index, { safe: ev.currentTarget.checked })}
                  />
                </Group>
              </Card>
            );
          })}
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => set({ family: [...form.family, newRelative()] })}
            w={{ base: '100%', sm: 'auto' }}
          >
            {t('cases.child.addRelative')}
          </Button>
        </Stack>
      </Fieldset>
    </Stack>
  );
}

import { Card, Group, Radio, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { DEFAULT_RESPONSE_TIME_TARGETS, RISK_LEVELS } from '@qorgau/domain/cases/index';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { caseLabel } from '../case-labels.ts';
import type { Errors, Patch } from './child-step.tsx';
import type { RegistrationForm } from './registration-form.ts';

/** Hours as people say them: "2 hours", "7 days". */
function target(t: TFunction, hours: number): string {
  return hours % 24 === 0 && hours >= 48
    ? t('cases.triage.targetDays', { days: hours / 24 })
    : t('cases.triage.targetHours', { hours });
}

/** Step 4: the immediate-safety triage; each level shows the time the first contact must happen within. */
export function TriageStep({ form, set, errors }: { form: RegistrationForm; set: Patch; errors: Errors }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Radio.Group
        label={t('cases.triage.level')}
        description={t('cases.triage.levelHelp')}
        required
        value={form.riskLevel}
        onChange={(v) => set({ riskLevel: v as RegistrationForm['riskLevel'] })}
        error={errors['triage.riskLevel']}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} mt="xs">
          {RISK_LEVELS.map((level) => (
            <Card key={level} withBorder padding="sm">
              <Radio
                value={level}
                label={caseLabel(t, 'risk', level)}
                description={t('cases.triage.respondWithin', {
                  time: target(t, DEFAULT_RESPONSE_TIME_TARGETS[level]),
                })}
              />
            </Card>
          ))}
        </SimpleGrid>
      </Radio.Group>
      <Textarea
        label={t('cases.triage.reason')}
        description={t('cases.triage.reasonHelp')}
        required
        autosize
        minRows={3}
        value={form.riskReason}
        onChange={(e) => set({ riskReason: e.currentTarget.value })}
        error={errors['triage.reason']}
      />
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          {t('cases.triage.clockStarts')}
        </Text>
      </Group>
    </Stack>
  );
}

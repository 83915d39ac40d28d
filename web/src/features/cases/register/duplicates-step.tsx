import { Alert, Badge, Button, Card, Group, List, Stack, Text } from '@mantine/core';
import { IconCheck, IconInfoCircle, IconUserSearch } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { Loading } from '../../../components/page.tsx';
import { formatDate, formatNumber } from '../../../i18n/format.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { childName } from '../case-data.ts';
import { caseLabel } from '../case-labels.ts';

type Candidate = Schemas['DuplicateCandidate'];

const BIRTH = [
  'same',
  'transposed',
  'one-digit',
  'estimated-overlap',
  'within-1-year',
  'unknown',
  'different',
] as const;
const NAME = ['exact', 'phonetic', 'close', 'different'] as const;

/** The evidence of a candidate in words: IIN, name, birth date, sex, swapped name parts. */
export function evidence(t: TFunction, reasons: readonly string[]): string[] {
  const found: string[] = [];
  if (reasons.includes('iin:same')) found.push(t('cases.evidence.iin.same'));
  if (reasons.includes('iin:different')) found.push(t('cases.evidence.iin.different'));
  // The first "name:" reason is the overall match; later ones compare the given names alone.
  const name = reasons.find((r) => r.startsWith('name:'))?.slice(5);
  const nameLevel = NAME.find((l) => l === name);
  if (nameLevel) found.push(t(`cases.evidence.name.${nameLevel}`));
  if (reasons.includes('order:swapped')) found.push(t('cases.evidence.orderSwapped'));
  if (reasons.includes('patronymic:missing')) found.push(t('cases.evidence.patronymicMissing'));
  const birth = BIRTH.find((b) => reasons.includes(`birth-date:${b}`));
  if (birth) found.push(t(`cases.evidence.birth.${birth}`));
  if (reasons.includes('sex:different')) found.push(t('cases.evidence.sexDifferent'));
  return found;
}

/**
 * Step 2: children already registered who may be this child. Choosing one links the new case to that
 * record (nothing typed in step 1 overwrites it); choosing none makes a new record.
 */
export function DuplicatesStep({
  candidates,
  loading,
  error,
  chosen,
  onChoose,
}: {
  candidates: Candidate[] | undefined;
  loading: boolean;
  error: unknown;
  chosen: string | null;
  onChoose: (personId: string | null) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (loading) return <Loading />;
  return (
    <Stack gap="md">
      <ErrorAlert error={error} />
      <Group gap="xs">
        <IconUserSearch size={20} aria-hidden />
        <Text>{t('cases.duplicates.intro')}</Text>
      </Group>
      {candidates && candidates.length === 0 && (
        <Alert color="teal" icon={<IconCheck aria-hidden />} data-testid="no-duplicates">
          {t('cases.duplicates.none')}
        </Alert>
      )}
      {candidates?.map((c) => {
        const selected = chosen === c.personId;
        return (
          <Card
            key={c.personId}
            withBorder
            padding="md"
            data-testid="duplicate-candidate"
            style={selected ? { borderColor: 'var(--mantine-color-blue-8)', borderWidth: 2 } : undefined}
          >
            <Group justify="space-between" align="flex-start" wrap="wrap">
              <Stack gap={4}>
                <Text fw={700}>{childName(c)}</Text>
                <Text size="sm">
                  {c.birthDate
                    ? t('cases.born', { date: formatDate(language, c.birthDate) })
                    : c.estimatedAgeYears !== null
                      ? t('cases.aboutAge', { years: c.estimatedAgeYears })
                      : t('cases.duplicates.noBirthDate')}
                  {c.sex ? ` · ${caseLabel(t, 'sex', c.sex)}` : ''}
                  {c.iinEnding ? ` · ${t('cases.duplicates.iinEnding', { digits: c.iinEnding })}` : ''}
                </Text>
              </Stack>
              <Group gap="xs">
                {c.sameIin && (
                  <Badge tt="none" color="red" variant="light">
                    {t('cases.duplicates.sameIin')}
                  </Badge>
                )}
                <Badge tt="none" color="blue" variant="light">
                  {t('cases.duplicates.score', { score: formatNumber(language, Math.round(c.score * 100)) })}
                </Badge>
              </Group>
            </Group>
            <List size="sm" mt="xs" spacing={2}>
              {evidence(t, c.reasons).map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
            <Text size="sm" c="dimmed" mt="xs">
              {c.knownToYou ? t('cases.duplicates.knownToYou') : t('cases.duplicates.notKnownToYou')}
            </Text>
            <Group mt="sm">
              {selected ? (
                <Button variant="default" onClick={() => onChoose(null)}>
                  {t('cases.duplicates.unchoose')}
                </Button>
              ) : (
                <Button variant="light" onClick={() => onChoose(c.personId)}>
                  {t('cases.duplicates.use')}
                </Button>
              )}
            </Group>
          </Card>
        );
      })}
      {chosen ? (
        <Alert color="blue" icon={<IconInfoCircle aria-hidden />} data-testid="using-existing">
          {t('cases.duplicates.using')}
        </Alert>
      ) : (
        candidates &&
        candidates.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('cases.duplicates.newRecord')}
          </Text>
        )
      )}
    </Stack>
  );
}

import { Group, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { type Organisation, OrganisationPicker } from './organisation-picker.tsx';

export interface Responsible {
  organisationId: string | null;
  organisationType: string | null;
  personName: string;
}

/** Who carries an action out: an organisation from the directory and, when known, the person there. */
export function ResponsiblePicker({
  value,
  onChange,
  errorOf,
}: {
  value: Responsible;
  onChange: (value: Responsible) => void;
  errorOf: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const chosen = useQuery({
    queryKey: ['organisation', value.organisationId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/organisations/{id}', { params: { path: { id: value.organisationId ?? '' } } })),
    enabled: !!value.organisationId,
    staleTime: 3_600_000,
  });
  const organisation: Organisation | null = value.organisationId ? (chosen.data ?? null) : null;
  return (
    <Group grow align="flex-start" wrap="wrap" gap="sm">
      <OrganisationPicker
        label={t('cases.plan.responsible')}
        required
        value={organisation}
        onChange={(o) =>
          onChange({ ...value, organisationId: o?.id ?? null, organisationType: o?.type ?? null })
        }
        error={errorOf('organisationId') ?? errorOf('organisationType')}
        w={{ base: '100%', sm: 320 }}
      />
      <TextInput
        label={t('cases.plan.responsiblePerson')}
        value={value.personName}
        onChange={(e) => onChange({ ...value, personName: e.currentTarget.value })}
        error={errorOf('personName')}
        miw={200}
      />
    </Group>
  );
}

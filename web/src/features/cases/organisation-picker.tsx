import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { OrganisationType } from '@qorgau/domain/identity/organisation';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import { currentLanguage } from '../../i18n/index.ts';

export type Organisation = Schemas['Organisation'];

/**
 * Picks an organisation from the directory by typing part of its name or abbreviation; the chosen one stays
 * an option while the person searches again.
 */
export function OrganisationPicker({
  label,
  value,
  onChange,
  error,
  required,
  description,
  w,
  testId,
}: {
  label: string;
  value: Organisation | null;
  onChange: (organisation: Organisation | null) => void;
  error?: string | undefined;
  required?: boolean;
  description?: string;
  w?: Parameters<typeof Select>[0]['w'];
  testId?: string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const found = useQuery({
    queryKey: ['organisations', 'picker', debounced],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organisations', {
          params: { query: { limit: 30, ...(debounced ? { search: debounced } : {}) } },
        }),
      ),
  });
  const items = found.data?.items ?? [];
  const all = value && !items.some((o) => o.id === value.id) ? [value, ...items] : items;
  const labelOf = (o: Organisation) => `${o.name[language]} · ${t(`orgType.${o.type as OrganisationType}`)}`;
  return (
    <Select
      label={label}
      description={description}
      placeholder={t('cases.organisationSearch')}
      searchable
      clearable
      required={required}
      error={error}
      w={w}
      data-testid={testId}
      data={all.map((o) => ({ value: o.id, label: labelOf(o) }))}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      // Options come from the server's search; filtering them again would hide abbreviation matches.
      filter={({ options }) => options}
      nothingFoundMessage={found.isPending ? t('common.loading') : t('cases.organisationNone')}
      onChange={(id) => onChange(all.find((o) => o.id === id) ?? null)}
    />
  );
}

import { Group, Select } from '@mantine/core';
import { localDateOf } from '@qorgau/domain/protocol/kazakhstan-time';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { territoryName } from '../../components/territory-name.ts';
import { currentLanguage } from '../../i18n/index.ts';

export interface TerritoryChoice {
  regionCode: string | null;
  districtCode: string | null;
  settlementCode: string | null;
}

/** The units under a parent (the regions when there is none), as they exist today. */
function useUnits(parentCode: string | null, enabled = true) {
  const asOf = localDateOf(Date.now());
  return useQuery({
    queryKey: ['territories', parentCode ?? 'top', asOf],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/territories', {
          params: { query: { asOf, ...(parentCode ? { parentCode } : {}) } },
        }),
      ),
    enabled,
    staleTime: 3_600_000,
  });
}

/** An address on the KATO tree: region, then district (or city), then, if wanted, a settlement. */
export function TerritoryPicker({
  value,
  onChange,
  error,
}: {
  value: TerritoryChoice;
  onChange: (value: TerritoryChoice) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const regions = useUnits(null);
  const districts = useUnits(value.regionCode, !!value.regionCode);
  const settlements = useUnits(value.districtCode, !!value.districtCode);
  const options = (
    items: { code: string; name: { kk: string | null; ru: string; en: string | null } }[] = [],
  ) => items.map((u) => ({ value: u.code, label: territoryName(u, language) }));
  const settlementOptions = options(settlements.data?.items);
  return (
    <Group grow align="flex-start" gap="sm" wrap="wrap">
      <Select
        label={t('cases.address.region')}
        data={options(regions.data?.items)}
        value={value.regionCode}
        onChange={(regionCode) => onChange({ regionCode, districtCode: null, settlementCode: null })}
        searchable
        clearable
        error={error}
        miw={200}
      />
      <Select
        label={t('cases.address.district')}
        data={options(districts.data?.items)}
        value={value.districtCode}
        onChange={(districtCode) => onChange({ ...value, districtCode, settlementCode: null })}
        disabled={!value.regionCode}
        searchable
        clearable
        miw={200}
      />
      <Select
        label={t('cases.address.settlement')}
        data={settlementOptions}
        value={value.settlementCode}
        onChange={(settlementCode) => onChange({ ...value, settlementCode })}
        disabled={!value.districtCode || settlementOptions.length === 0}
        placeholder={t('cases.address.optional')}
        searchable
        clearable
        miw={200}
      />
    </Group>
  );
}

import { Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { ORGANISATION_TYPES } from '@qorgau/domain/identity/organisation';
import { REGIONS } from '@qorgau/domain/territory/regions';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import { ListFooter, useCursorList } from '../../components/cursor-list.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { Loading, Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDate } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';

type Organisation = Schemas['Organisation'];

const regionName = (code: string | null, language: 'kk' | 'ru' | 'en') => {
  const region = REGIONS.find((r) => r.code === code);
  if (!region) return '—';
  return language === 'kk' ? region.nameKk : language === 'ru' ? region.nameRu : region.nameEn;
};

/** The directory of organisations on the territory tree, with their type, agency and dates. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [type, setType] = useState<string | null>(null);
  const [regionCode, setRegionCode] = useState<string | null>(null);

  const list = useCursorList(['organisations', debounced, type, regionCode], (cursor) =>
    unwrap(
      api.GET('/api/v1/organisations', {
        params: {
          query: {
            limit: 50,
            ...(debounced ? { search: debounced } : {}),
            ...(type ? { type: type as Organisation['type'] } : {}),
            ...(regionCode ? { regionCode } : {}),
            ...(cursor ? { cursor: cursor } : {}),
          },
        },
      }),
    ),
  );
  const items = list.items;

  return (
    <Page title={t('organisations.title')}>
      <Group align="flex-end">
        <TextInput
          label={t('common.search')}
          placeholder={t('organisations.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={{ base: '100%', sm: 320 }}
        />
        <Select
          label={t('organisations.type')}
          data={ORGANISATION_TYPES.map((v) => ({ value: v, label: t(`orgType.${v}`) }))}
          value={type}
          onChange={setType}
          clearable
          placeholder={t('common.all')}
          w={{ base: '100%', sm: 280 }}
        />
        <Select
          label={t('organisations.region')}
          data={REGIONS.map((r) => ({ value: r.code, label: regionName(r.code, language) }))}
          value={regionCode}
          onChange={setRegionCode}
          clearable
          searchable
          placeholder={t('common.all')}
          w={{ base: '100%', sm: 260 }}
        />
      </Group>
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <Loading />
      ) : (
        <TableScroll label={t('organisations.title')} minWidth={720}>
          <Table striped aria-label={t('organisations.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('organisations.name')}</Table.Th>
                <Table.Th>{t('organisations.abbreviation')}</Table.Th>
                <Table.Th>{t('organisations.type')}</Table.Th>
                <Table.Th>{t('organisations.agency')}</Table.Th>
                <Table.Th>{t('organisations.region')}</Table.Th>
                <Table.Th>{t('organisations.validity')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>{o.name[language]}</Table.Td>
                  <Table.Td>{(language === 'kk' ? o.abbreviation.kk : o.abbreviation.ru) ?? '—'}</Table.Td>
                  <Table.Td>{t(`orgType.${o.type}`)}</Table.Td>
                  <Table.Td>{t(`agency.${o.agency}`)}</Table.Td>
                  <Table.Td>{regionName(o.regionCode, language)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {[
                        o.validFrom
                          ? t('organisations.validFrom', { date: formatDate(language, o.validFrom) })
                          : null,
                        o.validTo
                          ? t('organisations.validTo', { date: formatDate(language, o.validTo) })
                          : null,
                      ]
                        .filter(Boolean)
                        .join(' ') || '—'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <ListFooter list={list} empty="organisations.empty" />
    </Page>
  );
}

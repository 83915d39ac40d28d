import { ActionIcon, Badge, Button, Group, Menu, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDots, IconPlus, IconSearch } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import { ListFooter, useCursorList } from '../../components/cursor-list.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { Loading, Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { can, useMe } from '../auth/session.ts';
import { CredentialsModal } from './credentials-modal.tsx';
import { ROLE_OPTIONS, UserFormModal } from './user-form-modal.tsx';

type User = Schemas['User'];
type AccountAction = 'reset-password' | 'reset-second-factor' | 'deactivate' | 'reactivate' | 'unlock';
const ACTION_LABEL = {
  'reset-password': 'users.resetPassword',
  'reset-second-factor': 'users.resetSecondFactor',
  deactivate: 'users.deactivate',
  reactivate: 'users.reactivate',
  unlock: 'users.unlock',
} as const;

/** Staff accounts in the reader's scope; administrators create, change and lock them here. */
export function UsersPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const me = useMe().data;
  const manage = can(me, 'manage:user');
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [role, setRole] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [credentials, setCredentials] = useState<Schemas['IssuedCredentials'] | null>(null);

  const list = useCursorList(['users', debounced, role, status], (cursor) =>
    unwrap(
      api.GET('/api/v1/users', {
        params: {
          query: {
            limit: 50,
            ...(debounced ? { search: debounced } : {}),
            ...(role ? { role: role as User['roles'][number] } : {}),
            ...(status ? { active: status as 'true' | 'false' } : {}),
            ...(cursor ? { cursor: cursor } : {}),
          },
        },
      }),
    ),
  );

  const action = useMutation({
    mutationFn: ({ id, kind }: { id: string; kind: AccountAction }) =>
      unwrap(api.POST(`/api/v1/users/{id}/${kind}`, { params: { path: { id } }, body: {} })),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: ['users'] });
      if (result.credentials.temporaryPassword || result.credentials.secondFactor)
        setCredentials(result.credentials);
    },
  });

  const users = list.items;
  return (
    <Page
      title={t('users.title')}
      actions={
        manage && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            {t('users.create')}
          </Button>
        )
      }
    >
      <Group align="flex-end">
        <TextInput
          label={t('common.search')}
          placeholder={t('users.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={{ base: '100%', sm: 320 }}
        />
        <Select
          label={t('users.filterRole')}
          data={ROLE_OPTIONS(t)}
          value={role}
          onChange={setRole}
          clearable
          placeholder={t('common.all')}
          w={{ base: '100%', sm: 260 }}
          searchable
        />
        <Select
          label={t('users.filterStatus')}
          data={[
            { value: 'true', label: t('users.statusActive') },
            { value: 'false', label: t('users.statusInactive') },
          ]}
          value={status}
          onChange={setStatus}
          clearable
          placeholder={t('common.all')}
          w={{ base: '100%', sm: 180 }}
        />
      </Group>
      <ErrorAlert error={list.error ?? action.error} />
      {list.isPending ? (
        <Loading />
      ) : (
        <TableScroll label={t('users.title')} minWidth={720}>
          <Table striped highlightOnHover aria-label={t('users.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('users.fullName')}</Table.Th>
                <Table.Th>{t('users.username')}</Table.Th>
                <Table.Th>{t('users.organisation')}</Table.Th>
                <Table.Th>{t('users.roles')}</Table.Th>
                <Table.Th>{t('users.status')}</Table.Th>
                <Table.Th>{t('users.lastLogin')}</Table.Th>
                {manage && <Table.Th>{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.map((user) => (
                <Table.Tr key={user.id}>
                  <Table.Td>{user.fullName}</Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {user.username}
                    </Text>
                  </Table.Td>
                  <Table.Td>{user.organisation.name[language]}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {user.roles.map((r) => (
                        <Badge key={r} variant="light" size="sm">
                          {t(`role.${r}`)}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Badge color={user.active ? 'teal' : 'gray'} variant="light" size="sm">
                        {user.active ? t('users.statusActive') : t('users.statusInactive')}
                      </Badge>
                      {user.lockedUntil && (
                        <Badge color="red" variant="light" size="sm">
                          {t('users.locked', { until: formatDateTime(language, user.lockedUntil) })}
                        </Badge>
                      )}
                      {user.mustChangePassword && (
                        <Badge color="orange" variant="light" size="sm">
                          {t('users.mustChange')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{formatDateTime(language, user.lastLoginAt)}</Table.Td>
                  {manage && (
                    <Table.Td>
                      <Menu position="bottom-end" withinPortal>
                        <Menu.Target>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={`${t('common.actions')}: ${user.username}`}
                          >
                            <IconDots size={18} aria-hidden />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item onClick={() => setEditing(user)}>{t('users.edit')}</Menu.Item>
                          {(
                            [
                              'reset-password',
                              'reset-second-factor',
                              user.active ? 'deactivate' : 'reactivate',
                              ...(user.lockedUntil ? ['unlock' as const] : []),
                            ] as AccountAction[]
                          ).map((kind) => (
                            <Menu.Item
                              key={kind}
                              color={kind === 'deactivate' ? 'red' : undefined}
                              onClick={() => {
                                if (
                                  window.confirm(
                                    `${t(ACTION_LABEL[kind])}: ${user.fullName}. ${t('users.confirmAction')}`,
                                  )
                                ) {
                                  action.mutate({ id: user.id, kind });
                                }
                              }}
                            >
                              {t(ACTION_LABEL[kind])}
                            </Menu.Item>
                          ))}
                        </Menu.Dropdown>
                      </Menu>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <ListFooter list={list} empty="users.empty" />
      {editing && (
        <UserFormModal
          user={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(issued) => {
            setEditing(null);
            void queryClient.invalidateQueries({ queryKey: ['users'] });
            if (issued.temporaryPassword || issued.secondFactor) setCredentials(issued);
          }}
        />
      )}
      {credentials && <CredentialsModal credentials={credentials} onClose={() => setCredentials(null)} />}
    </Page>
  );
}

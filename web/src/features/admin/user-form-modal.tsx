import { Button, Group, Modal, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { ROLES } from '@qorgau/domain/access/roles';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import { ErrorAlert, fieldError } from '../../components/error-alert.tsx';
import { currentLanguage, LANGUAGES } from '../../i18n/index.ts';

type User = Schemas['User'];
type Role = User['roles'][number];

/** Every role as a select option, in the UI language. */
export const ROLE_OPTIONS = (t: TFunction) =>
  ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }));

/** Creates a user or changes one; the server answers with credentials to hand over when it issued any. */
export function UserFormModal({
  user,
  onClose,
  onSaved,
}: {
  user: User | null;
  onClose: () => void;
  onSaved: (credentials: Schemas['IssuedCredentials']) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState(user?.fullName ?? '');
  const [email, setEmail] = useState(user?.email ?? '');
  const [phone, setPhone] = useState(user?.phone ?? '');
  const [position, setPosition] = useState(user?.position ?? '');
  const [organisationId, setOrganisationId] = useState<string | null>(user?.organisation.id ?? null);
  const [roles, setRoles] = useState<string[]>(user?.roles ?? []);
  const [locale, setLocale] = useState<string>(user?.locale ?? 'kk');
  const [orgSearch, setOrgSearch] = useState('');
  const [debounced] = useDebouncedValue(orgSearch.trim(), 300);

  const organisations = useQuery({
    queryKey: ['organisations', 'picker', debounced],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organisations', {
          params: { query: { limit: 50, ...(debounced ? { search: debounced } : {}) } },
        }),
      ),
  });
  const options = (organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name[language] }));
  if (user && !options.some((o) => o.value === user.organisation.id)) {
    options.unshift({ value: user.organisation.id, label: user.organisation.name[language] });
  }

  const save = useMutation({
    mutationFn: async () => {
      const body = {
        fullName,
        email: email || null,
        phone: phone || null,
        position: position || null,
        organisationId: organisationId ?? '',
        roles: roles as Role[],
        locale: locale as 'kk' | 'ru' | 'en',
      };
      const result = user
        ? await unwrap(api.PUT('/api/v1/users/{id}', { params: { path: { id: user.id } }, body }))
        : await unwrap(api.POST('/api/v1/users', { body: { ...body, username } }));
      return result.credentials;
    },
    onSuccess: onSaved,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={user ? t('users.edit') : t('users.create')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={save.error} />
          {!user && (
            <TextInput
              label={t('users.username')}
              required
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
              error={fieldError(save.error, 'username')}
              autoComplete="off"
            />
          )}
          <TextInput
            label={t('users.fullName')}
            required
            value={fullName}
            onChange={(e) => setFullName(e.currentTarget.value)}
            error={fieldError(save.error, 'fullName')}
          />
          <Group grow>
            <TextInput
              label={t('users.email')}
              type="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={fieldError(save.error, 'email')}
            />
            <TextInput
              label={t('users.phone')}
              type="tel"
              value={phone}
              onChange={(e) => setPhone(e.currentTarget.value)}
              error={fieldError(save.error, 'phone')}
            />
          </Group>
          <TextInput
            label={t('users.position')}
            value={position}
            onChange={(e) => setPosition(e.currentTarget.value)}
            error={fieldError(save.error, 'position')}
          />
          <Select
            label={t('users.organisation')}
            required
            searchable
            data={options}
            value={organisationId}
            onChange={setOrganisationId}
            searchValue={orgSearch}
            onSearchChange={setOrgSearch}
            filter={({ options: all }) => all}
            error={fieldError(save.error, 'organisationId')}
            nothingFoundMessage={t('organisations.empty')}
          />
          <MultiSelect
            label={t('users.roles')}
            required
            data={ROLE_OPTIONS(t)}
            value={roles}
            onChange={setRoles}
            error={fieldError(save.error, 'roles')}
            searchable
          />
          <Select
            label={t('users.locale')}
            data={LANGUAGES.map((l) => ({ value: l, label: t(`lang.${l}`) }))}
            value={locale}
            onChange={(v) => setLocale(v ?? 'kk')}
            allowDeselect={false}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, type Schemas, setCsrfToken, unwrap } from '../../api/client.ts';
import { i18n, type Language } from '../../i18n/index.ts';

export type Me = Schemas['Me'];
export type Permission = Me['permissions'][number]['permission'];

const ME_KEY = ['me'] as const;

/** The signed-in person, or null when nobody is signed in. */
export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async (): Promise<Me | null> => {
      try {
        const me = await unwrap(api.GET('/api/v1/me'));
        adopt(me);
        return me;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          setCsrfToken(null);
          return null;
        }
        throw error;
      }
    },
    staleTime: 60_000,
    retry: (count, error) => !(error instanceof ApiError && error.status === 401) && count < 2,
  });
}

/** Takes the session's CSRF token and the person's saved language. */
function adopt(me: Me): void {
  setCsrfToken(me.csrfToken);
  if (i18n.language !== me.user.locale) void i18n.changeLanguage(me.user.locale);
}

/** True when the person holds the permission at any scope. */
export function can(me: Me | null | undefined, permission: Permission): boolean {
  return !!me?.permissions.some((p) => p.permission === permission);
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string; totp?: string }) =>
      unwrap(api.POST('/api/v1/auth/login', { body })),
    onSuccess: (me) => {
      adopt(me);
      queryClient.setQueryData(ME_KEY, me);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/logout', { body: {} })),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, null);
    },
  });
}

/** Changes the UI language and, when signed in, saves it as the person's preference. */
export function useChangeLanguage() {
  const queryClient = useQueryClient();
  return async (language: Language) => {
    await i18n.changeLanguage(language);
    const me = queryClient.getQueryData<Me | null>(ME_KEY);
    if (me && me.user.locale !== language) {
      const updated = await unwrap(api.PATCH('/api/v1/me', { body: { locale: language } }));
      queryClient.setQueryData(ME_KEY, updated);
    }
    await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
  };
}

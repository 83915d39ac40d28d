import { Button, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../i18n/en.ts';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A cursor-paginated API list as one growing array, with "show more". */
export function useCursorList<T>(
  key: readonly unknown[],
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
) {
  const query = useInfiniteQuery({
    queryKey: key,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  return { ...query, items: query.data?.pages.flatMap((p) => p.items) ?? [] };
}

/** Under a list: what to say when it is empty, and the button for the next page. */
export function ListFooter({
  list,
  empty,
}: {
  list: ReturnType<typeof useCursorList<unknown>>;
  empty: MessageKey;
}) {
  const { t } = useTranslation();
  return (
    <>
      {!list.isPending && list.items.length === 0 && (
        <Text c="dimmed" p="md">
          {t(empty)}
        </Text>
      )}
      {list.hasNextPage && (
        <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('common.more')}
        </Button>
      )}
    </>
  );
}

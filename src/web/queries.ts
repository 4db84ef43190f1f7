import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from './api';
import type { Schemas } from './api-contract';
import type { Option } from './components/forms';
import { buildTree, type Department, deptName, flattenTree, indentLabel } from './lib/departments';

export const departmentsQuery = queryOptions({
  queryKey: ['departments'],
  queryFn: () => api<{ items: Department[] }>('/departments'),
  staleTime: 5 * 60_000,
});

/** Departments as a tree plus select options (indented) and a lookup by id. */
export function useDepartments() {
  const { i18n } = useTranslation();
  const q = useQuery(departmentsQuery);
  const locale = i18n.language;
  return useMemo(() => {
    const items = q.data?.items ?? [];
    const tree = buildTree(items);
    const options: Option[] = flattenTree(tree).map(({ dept, depth }) => ({
      value: dept.id,
      label: indentLabel(`${deptName(dept, locale)} (${dept.code})`, depth),
    }));
    return { query: q, tree, options, byId: new Map(items.map((d) => [d.id, d])) };
  }, [q, locale]);
}

export type StartedRounds = Schemas['RoundPage'];
export type StartedRound = StartedRounds['items'][number];

/** Rounds that have interviews (launched or closed), newest period first: what insight pages pick from. */
export function useStartedRounds({
  enabled = true,
  page = 1,
  pageSize = 100,
}: {
  enabled?: boolean;
  page?: number;
  pageSize?: number;
} = {}) {
  return useQuery({
    queryKey: ['rounds', 'started', page, pageSize],
    queryFn: () => api<StartedRounds>(`/rounds?status=started&page=${page}&pageSize=${pageSize}`),
    enabled,
    placeholderData: keepPreviousData,
  });
}

import { useQuery } from '@tanstack/react-query';
import { api, isNotFound } from '../api';
import type { Schemas } from '../api-contract';

// The first-run state, apart from the /setup page: the sign-in page asks it on every visit and must not
// carry the setup page's code with it.

type SetupState = Schemas['SetupState'];
export type DemoLoad = Schemas['DemoLoad'];

/** A setup answer, or null once the setup is over (404): the page then sends the visitor to sign in. */
const orNull = <T>(p: Promise<T>) => p.catch((err: unknown) => (isNotFound(err) ? null : Promise.reject(err)));

export const setupQuery = { queryKey: ['setup'], queryFn: () => orNull(api<SetupState>('/setup', { allow401: true })), retry: false };
export const demoQuery = {
  queryKey: ['setup', 'demo'],
  queryFn: () => orNull(api<DemoLoad>('/setup/demo', { allow401: true })),
  retry: false,
};

/** On the sign-in page: whether the first-run page should be shown instead (no administrator yet, or a demo load of this browser). */
export function useSetupPending(): boolean {
  const state = useQuery(setupQuery);
  const demo = useQuery(demoQuery);
  return !!state.data || !!demo.data;
}

import { addDays } from '@qorgau/domain/protocol/kazakhstan-time';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { i18n, type Language } from '../../i18n/index.ts';
import { kzLocalInput } from '../cases/case-time.ts';

/*
 * The interagency response as the web app reads it: the protocol actions of a case and of an organisation,
 * mobile group dispatches, the school's tertiary-prevention plan and the KDN. Every change reads the affected
 * lists again (the case too: the response adds participants and tasks to it).
 */

export type ProtocolAction = Schemas['ProtocolAction'];
export type Dispatch = Schemas['Dispatch'];
export type TertiaryPlan = Schemas['TertiaryPlan'];

export const responseKeys = {
  caseActions: (caseId: string) => ['response', 'case-actions', caseId] as const,
  caseDispatches: (caseId: string) => ['response', 'case-dispatches', caseId] as const,
  tertiaryPlan: (caseId: string) => ['response', 'tertiary-plan', caseId] as const,
  caseKdn: (caseId: string) => ['response', 'case-kdn', caseId] as const,
  caseRehabilitation: (caseId: string) => ['response', 'case-rehabilitation', caseId] as const,
  inbox: (open: boolean) => ['response', 'inbox', open] as const,
  myDispatches: ['response', 'dispatches-mine'] as const,
  hearings: ['response', 'kdn-hearings'] as const,
  hearing: (hearingId: string) => ['response', 'kdn-hearing', hearingId] as const,
  versions: ['response', 'protocol-versions'] as const,
};

export function useCaseActions(caseId: string) {
  return useQuery({
    queryKey: responseKeys.caseActions(caseId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/cases/{caseId}/actions', { params: { path: { caseId } } })).then(
        (r) => r.items,
      ),
    retry: false,
  });
}

export function useCaseDispatches(caseId: string) {
  return useQuery({
    queryKey: responseKeys.caseDispatches(caseId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/cases/{caseId}/dispatches', { params: { path: { caseId } } })).then(
        (r) => r.items,
      ),
    retry: false,
  });
}

export function useTertiaryPlan(caseId: string) {
  return useQuery({
    queryKey: responseKeys.tertiaryPlan(caseId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/cases/{caseId}/tertiary-plan', { params: { path: { caseId } } })).then(
        (r) => r.plan,
      ),
    retry: false,
  });
}

export function useCaseKdn(caseId: string) {
  return useQuery({
    queryKey: responseKeys.caseKdn(caseId),
    queryFn: () => unwrap(api.GET('/api/v1/cases/{caseId}/kdn', { params: { path: { caseId } } })),
    retry: false,
  });
}

export function useCaseRehabilitation(caseId: string) {
  return useQuery({
    queryKey: responseKeys.caseRehabilitation(caseId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/cases/{caseId}/rehabilitation', { params: { path: { caseId } } })).then(
        (r) => r.items,
      ),
    retry: false,
  });
}

/** A change in the response: afterwards everything of the response and the cases is read again. */
export function useResponseChange<V, R>(change: (variables: V) => Promise<R>, onDone?: (r: R) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: async (result) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['response'] }),
        queryClient.invalidateQueries({ queryKey: ['case'] }),
        queryClient.invalidateQueries({ queryKey: ['cases'] }),
      ]);
      onDone?.(result);
    },
  });
}

/** The label of a code the domain labels, or the text itself when it is not one (a free-text activity). */
export function labelOr(t: TFunction, key: string, fallback: string): string {
  return i18n.exists(key) ? (t(key as never) as string) : fallback;
}

/** The colour of an action's or activity's state. */
export const STATUS_COLOURS = {
  open: 'blue',
  overdue: 'red',
  done: 'teal',
  done_late: 'orange',
} as const;

/**
 * A deadline as people read it: one at the end of a local day ("the same day", "within 3 days") is written as
 * 24:00 of that day, not as 00:00 of the next; any other as the date and time.
 */
export function formatDue(language: Language, iso: string): string {
  const local = kzLocalInput(Date.parse(iso));
  if (local.endsWith('T00:00')) return `${formatDate(language, addDays(local.slice(0, 10), -1))}, 24:00`;
  return formatDateTime(language, iso);
}

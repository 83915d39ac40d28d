import type {
  AssessmentV1,
  CasePlanV1,
  CaseWorkflowState,
  ConsentRecord,
  PersonRecord,
  Referral,
  Transfer,
} from '@qorgau/domain/cases/index';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';

/*
 * The case as the API sends it. The free-form parts (the child's record, the incident, the workflow, forms,
 * referral and transfer states) are described by the domain's types and validated by its schemas on the
 * way in; the API document only says "object", so they are read here with the domain's types.
 */

export type CaseDetail = Schemas['CaseDetail'];
export type CaseListItem = Schemas['CaseListItem'];

export interface Incident {
  occurredAt?: string | null;
  occurredOn?: string | null;
  approximate?: boolean;
  place: string;
  katoCode?: string | null;
  description: string;
  perpetrators: {
    relation: string;
    name?: string | null;
    familyMemberIndex?: number | null;
    livesWithChild?: boolean | null;
  }[];
}

export interface SavedForm<T> {
  revision: number;
  schemaVersion: number;
  data: T;
  savedAt: string;
}

export const childOf = (c: CaseDetail) => c.child.record as PersonRecord;
export const incidentOf = (c: CaseDetail) => c.incident as Incident;
export const workflowOf = (c: CaseDetail) => c.workflow as CaseWorkflowState;
export const consentOf = (c: CaseDetail) => c.consent as ConsentRecord | null;
export const referralStateOf = (r: CaseDetail['referrals'][number]) =>
  r.state as Referral & { note?: string | null };
export const transferStateOf = (t: CaseDetail['transfers'][number]) => t.state as Transfer;
export const assessmentOf = (c: CaseDetail) => c.forms.assessment as SavedForm<AssessmentV1> | null;
export const casePlanOf = (c: CaseDetail) => c.forms.casePlan as SavedForm<CasePlanV1> | null;
export const warningsOf = (c: CaseDetail) =>
  c.child.warnings as { path: (string | number)[]; code: string; i18n: string }[];

/** What the supervision page shows (the API describes it only as an object). */
export interface SupervisionOverview {
  caseload: { userId: string | null; name: string | null; openCases: number }[];
  overdueTasks: { caseId: string; number: string; taskId: string; title: string; dueAt: string }[];
  responseBreaches: { caseId: string; number: string; riskLevel: string; responseDueAt: string }[];
  awaitingApproval: { caseId: string; number: string; stage: string; subjects: string[] }[];
}

/** A case found by IIN for emergency access: only its number, status and owner. */
export interface LookupItem {
  caseId: string;
  number: string;
  status: string;
  owner: { kk: string; ru: string; en: string };
}

export const caseKey = (caseId: string) => ['case', caseId] as const;

/** One case in full; every look is audited by the server. */
export function useCase(caseId: string) {
  return useQuery({
    queryKey: caseKey(caseId),
    queryFn: () => unwrap(api.GET('/api/v1/cases/{caseId}', { params: { path: { caseId } } })),
    // A case someone may not open answers 404: asking again would not change that.
    retry: false,
  });
}

/** A change to a case: afterwards the case, the lists and the history are read again. */
export function useCaseChange<V, R>(
  caseId: string,
  change: (variables: V) => Promise<R>,
  onDone?: (r: R) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: async (result) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKey(caseId) }),
        queryClient.invalidateQueries({ queryKey: ['cases'] }),
        queryClient.invalidateQueries({ queryKey: ['case-history', caseId] }),
        queryClient.invalidateQueries({ queryKey: ['supervision'] }),
      ]);
      onDone?.(result);
    },
  });
}

/** A child's name as people write it: surname, given name, patronymic. */
export function childName(child: { surname: string; givenName: string; patronymic?: string | null }): string {
  return [child.surname, child.givenName, child.patronymic].filter(Boolean).join(' ');
}

/** Age in whole years on a date, from a birth date (YYYY-MM-DD). */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

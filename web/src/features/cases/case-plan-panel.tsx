import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Fieldset,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  ASSESSMENT_DOMAINS,
  type CasePlanV1,
  INTERVENTION_TYPES,
  REHABILITATION_SERVICES,
} from '@qorgau/domain/cases/index';
import { addDays } from '@qorgau/domain/protocol/kazakhstan-time';
import { IconAlertTriangle, IconCircleCheck, IconPlus, IconTrash } from '@tabler/icons-react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ErrorAlert, fieldError } from '../../components/error-alert.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { type CaseDetail, casePlanOf, useCaseChange } from './case-data.ts';
import { codeOptions } from './case-labels.ts';
import type { CaseAbilities } from './case-page.tsx';
import { kzToday } from './case-time.ts';
import { type Responsible, ResponsiblePicker } from './responsible-picker.tsx';
import { useRevisionForm } from './revision-form.ts';

interface Goal {
  id: string;
  description: string;
  domain: string | null;
  measure: string;
  targetDate: string;
}
interface Intervention {
  id: string;
  goalIds: string[];
  type: string | null;
  description: string;
  responsible: Responsible;
  startDate: string;
  dueDate: string;
  frequency: string;
}
interface Rehabilitation {
  service: string | null;
  childWas: string | null;
  responsible: Responsible;
  startDate: string;
  dueDate: string;
}
interface PlanForm {
  goals: Goal[];
  interventions: Intervention[];
  safetyNeeded: boolean;
  safetySteps: { action: string; dueDate: string }[];
  safeAdults: { name: string; relation: string }[];
  childKnowsHowToGetHelp: boolean;
  rehabilitation: Rehabilitation[];
  reviewDate: string;
}

type SavedResponsible = CasePlanV1['interventions'][number]['responsible'];
const responsibleOf = (r: SavedResponsible): Responsible => ({
  organisationId: r.organisationId,
  organisationType: r.organisationType,
  personName: r.personName ?? '',
});
const text = (v: string) => v.trim() || null;
const nextId = (prefix: string, ids: string[]) =>
  `${prefix}${Math.max(0, ...ids.map((id) => Number(id.slice(prefix.length)) || 0)) + 1}`;

function formOf(saved: CasePlanV1 | null): PlanForm {
  const today = kzToday();
  if (!saved) {
    return {
      goals: [{ id: 'g1', description: '', domain: null, measure: '', targetDate: addDays(today, 90) }],
      interventions: [],
      safetyNeeded: false,
      safetySteps: [],
      safeAdults: [],
      childKnowsHowToGetHelp: false,
      rehabilitation: [],
      reviewDate: addDays(today, 30),
    };
  }
  return {
    goals: saved.goals.map((g) => ({
      id: g.id,
      description: g.description,
      domain: g.domain ?? null,
      measure: g.measure ?? '',
      targetDate: g.targetDate,
    })),
    interventions: saved.interventions.map((i) => ({
      id: i.id,
      goalIds: [...i.goalIds],
      type: i.type,
      description: i.description ?? '',
      responsible: responsibleOf(i.responsible),
      startDate: i.startDate,
      dueDate: i.dueDate,
      frequency: i.frequency ?? '',
    })),
    safetyNeeded: saved.safetyPlan.needed,
    safetySteps: saved.safetyPlan.steps.map((s) => ({ action: s.action, dueDate: s.dueDate ?? '' })),
    safeAdults: saved.safetyPlan.safeAdults.map((a) => ({ name: a.name, relation: a.relation ?? '' })),
    childKnowsHowToGetHelp: saved.safetyPlan.childKnowsHowToGetHelp,
    rehabilitation: saved.rehabilitation.map((r) => ({
      service: r.service,
      childWas: r.childWas,
      responsible: responsibleOf(r.responsible),
      startDate: r.startDate,
      dueDate: r.dueDate,
    })),
    reviewDate: saved.reviewDate,
  };
}

const responsibleData = (r: Responsible) => ({
  organisationId: r.organisationId,
  organisationType: r.organisationType,
  personName: text(r.personName),
});

/** The plan as the server's schema (domain/src/cases/forms/case-plan.ts) reads it; the server judges it. */
function dataOf(form: PlanForm) {
  return {
    version: 1,
    goals: form.goals.map((g) => ({
      id: g.id,
      description: g.description.trim(),
      domain: g.domain,
      measure: text(g.measure),
      targetDate: g.targetDate,
    })),
    interventions: form.interventions.map((i) => ({
      id: i.id,
      goalIds: i.goalIds,
      type: i.type,
      description: text(i.description),
      responsible: responsibleData(i.responsible),
      startDate: i.startDate,
      dueDate: i.dueDate,
      frequency: text(i.frequency),
    })),
    safetyPlan: {
      needed: form.safetyNeeded,
      steps: form.safetyNeeded
        ? form.safetySteps.map((s) => ({ action: s.action.trim(), dueDate: s.dueDate || null }))
        : [],
      safeAdults: form.safeAdults.map((a) => ({ name: a.name.trim(), relation: text(a.relation) })),
      childKnowsHowToGetHelp: form.childKnowsHowToGetHelp,
    },
    rehabilitation: form.rehabilitation.map((r) => ({
      service: r.service,
      childWas: r.childWas,
      responsible: responsibleData(r.responsible),
      startDate: r.startDate,
      dueDate: r.dueDate,
    })),
    reviewDate: form.reviewDate,
  };
}

function Item({
  title,
  onRemove,
  removeLabel,
  children,
}: {
  title: string;
  onRemove: () => void;
  removeLabel: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" mb="xs">
        <Text fw={600} size="sm">
          {title}
        </Text>
        <ActionIcon variant="subtle" color="red" aria-label={removeLabel} onClick={onRemove}>
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Group>
      <Stack gap="sm">{children}</Stack>
    </Card>
  );
}

/**
 * The case plan: goals, the interventions serving them (who is responsible, from when to when), the safety
 * plan and rehabilitation services. Each save is a new revision, submitted for approval from the workflow bar.
 */
export function CasePlanPanel({ detail, abilities }: { detail: CaseDetail; abilities: CaseAbilities }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const saved = casePlanOf(detail);
  const owner: Responsible = {
    organisationId: detail.owner.organisationId,
    organisationType: detail.owner.organisation?.type ?? null,
    personName: detail.owner.user ?? '',
  };
  const { form, set, markSaved, newerSaved } = useRevisionForm(saved?.revision ?? 0, () =>
    formOf(saved?.data ?? null),
  );
  const save = useCaseChange(
    detail.id,
    () =>
      unwrap(
        api.PUT('/api/v1/cases/{caseId}/forms/{form}', {
          params: { path: { caseId: detail.id, form: 'case_plan' } },
          body: { data: dataOf(form) },
        }),
      ),
    (result) => markSaved(result.revision),
  );
  const e = (field: string) => fieldError(save.error, `data.${field}`);
  const editable = abilities.work;
  const today = kzToday();
  const goalOptions = form.goals.map((g, i) => ({
    value: g.id,
    label: g.description.trim()
      ? `${i + 1}. ${g.description.trim().slice(0, 60)}`
      : t('cases.plan.goalN', { n: i + 1 }),
  }));
  const patchList = <K extends 'goals' | 'interventions' | 'rehabilitation' | 'safetySteps' | 'safeAdults'>(
    key: K,
    index: number,
    patch: Partial<PlanForm[K][number]>,
  ) => set({ [key]: form[key].map((x, i) => (i === index ? { ...x, ...patch } : x)) } as Partial<PlanForm>);
  const remove = (
    key: 'goals' | 'interventions' | 'rehabilitation' | 'safetySteps' | 'safeAdults',
    index: number,
  ) => set({ [key]: form[key].filter((_, i) => i !== index) } as Partial<PlanForm>);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(undefined);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('cases.tab.plan')}>
      <Stack gap="md">
        <Text size="sm" c="dimmed" data-testid="plan-revision">
          {saved
            ? t('cases.forms.revision', { n: saved.revision, at: formatDateTime(language, saved.savedAt) })
            : t('cases.forms.none')}
        </Text>
        {!editable && <Text size="sm">{t('cases.forms.readOnly')}</Text>}
        {newerSaved && !save.isPending && (
          <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} data-testid="newer-revision">
            {t('cases.forms.newerSaved')}
          </Alert>
        )}
        <fieldset disabled={!editable} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Stack gap="md">
            <Fieldset legend={t('cases.plan.goals')}>
              <Stack gap="sm">
                {e('goals') && (
                  <Text c="red.9" size="sm" role="alert">
                    {e('goals')}
                  </Text>
                )}
                {form.goals.map((g, i) => (
                  <Item
                    key={g.id}
                    title={t('cases.plan.goalN', { n: i + 1 })}
                    removeLabel={t('cases.plan.removeGoal', { n: i + 1 })}
                    onRemove={() => remove('goals', i)}
                  >
                    <Textarea
                      label={t('cases.plan.goal')}
                      required
                      autosize
                      minRows={2}
                      value={g.description}
                      onChange={(ev) => patchList('goals', i, { description: ev.currentTarget.value })}
                      error={e(`goals.${i}.description`)}
                    />
                    <SimpleGrid cols={{ base: 1, sm: 3 }}>
                      <Select
                        label={t('cases.plan.domain')}
                        data={codeOptions(t, 'assessmentDomain', ASSESSMENT_DOMAINS)}
                        value={g.domain}
                        onChange={(domain) => patchList('goals', i, { domain })}
                        clearable
                        error={e(`goals.${i}.domain`)}
                      />
                      <TextInput
                        label={t('cases.plan.measure')}
                        value={g.measure}
                        onChange={(ev) => patchList('goals', i, { measure: ev.currentTarget.value })}
                        error={e(`goals.${i}.measure`)}
                      />
                      <TextInput
                        type="date"
                        label={t('cases.plan.targetDate')}
                        required
                        value={g.targetDate}
                        onChange={(ev) => patchList('goals', i, { targetDate: ev.currentTarget.value })}
                        error={e(`goals.${i}.targetDate`)}
                      />
                    </SimpleGrid>
                  </Item>
                ))}
                {editable && (
                  <Button
                    variant="default"
                    leftSection={<IconPlus size={16} aria-hidden />}
                    onClick={() =>
                      set({
                        goals: [
                          ...form.goals,
                          {
                            id: nextId(
                              'g',
                              form.goals.map((g) => g.id),
                            ),
                            description: '',
                            domain: null,
                            measure: '',
                            targetDate: addDays(today, 90),
                          },
                        ],
                      })
                    }
                    w={{ base: '100%', sm: 'auto' }}
                  >
                    {t('cases.plan.addGoal')}
                  </Button>
                )}
              </Stack>
            </Fieldset>

            <Fieldset legend={t('cases.plan.interventions')}>
              <Stack gap="sm">
                {form.interventions.length === 0 && (
                  <Text size="sm" c="dimmed">
                    {t('cases.plan.noInterventions')}
                  </Text>
                )}
                {form.interventions.map((x, i) => (
                  <Item
                    key={x.id}
                    title={t('cases.plan.interventionN', { n: i + 1 })}
                    removeLabel={t('cases.plan.removeIntervention', { n: i + 1 })}
                    onRemove={() => remove('interventions', i)}
                  >
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <Select
                        label={t('cases.plan.service')}
                        required
                        searchable
                        data={codeOptions(t, 'intervention', INTERVENTION_TYPES)}
                        value={x.type}
                        onChange={(type) => patchList('interventions', i, { type })}
                        error={e(`interventions.${i}.type`)}
                      />
                      <MultiSelect
                        label={t('cases.plan.forGoals')}
                        required
                        data={goalOptions}
                        value={x.goalIds}
                        onChange={(goalIds) => patchList('interventions', i, { goalIds })}
                        error={e(`interventions.${i}.goalIds`) ?? e(`interventions.${i}.goalIds.0`)}
                      />
                    </SimpleGrid>
                    <TextInput
                      label={t('cases.plan.description')}
                      value={x.description}
                      onChange={(ev) =>
                        patchList('interventions', i, { description: ev.currentTarget.value })
                      }
                      error={e(`interventions.${i}.description`)}
                    />
                    <ResponsiblePicker
                      value={x.responsible}
                      onChange={(responsible) => patchList('interventions', i, { responsible })}
                      errorOf={(f) =>
                        e(`interventions.${i}.responsible.${f}`) ??
                        (f === 'organisationId' ? e(`interventions.${i}.responsible`) : undefined)
                      }
                    />
                    <SimpleGrid cols={{ base: 1, sm: 3 }}>
                      <TextInput
                        type="date"
                        label={t('cases.plan.startDate')}
                        required
                        value={x.startDate}
                        onChange={(ev) =>
                          patchList('interventions', i, { startDate: ev.currentTarget.value })
                        }
                        error={e(`interventions.${i}.startDate`)}
                      />
                      <TextInput
                        type="date"
                        label={t('cases.plan.dueDate')}
                        required
                        value={x.dueDate}
                        onChange={(ev) => patchList('interventions', i, { dueDate: ev.currentTarget.value })}
                        error={e(`interventions.${i}.dueDate`)}
                      />
                      <TextInput
                        label={t('cases.plan.frequency')}
                        value={x.frequency}
                        onChange={(ev) =>
                          patchList('interventions', i, { frequency: ev.currentTarget.value })
                        }
                        error={e(`interventions.${i}.frequency`)}
                      />
                    </SimpleGrid>
                  </Item>
                ))}
                {editable && (
                  <Button
                    variant="default"
                    leftSection={<IconPlus size={16} aria-hidden />}
                    onClick={() =>
                      set({
                        interventions: [
                          ...form.interventions,
                          {
                            id: nextId(
                              'i',
                              form.interventions.map((x) => x.id),
                            ),
                            goalIds: form.goals[0] ? [form.goals[0].id] : [],
                            type: null,
                            description: '',
                            responsible: owner,
                            startDate: today,
                            dueDate: addDays(today, 30),
                            frequency: '',
                          },
                        ],
                      })
                    }
                    w={{ base: '100%', sm: 'auto' }}
                  >
                    {t('cases.plan.addIntervention')}
                  </Button>
                )}
              </Stack>
            </Fieldset>

            <Fieldset legend={t('cases.plan.safetyPlan')}>
              <Stack gap="sm">
                <Switch
                  label={t('cases.plan.safetyNeeded')}
                  checked={form.safetyNeeded}
                  onChange={(ev) => set({ safetyNeeded: ev.currentTarget.checked })}
                />
                {form.safetyNeeded &&
                  form.safetySteps.map((s, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: safety steps have no identity of their own
                    <Group key={i} align="flex-end" wrap="wrap">
                      <TextInput
                        label={t('cases.plan.safetyStepN', { n: i + 1 })}
                        required
                        value={s.action}
                        onChange={(ev) => patchList('safetySteps', i, { action: ev.currentTarget.value })}
                        error={e(`safetyPlan.steps.${i}.action`)}
                        style={{ flex: 1 }}
                        miw={240}
                      />
                      <TextInput
                        type="date"
                        label={t('cases.plan.dueDate')}
                        value={s.dueDate}
                        onChange={(ev) => patchList('safetySteps', i, { dueDate: ev.currentTarget.value })}
                        error={e(`safetyPlan.steps.${i}.dueDate`)}
                      />
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        mb={6}
                        aria-label={t('cases.plan.removeSafetyStep', { n: i + 1 })}
                        onClick={() => remove('safetySteps', i)}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Group>
                  ))}
                {form.safetyNeeded && editable && (
                  <Button
                    variant="default"
                    size="xs"
                    leftSection={<IconPlus size={14} aria-hidden />}
                    onClick={() => set({ safetySteps: [...form.safetySteps, { action: '', dueDate: '' }] })}
                    w="fit-content"
                  >
                    {t('cases.plan.addSafetyStep')}
                  </Button>
                )}
                {form.safeAdults.map((a, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: safe adults have no identity of their own
                  <Group key={i} align="flex-end" wrap="wrap">
                    <TextInput
                      label={t('cases.plan.safeAdultN', { n: i + 1 })}
                      required
                      value={a.name}
                      onChange={(ev) => patchList('safeAdults', i, { name: ev.currentTarget.value })}
                      error={e(`safetyPlan.safeAdults.${i}.name`)}
                    />
                    <TextInput
                      label={t('cases.plan.safeAdultRelation')}
                      value={a.relation}
                      onChange={(ev) => patchList('safeAdults', i, { relation: ev.currentTarget.value })}
                    />
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      mb={6}
                      aria-label={t('cases.plan.removeSafeAdult', { n: i + 1 })}
                      onClick={() => remove('safeAdults', i)}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Group>
                ))}
                {editable && (
                  <Button
                    variant="default"
                    size="xs"
                    leftSection={<IconPlus size={14} aria-hidden />}
                    onClick={() => set({ safeAdults: [...form.safeAdults, { name: '', relation: '' }] })}
                    w="fit-content"
                  >
                    {t('cases.plan.addSafeAdult')}
                  </Button>
                )}
                <Switch
                  label={t('cases.plan.childKnowsHowToGetHelp')}
                  checked={form.childKnowsHowToGetHelp}
                  onChange={(ev) => set({ childKnowsHowToGetHelp: ev.currentTarget.checked })}
                />
              </Stack>
            </Fieldset>

            <Fieldset legend={t('cases.plan.rehabilitation')}>
              <Stack gap="sm">
                <Text size="sm" c="dimmed">
                  {t('cases.plan.rehabilitationHelp')}
                </Text>
                {form.rehabilitation.map((r, i) => (
                  <Item
                    // biome-ignore lint/suspicious/noArrayIndexKey: services have no identity of their own
                    key={i}
                    title={t('cases.plan.rehabilitationN', { n: i + 1 })}
                    removeLabel={t('cases.plan.removeRehabilitation', { n: i + 1 })}
                    onRemove={() => remove('rehabilitation', i)}
                  >
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <Select
                        label={t('cases.plan.service')}
                        required
                        data={codeOptions(t, 'rehabilitation', REHABILITATION_SERVICES)}
                        value={r.service}
                        onChange={(service) => patchList('rehabilitation', i, { service })}
                        error={e(`rehabilitation.${i}.service`)}
                      />
                      <Select
                        label={t('cases.plan.childWas')}
                        required
                        data={codeOptions(t, 'childWas', ['victim', 'witness'])}
                        value={r.childWas}
                        onChange={(childWas) => patchList('rehabilitation', i, { childWas })}
                        error={e(`rehabilitation.${i}.childWas`)}
                      />
                    </SimpleGrid>
                    <ResponsiblePicker
                      value={r.responsible}
                      onChange={(responsible) => patchList('rehabilitation', i, { responsible })}
                      errorOf={(f) => e(`rehabilitation.${i}.responsible.${f}`)}
                    />
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <TextInput
                        type="date"
                        label={t('cases.plan.startDate')}
                        required
                        value={r.startDate}
                        onChange={(ev) =>
                          patchList('rehabilitation', i, { startDate: ev.currentTarget.value })
                        }
                        error={e(`rehabilitation.${i}.startDate`)}
                      />
                      <TextInput
                        type="date"
                        label={t('cases.plan.dueDate')}
                        required
                        value={r.dueDate}
                        onChange={(ev) => patchList('rehabilitation', i, { dueDate: ev.currentTarget.value })}
                        error={e(`rehabilitation.${i}.dueDate`)}
                      />
                    </SimpleGrid>
                  </Item>
                ))}
                {editable && (
                  <Button
                    variant="default"
                    leftSection={<IconPlus size={16} aria-hidden />}
                    onClick={() =>
                      set({
                        rehabilitation: [
                          ...form.rehabilitation,
                          {
                            service: null,
                            childWas: null,
                            responsible: owner,
                            startDate: today,
                            dueDate: addDays(today, 90),
                          },
                        ],
                      })
                    }
                    w={{ base: '100%', sm: 'auto' }}
                  >
                    {t('cases.plan.addRehabilitation')}
                  </Button>
                )}
              </Stack>
            </Fieldset>

            <TextInput
              type="date"
              label={t('cases.plan.reviewDate')}
              required
              value={form.reviewDate}
              onChange={(ev) => set({ reviewDate: ev.currentTarget.value })}
              error={e('reviewDate')}
              w={{ base: '100%', sm: 220 }}
            />
          </Stack>
        </fieldset>
        <ErrorAlert error={save.error} />
        {save.isSuccess && (
          <Alert color="teal" icon={<IconCircleCheck aria-hidden />} data-testid="form-saved">
            {t('cases.forms.saved', { n: save.data.revision })}
          </Alert>
        )}
        {editable && (
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('cases.forms.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

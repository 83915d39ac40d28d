import { Alert, Button, Group, List, Stack, Stepper, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconArrowRight, IconCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { Page } from '../../../components/page.tsx';
import { kzLocalInput, kzLocalInputToIso, kzToday } from '../case-time.ts';
import { ChildStep, type Errors } from './child-step.tsx';
import { DuplicatesStep } from './duplicates-step.tsx';
import { IncidentStep } from './incident-step.tsx';
import {
  duplicateQuery,
  emptyRegistration,
  fieldErrors,
  type RegistrationForm,
  registrationBody,
  STEPS,
  stepOfField,
} from './registration-form.ts';
import { TriageStep } from './triage-step.tsx';

/** What must be filled before moving on; the server checks everything else when the case is sent. */
function missingFields(form: RegistrationForm, step: number): string[] {
  const missing: string[] = [];
  if (step === 0) {
    if (!form.surname.trim()) missing.push('child.name.surname');
    if (!form.givenName.trim()) missing.push('child.name.givenName');
    if (form.birthKnown === 'date' && !form.birthDate) missing.push('child.birthDate');
    if (form.birthKnown === 'age' && form.estimatedAge === '') missing.push('child.estimatedAge.years');
  }
  if (step === 2) {
    if (!form.source) missing.push('source');
    if (form.concerns.length === 0) missing.push('concerns');
    if (!form.place) missing.push('incident.place');
    if (!form.description.trim()) missing.push('incident.description');
  }
  if (step === 3) {
    if (!form.riskLevel) missing.push('triage.riskLevel');
    if (!form.riskReason.trim()) missing.push('triage.reason');
  }
  return missing;
}

/**
 * Registration in four steps — the child, the duplicate check, the report and incident, the triage — sent
 * all at once at the end. The server's field errors come back to the step that holds the field.
 */
export function RegisterCasePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form, setForm] = useState<RegistrationForm>(emptyRegistration);
  const [reportedAt, setReportedAt] = useState(() => kzLocalInput());
  const [step, setStep] = useState(0);
  const [errors, setErrors] = useState<Errors>({});
  const set = (patch: Partial<RegistrationForm>) => setForm((old) => ({ ...old, ...patch }));

  const duplicates = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/persons/duplicates', { body: duplicateQuery(form, kzToday()) })).then(
        (r) => r.items,
      ),
  });
  const register = useMutation({
    mutationFn: () => {
      const body = registrationBody(form, kzLocalInputToIso(reportedAt) ?? '', kzToday());
      return unwrap(api.POST('/api/v1/cases', { body }));
    },
    onSuccess: (result) =>
      void navigate({
        to: '/cases/$caseId',
        params: { caseId: result.caseId },
        search: { registered: true },
      }),
    onError: (error) => {
      const found = fieldErrors(error);
      if (found.length > 0) {
        setErrors(Object.fromEntries(found));
        setStep(Math.min(...found.map(([field]) => stepOfField(field))));
      } else if (error instanceof ApiError && error.code === 'IIN_TAKEN') {
        setErrors({ 'child.iin': error.message });
        setStep(1);
      }
    },
  });

  const required = t('cases.fieldRequired');
  const goTo = (next: number) => {
    if (next > step) {
      for (let s = step; s < next; s++) {
        const missing = missingFields(form, s);
        if (missing.length > 0) {
          setErrors(Object.fromEntries(missing.map((f) => [f, required])));
          setStep(s);
          return;
        }
      }
    }
    setErrors({});
    register.reset();
    if (step === 0 && next === 1) {
      // Asked afresh each time: the name or birth date may have changed since.
      set({ existingChildId: null });
      duplicates.mutate();
    }
    setStep(next);
  };
  const submit = () => {
    const missing = missingFields(form, 3);
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((f) => [f, required])));
      return;
    }
    setErrors({});
    register.mutate();
  };

  const stepErrors = Object.entries(errors).filter(([field]) => stepOfField(field) === step);
  const labels = STEPS.map((s) => t(`cases.step.${s}`));

  return (
    <Page title={t('cases.registerTitle')}>
      <Stepper
        active={step}
        onStepClick={(s) => (s < step ? goTo(s) : undefined)}
        allowNextStepsSelect={false}
        size="sm"
        wrap
      >
        {labels.map((label, i) => (
          <Stepper.Step key={STEPS[i]} label={label} />
        ))}
      </Stepper>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('cases.stepOf', { n: step + 1, total: STEPS.length, label: labels[step] ?? '' })}
      </Text>
      {stepErrors.length > 0 && (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert" title={t('cases.fixFields')}>
          <List size="sm">
            {stepErrors.map(([field, message]) => (
              <List.Item key={field}>{message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {step === 0 && <ChildStep form={form} set={set} errors={errors} />}
      {step === 1 && (
        <DuplicatesStep
          candidates={duplicates.data}
          loading={duplicates.isPending}
          error={
            duplicates.error ??
            (register.error instanceof ApiError && register.error.code === 'IIN_TAKEN'
              ? register.error
              : null)
          }
          chosen={form.existingChildId}
          onChoose={(existingChildId) => set({ existingChildId })}
        />
      )}
      {step === 2 && (
        <Stack gap="lg">
          <TextInput
            type="datetime-local"
            label={t('cases.report.reportedAt')}
            required
            value={reportedAt}
            onChange={(e) => setReportedAt(e.currentTarget.value)}
            error={errors.reportedAt}
            w={{ base: '100%', sm: 260 }}
          />
          <IncidentStep form={form} set={set} errors={errors} />
        </Stack>
      )}
      {step === 3 && <TriageStep form={form} set={set} errors={errors} />}
      {register.error && fieldErrors(register.error).length === 0 && <ErrorAlert error={register.error} />}
      <Group justify="space-between">
        <Button
          variant="default"
          leftSection={<IconArrowLeft size={16} aria-hidden />}
          onClick={() => goTo(step - 1)}
          disabled={step === 0}
        >
          {t('cases.back')}
        </Button>
        {step < STEPS.length - 1 ? (
          <Button rightSection={<IconArrowRight size={16} aria-hidden />} onClick={() => goTo(step + 1)}>
            {step === 0 ? t('cases.checkDuplicates') : t('cases.next')}
          </Button>
        ) : (
          <Button
            leftSection={<IconCheck size={16} aria-hidden />}
            onClick={submit}
            loading={register.isPending}
          >
            {t('cases.submitRegistration')}
          </Button>
        )}
      </Group>
    </Page>
  );
}

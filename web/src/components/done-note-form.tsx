import { Button, Group, Stack, Textarea } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, fieldError } from './error-alert.tsx';

/** The mutation that records something as done: what the form needs of it. */
interface DoneMutation {
  readonly error: unknown;
  readonly isPending: boolean;
  mutate(variables: undefined): void;
}

/**
 * "What was done?": the note a person writes when marking a task, a protocol action or a plan's activity
 * done, with the server's field error under it, the button that records it and a way back.
 */
export function DoneNoteForm(props: {
  label: string;
  submitLabel: string;
  /** The request field the note is sent as, for the server's error on it. */
  field: string;
  value: string;
  onChange: (value: string) => void;
  mutation: DoneMutation;
  onCancel: () => void;
  icon?: boolean;
}) {
  const { t } = useTranslation();
  const { mutation } = props;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        mutation.mutate(undefined);
      }}
      noValidate
    >
      <Stack gap="xs" mt="xs" maw={640}>
        <Textarea
          label={props.label}
          required
          autosize
          minRows={2}
          value={props.value}
          onChange={(e) => props.onChange(e.currentTarget.value)}
          error={fieldError(mutation.error, props.field)}
        />
        <ErrorAlert error={mutation.error} />
        <Group gap="xs">
          <Button
            size="xs"
            type="submit"
            loading={mutation.isPending}
            leftSection={props.icon ? <IconCircleCheck size={14} aria-hidden /> : undefined}
          >
            {props.submitLabel}
          </Button>
          <Button size="xs" variant="default" onClick={props.onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

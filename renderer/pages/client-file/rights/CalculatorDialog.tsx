// "Calculate": one calculator run on the server (rights.run) with the inputs the scan gave it,
// each editable, and the full result below. Nothing is saved.
import { Alert, Button, Divider, Grid, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isError } from '../../../../shared/rules/run';
import type { RuleResult } from '../../../../shared/rules/types';
import { call } from '../../../api/client';
import { Ltr } from '../../../components/Ltr';
import { calcFields, inputOf, inputTexts, type CalcField, type InputErrors, type InputTexts } from './calcInputs';
import { ResultBody } from './ResultBody';
import { VerdictBadge, verdictOf } from './VerdictBadge';

const JSON_EXAMPLE = '{"monthlyIncome": "0"}';

interface Props {
  clientId: number;
  calculator: string;
  /** What the scan fed the calculator. */
  input: Record<string, unknown>;
  onClose(): void;
}

function Field({
  field,
  text,
  error,
  onChange,
}: {
  field: CalcField;
  text: string;
  error?: string;
  onChange(text: string): void;
}) {
  const { t } = useTranslation();
  const label = t(`rights.inputs.${field.label}`);
  if (field.kind === 'boolean' || field.kind === 'presence' || field.kind === 'choice') {
    const data =
      field.kind === 'choice'
        ? (field.values ?? []).map((value) => ({ value, label: t(`rights.inputValues.${value}`) }))
        : [
            { value: 'true', label: t('rights.yes') },
            { value: 'false', label: t('rights.no') },
          ];
    // "Has a spouse" is always yes or no: no spouse is an answer, not a blank.
    const clearable = field.kind !== 'presence' && !field.required;
    return (
      <Select
        label={label}
        data={data}
        value={text || null}
        onChange={(v) => onChange(v ?? '')}
        clearable={clearable}
        allowDeselect={clearable}
        searchable
        withAsterisk={field.required}
        placeholder={t('rights.calc.notSet')}
        error={error}
      />
    );
  }
  const help =
    field.kind === 'date' ? (
      t('rights.calc.dateHelp')
    ) : field.kind === 'json' ? (
      <>
        {t('rights.calc.jsonHelp')} <Ltr>{JSON_EXAMPLE}</Ltr>
      </>
    ) : undefined;
  return (
    <TextInput
      label={label}
      description={help}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      value={text}
      onChange={(event) => onChange(event.currentTarget.value)}
      withAsterisk={field.required}
      placeholder={t('rights.calc.notSet')}
      error={error}
      dir="ltr"
      className="ltr-input"
    />
  );
}

export function CalculatorDialog({ clientId, calculator, input, onClose }: Props) {
  const { t } = useTranslation();
  const fields = calcFields(calculator);
  const [texts, setTexts] = useState<InputTexts>(() => inputTexts(fields, input));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<RuleResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const name = t(`rights.calculators.${calculator}`, { defaultValue: calculator });

  const run = async () => {
    setFailure(null);
    const parsed = inputOf(fields, texts);
    const own = Object.fromEntries(
      Object.entries(parsed.errors as InputErrors).map(([k, v]) => [k, t(`rights.calc.${v}`)]),
    );
    setErrors(own);
    if (Object.keys(own).length > 0) return;
    setRunning(true);
    const reply = await call('rights.run', { calculator, input: parsed.input });
    setRunning(false);
    if (!reply.ok) return setFailure(reply.error.message);
    if (isError(reply.value)) {
      const named = reply.value.error.field;
      const field = fields.some((f) => f.name === named) ? named : named.split('.')[0]!;
      if (fields.some((f) => f.name === field)) setErrors({ [field]: reply.value.error.message });
      else setFailure(reply.value.error.message);
      setResult(null);
      return;
    }
    setResult(reply.value);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('rights.calc.title', { name })}
      size="xl"
      className="rights-readable"
      closeButtonProps={{ 'aria-label': t('rights.calc.close') }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('rights.calc.intro')}
          </Text>
          <Grid gap="sm">
            {fields
              .filter((field) => !field.parent || texts[field.parent] === 'true')
              .map((field) => (
                <Grid.Col span={{ base: 12, sm: 6 }} key={field.name}>
                  <Field
                    field={field}
                    text={texts[field.name] ?? ''}
                    error={errors[field.name]}
                    onChange={(text) => setTexts({ ...texts, [field.name]: text })}
                  />
                </Grid.Col>
              ))}
          </Grid>
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <Button type="submit" loading={running} style={{ alignSelf: 'flex-start' }}>
            {t('rights.calc.run')}
          </Button>
          {result && (
            <Stack gap="sm" data-testid="calc-result">
              <Divider label={t('rights.calc.result')} labelPosition="right" />
              <VerdictBadge verdict={verdictOf(result.eligible)} />
              <Text size="xs" c="dimmed">
                {t('rights.estimate')}
              </Text>
              <ResultBody clientId={clientId} result={result} missing={result.missing} />
            </Stack>
          )}
        </Stack>
      </form>
    </Modal>
  );
}

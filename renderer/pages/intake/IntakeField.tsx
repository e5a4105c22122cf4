// One field of an intake record row, drawn by its kind (record configs of the client file), with the
// Hebrew error under it.
import { Checkbox, Textarea } from '@mantine/core';
import { get, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IntakeRecordKind } from '../../../shared/schemas/intake';
import { FormSelect } from '../../forms/FormSelect';
import { FormTextField } from '../../forms/FormTextField';
import { ImpairmentSectionField } from '../../forms/ImpairmentSectionField';
import { inputModeOf, type FieldSpec } from '../client-file/records/recordConfigs';
import type { IntakeRecordsValues } from './intakeRecords';

const PLACEHOLDERS: Partial<Record<FieldSpec['kind'], string>> = { date: 'dd/mm/yyyy', month: 'mm/yyyy' };
const SUFFIX: Partial<Record<FieldSpec['kind'], string>> = { money: '₪', percent: '%' };

interface Props {
  form: UseFormReturn<IntakeRecordsValues>;
  kind: IntakeRecordKind;
  index: number;
  spec: FieldSpec;
}

export function IntakeField({ form, kind, index, spec }: Props) {
  const { t } = useTranslation();
  const name = `${kind}.${index}.${spec.name}` as Path<IntakeRecordsValues>;
  const label = t(`intake.fields.${kind}.${spec.name}`);

  if (spec.kind === 'choice') {
    const data = (spec.choices ?? []).map((value) => ({ value, label: t(`intake.enums.${spec.group}.${value}`) }));
    return (
      <FormSelect
        form={form}
        name={name}
        label={label}
        required={spec.required}
        placeholder={t('intake.choose')}
        data={data}
      />
    );
  }
  if (spec.kind === 'impairmentSection') {
    const fills = `${kind}.${index}.${spec.fills ?? spec.name}` as Path<IntakeRecordsValues>;
    return <ImpairmentSectionField form={form} name={name} descriptionName={fills} label={label} />;
  }
  if (spec.kind === 'bool') return <Checkbox mt="lg" label={label} {...form.register(name)} />;
  if (spec.kind === 'longText') {
    const error = (get(form.formState.errors, name) as { message?: string } | undefined)?.message;
    return <Textarea label={label} autosize minRows={2} maxRows={5} {...form.register(name)} error={error} />;
  }
  return (
    <FormTextField
      form={form}
      name={name}
      label={label}
      required={spec.required}
      placeholder={PLACEHOLDERS[spec.kind]}
      ltr={spec.kind !== 'text'}
      inputMode={inputModeOf(spec.kind)}
      rightSection={SUFFIX[spec.kind]}
    />
  );
}

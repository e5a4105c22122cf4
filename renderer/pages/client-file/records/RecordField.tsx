// One field of a record form, drawn by its kind; the Hebrew error sits under it.
import { Checkbox, MultiSelect, Textarea } from '@mantine/core';
import { Controller, get, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { benefits } from '../../../../shared/domain/enums';
import { FormSelect } from '../../../forms/FormSelect';
import { FormTextField } from '../../../forms/FormTextField';
import { ImpairmentSectionField } from '../../../forms/ImpairmentSectionField';
import { useClientFile } from '../useClientFile';
import { ImpairmentsField } from './ImpairmentsField';
import { inputModeOf, type FieldSpec } from './recordConfigs';
import type { RecordValues } from './recordValues';

const PLACEHOLDERS: Partial<Record<FieldSpec['kind'], string>> = { date: 'dd/mm/yyyy', month: 'mm/yyyy' };
const SUFFIX: Partial<Record<FieldSpec['kind'], string>> = { money: '₪', percent: '%', decimalPercent: '%' };

export function RecordField({
  spec,
  form,
  autoFocus,
}: {
  spec: FieldSpec;
  form: UseFormReturn<RecordValues>;
  autoFocus: boolean;
}) {
  const { t } = useTranslation();
  const { file } = useClientFile();
  const label = t(`clientFile.fields.${spec.name}`);
  // The drawer's focus trap focuses the element marked so when it opens.
  const focusProps = autoFocus ? { 'data-autofocus': true } : {};
  const error = (get(form.formState.errors, spec.name) as { message?: string } | undefined)?.message;

  switch (spec.kind) {
    case 'choice':
      return (
        <FormSelect
          form={form}
          name={spec.name}
          label={label}
          required={spec.required}
          placeholder={t('clientFile.choose')}
          {...focusProps}
          data={(spec.choices ?? []).map((value) => ({ value, label: t(`clientFile.enums.${spec.group}.${value}`) }))}
        />
      );
    case 'familyMember':
      return (
        <FormSelect
          form={form}
          name={spec.name}
          label={label}
          placeholder={t('clientFile.none')}
          {...focusProps}
          data={file.family.map((member) => ({
            value: String(member.id),
            label: `${member.firstName} ${member.lastName ?? ''}`.trim(),
          }))}
        />
      );
    case 'bool':
      return <Checkbox mt="lg" label={label} {...focusProps} {...form.register(spec.name)} />;
    case 'longText':
      return (
        <Textarea
          label={label}
          autosize
          minRows={2}
          maxRows={6}
          {...focusProps}
          {...form.register(spec.name)}
          error={error}
        />
      );
    case 'benefits':
      return (
        <Controller
          control={form.control}
          name={spec.name}
          render={({ field }) => (
            <MultiSelect
              ref={field.ref}
              label={label}
              withAsterisk={spec.required}
              placeholder={t('clientFile.chooseBenefits')}
              data={benefits.map((value) => ({ value, label: t(`clientFile.enums.benefit.${value}`) }))}
              value={field.value as string[]}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={error}
              {...focusProps}
              searchable
              comboboxProps={{ withinPortal: true }}
            />
          )}
        />
      );
    case 'impairments':
      return <ImpairmentsField form={form} />;
    case 'impairmentSection':
      return (
        <ImpairmentSectionField form={form} name={spec.name} descriptionName={spec.fills ?? spec.name} label={label} />
      );
    default:
      return (
        <FormTextField
          form={form}
          name={spec.name}
          label={label}
          required={spec.required}
          placeholder={PLACEHOLDERS[spec.kind]}
          ltr={spec.kind !== 'text'}
          inputMode={inputModeOf(spec.kind)}
          rightSection={SUFFIX[spec.kind]}
          {...focusProps}
        />
      );
  }
}

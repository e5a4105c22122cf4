// "סעיף ליקוי" with type-ahead over the list of impairment items: a few letters of the heading or the
// item's number, then the option fills the section and, if still empty or taken from the list, the
// description beside it. Any other section (a sub-item such as 37(7)(א)) is kept as typed.
import { Autocomplete } from '@mantine/core';
import { Controller, get, type FieldPath, type FieldValues, type PathValue, type UseFormReturn } from 'react-hook-form';
import { impairmentSections } from '../../shared/domain/impairment-sections';

const labelOf = (item: string, description: string) => `${item} · ${description}`;
const options = impairmentSections.map(({ item, description }) => ({ value: item, label: labelOf(item, description) }));
const byLabel = new Map(impairmentSections.map((section) => [labelOf(section.item, section.description), section]));
const listed = new Set(impairmentSections.map((section) => section.description));

interface Props<V extends FieldValues> {
  form: UseFormReturn<V>;
  name: FieldPath<V>;
  /** The field the item's heading goes to. */
  descriptionName: FieldPath<V>;
  label: string;
  required?: boolean;
}

export function ImpairmentSectionField<V extends FieldValues>({
  form,
  name,
  descriptionName,
  label,
  required,
}: Props<V>) {
  const fillDescription = (item: string) => {
    const section = impairmentSections.find((s) => s.item === item);
    const current = String(form.getValues(descriptionName) ?? '').trim();
    if (section && (current === '' || listed.has(current))) {
      form.setValue(descriptionName, section.description as PathValue<V, FieldPath<V>>, { shouldDirty: true });
    }
  };
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Autocomplete
          ref={field.ref}
          label={label}
          withAsterisk={required}
          // Sections read left to right (37(7)(א)), as the other codes do.
          dir="ltr"
          className="ltr-input"
          data={options}
          value={String(field.value ?? '')}
          // Choosing an option writes its label into the input: keep the item's number instead.
          onChange={(text) => field.onChange(byLabel.get(text)?.item ?? text)}
          onOptionSubmit={fillDescription}
          onBlur={field.onBlur}
          error={(get(form.formState.errors, name) as { message?: string } | undefined)?.message}
          // Wider than a narrow section column, so a heading reads whole.
          comboboxProps={{ withinPortal: true, width: 380, position: 'bottom-end' }}
          maxDropdownHeight={280}
        />
      )}
    />
  );
}

// The impairments of a medical determination: a short list of section (type-ahead over the list of
// impairment items, or as typed), description, percent and whether it is temporary, edited inside the
// determination's form.
import { ActionIcon, Button, Checkbox, Grid, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '../../../forms/FormTextField';
import { ImpairmentSectionField } from '../../../forms/ImpairmentSectionField';
import { newImpairment, type RecordValues } from './recordValues';

export function ImpairmentsField({ form }: { form: UseFormReturn<RecordValues> }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'impairments' as never });

  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        {t('clientFile.fields.impairments')}
      </Text>
      {fields.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('clientFile.impairments.empty')}
        </Text>
      )}
      {fields.map((row, index) => {
        const n = index + 1;
        return (
          <Grid key={row.id} align="flex-end" gap="xs">
            <Grid.Col span={3}>
              <ImpairmentSectionField
                form={form}
                name={`impairments.${index}.section`}
                descriptionName={`impairments.${index}.description`}
                label={t('clientFile.impairments.section', { n })}
                required
              />
            </Grid.Col>
            <Grid.Col span={5}>
              <FormTextField
                form={form}
                name={`impairments.${index}.description`}
                label={t('clientFile.impairments.description', { n })}
              />
            </Grid.Col>
            <Grid.Col span={2}>
              <FormTextField
                form={form}
                name={`impairments.${index}.percent`}
                label={t('clientFile.impairments.percent', { n })}
                required
                ltr
                inputMode="numeric"
                rightSection="%"
              />
            </Grid.Col>
            <Grid.Col span={1}>
              <Checkbox
                mb={8}
                label={t('clientFile.impairments.temporary')}
                {...form.register(`impairments.${index}.isTemporary`)}
              />
            </Grid.Col>
            <Grid.Col span={1}>
              <Tooltip label={t('clientFile.impairments.remove', { n })}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  mb={4}
                  aria-label={t('clientFile.impairments.remove', { n })}
                  onClick={() => remove(index)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Grid.Col>
          </Grid>
        );
      })}
      <div>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => append(newImpairment() as never)}
        >
          {t('clientFile.impairments.add')}
        </Button>
      </div>
    </Stack>
  );
}

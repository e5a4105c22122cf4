// A list of records of one kind in the intake (family members, work periods, incomes…): add a row,
// fill it in, remove it; incomes also a stretch of months at once. Nothing is sent until the client is saved.
import { ActionIcon, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IntakeRecordKind } from '../../../shared/schemas/intake';
import { IncomeRange } from './IncomeRange';
import { IntakeField } from './IntakeField';
import type { RecordValues } from '../client-file/records/recordValues';
import { blankRow, intakeFields, type IntakeRecordsValues } from './intakeRecords';

export function RecordRows({ form, kind }: { form: UseFormReturn<IntakeRecordsValues>; kind: IntakeRecordKind }) {
  const { t } = useTranslation();
  const rows = useFieldArray({ control: form.control, name: kind });
  const fields = intakeFields(kind);
  const help = t(`intake.records.${kind}.help`, { defaultValue: '' });
  /** A month already entered from the same source is kept as it is, not added twice. */
  const addMonths = (added: RecordValues[]) => {
    const taken = new Set(form.getValues(kind).map((row) => `${String(row.month)}|${String(row.source)}`));
    rows.append(added.filter((row) => !taken.has(`${String(row.month)}|${String(row.source)}`)));
  };

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t(`intake.records.${kind}.title`)}
      </Title>
      {help && (
        <Text size="sm" c="gray.7">
          {help}
        </Text>
      )}
      {kind === 'incomes' && <IncomeRange onAdd={addMonths} />}
      {rows.fields.length === 0 && (
        <Text size="sm" c="gray.7">
          {t(`intake.records.${kind}.empty`)}
        </Text>
      )}
      {rows.fields.map((row, index) => {
        const title = t(`intake.records.${kind}.row`, { n: index + 1 });
        return (
          <Paper key={row.id} withBorder p="md" component="fieldset" aria-label={title} m={0}>
            <Group justify="space-between" mb="xs">
              <Text fw={600} size="sm">
                {title}
              </Text>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('intake.records.remove', { row: title })}
                onClick={() => rows.remove(index)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
            <Grid>
              {fields.map((spec) => (
                <Grid.Col key={spec.name} span={{ base: 12, sm: spec.kind === 'longText' ? 12 : 4 }}>
                  <IntakeField form={form} kind={kind} index={index} spec={spec} />
                </Grid.Col>
              ))}
            </Grid>
          </Paper>
        );
      })}
      <Group>
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => rows.append(blankRow(kind))}>
          {t(`intake.records.${kind}.add`)}
        </Button>
      </Group>
    </Stack>
  );
}

// Several months of income at once: from month, to month, source and the monthly amount, added as one
// row per month (each still editable or removable below). A salary that did not change is typed once.
import { Button, Grid, Paper, Select, Text, TextInput } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { incomeSources } from '../../../shared/domain/enums';
import type { RecordValues } from '../client-file/records/recordValues';
import { MAX_MONTHS, monthsBetween, readMonth } from './monthRange';

type Field = 'from' | 'to' | 'source' | 'income';

export function IncomeRange({ onAdd }: { onAdd(rows: RecordValues[]): void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<Field, string>>({ from: '', to: '', source: 'employee', income: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const set = (field: Field) => (value: string) => setValues({ ...values, [field]: value });

  const add = () => {
    const from = readMonth(values.from);
    const to = readMonth(values.to);
    const found: Partial<Record<Field, string>> = {};
    if (!from) found.from = t('intake.range.monthInvalid');
    if (!to) found.to = t('intake.range.monthInvalid');
    const months = from && to ? monthsBetween(from, to) : null;
    if (from && to && !months) found.to = t('intake.range.order', { max: MAX_MONTHS });
    if (!/^\d{1,10}(\.\d{1,2})?$/.test(values.income.replace(/[,\s₪]/g, '')))
      found.income = t('intake.range.amountInvalid');
    setErrors(found);
    if (Object.keys(found).length > 0 || !months) return;
    onAdd(months.map((month) => ({ month, source: values.source, income: values.income })));
    setValues({ ...values, from: '', to: '', income: '' });
  };

  return (
    <Paper withBorder p="md" bg="gray.0" component="fieldset" aria-label={t('intake.range.title')} m={0}>
      <Text fw={600} size="sm">
        {t('intake.range.title')}
      </Text>
      <Text size="sm" c="gray.7" mb="xs">
        {t('intake.range.help')}
      </Text>
      <Grid align="flex-end">
        <Grid.Col span={{ base: 6, sm: 2 }}>
          <TextInput
            label={t('intake.range.from')}
            placeholder="mm/yyyy"
            dir="ltr"
            className="ltr-input"
            inputMode="decimal"
            value={values.from}
            onChange={(e) => set('from')(e.currentTarget.value)}
            error={errors.from}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 2 }}>
          <TextInput
            label={t('intake.range.to')}
            placeholder="mm/yyyy"
            dir="ltr"
            className="ltr-input"
            inputMode="decimal"
            value={values.to}
            onChange={(e) => set('to')(e.currentTarget.value)}
            error={errors.to}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 3 }}>
          <Select
            label={t('intake.fields.incomes.source')}
            searchable
            allowDeselect={false}
            data={incomeSources.map((value) => ({ value, label: t(`intake.enums.source.${value}`) }))}
            value={values.source}
            onChange={(value) => set('source')(value ?? 'employee')}
            comboboxProps={{ withinPortal: true }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 2 }}>
          <TextInput
            label={t('intake.range.income')}
            dir="ltr"
            className="ltr-input"
            inputMode="decimal"
            rightSection="₪"
            value={values.income}
            onChange={(e) => set('income')(e.currentTarget.value)}
            error={errors.income}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <Button variant="light" leftSection={<IconCalendarPlus size={16} />} onClick={add}>
            {t('intake.range.add')}
          </Button>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}

// One inbox item, keyboard first: each field read beside the letter's text (the snippet it came from
// marked when the field has the focus), its confidence, and — for dates, time, place, percents and
// amount — an input to correct it. Tab moves from field to field; Enter confirms and files it.
import { Alert, Badge, Button, Grid, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayToIso, isoToDisplay } from '../../../shared/dates';
import { correctableFields, isDateField as isDate, type CorrectableField } from '../../../shared/inbox/corrections';
import type { InboxItem } from '../../../shared/inbox/item';
import type { Field, FieldName, FieldValues, Span } from '../../../shared/inbox/types';
import { call } from '../../api/client';
import { Ltr } from '../../components/Ltr';
import { fieldText } from './fieldText';
import { DoneList } from './DoneList';
import { TextPreview } from './TextPreview';
import { MailOrigin } from './MailOrigin';

const confidenceColor = { certain: 'green', likely: 'yellow', doubtful: 'red' } as const;

/** Words stay in the line's Hebrew order; numbers, dates and percents are kept left to right. */
function FieldValue({ name, value }: { name: FieldName; value: FieldValues[FieldName] }) {
  const { t } = useTranslation();
  if (Array.isArray(value))
    return value.map((item, i) => (
      <div key={i}>
        {item.impairment} <Ltr>{`${item.percent}%`}</Ltr>
      </div>
    ));
  const text = fieldText(t, name, value);
  return name === 'committeePlace' || name === 'benefit' || name === 'outcome' || name === 'appealRoute' ? (
    text
  ) : (
    <Ltr>{text}</Ltr>
  );
}

const isCorrectable = (name: FieldName): name is CorrectableField => name in correctableFields;
// Dates are typed as the office writes them (dd/mm/yyyy): a date input's own Tab stops would break Tab from field to field.
const shown = (name: CorrectableField, value: string) => (isDate(name) ? isoToDisplay(value) : value);
/** The value typed, in the shape the API takes (ISO for a date), or null when it is not in shape. */
function typed(name: CorrectableField, value: string): string | null {
  const api = isDate(name) ? displayToIso(value) : value.trim();
  return api !== null && correctableFields[name].test(api) ? api : null;
}

function FieldInput({
  name,
  value,
  first,
  onChange,
  onFocus,
}: {
  name: CorrectableField;
  value: string;
  first: boolean;
  onChange: (value: string) => void;
  onFocus: () => void;
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      aria-label={t(`inbox.fields.${name}`)}
      dir={name === 'committeePlace' ? 'rtl' : 'ltr'}
      value={value}
      error={typed(name, value) === null ? t('inbox.badValue') : undefined}
      onChange={(event) => onChange(event.currentTarget.value)}
      onFocus={onFocus}
      autoFocus={first}
      data-autofocus={first || undefined}
      size="xs"
    />
  );
}

export function ItemDetail({ item, onFiled }: { item: InboxItem; onFiled: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [focused, setFocused] = useState<FieldName | null>(null);
  const fields = Object.entries(item.reading?.fields ?? {}) as [FieldName, Field<FieldValues[FieldName]>][];
  const [values, setValues] = useState<Partial<Record<CorrectableField, string>>>(() =>
    Object.fromEntries(
      fields.flatMap(([name, field]) => (isCorrectable(name) ? [[name, shown(name, field.value as string)]] : [])),
    ),
  );
  const span: Span | null = focused ? (item.reading?.fields[focused]?.span ?? null) : null;
  const editable = item.status === 'new' && item.client !== null;
  const firstInput = fields.find(([name]) => isCorrectable(name))?.[0] ?? null;

  const confirm = async () => {
    if (!item.client) return;
    const entered = Object.entries(values).map(
      ([name, value]) => [name as CorrectableField, typed(name as CorrectableField, value)] as const,
    );
    if (entered.some(([, value]) => value === null)) return;
    const corrections = Object.fromEntries(
      entered.filter(([name, value]) => value !== item.reading?.fields[name]?.value),
    );
    setBusy(true);
    const reply = await call('inbox.confirm', {
      id: item.id,
      version: item.version,
      clientId: item.client.id,
      claimId: item.claimId,
      corrections,
    });
    setBusy(false);
    notifications.show(
      reply.ok ? { color: 'green', message: t('inbox.filed') } : { color: 'red', message: reply.error.message },
    );
    if (reply.ok) onFiled();
  };
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={(event) => (event.preventDefault(), void confirm())}
      aria-label={item.originalName}
      data-testid="inbox-detail"
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3}>{t(`inbox.kinds.${item.kind ?? 'other'}`)}</Title>
          <Text size="sm">
            {t('inbox.idNumbers')}: <Ltr>{item.reading?.idNumbers.join(', ') || '—'}</Ltr>
            {item.matchedBy && ` · ${t(`inbox.matchedBy.${item.matchedBy}`)}`}
          </Text>
        </Group>
        {item.error && (
          <Alert color="orange" data-testid="inbox-unreadable">
            {t(`inbox.unreadableReasons.${item.error}`)}
          </Alert>
        )}
        <MailOrigin item={item} />
        {item.status === 'new' && !item.client && <Alert color="yellow">{t('inbox.needsClient')}</Alert>}
        <Grid>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Table data-testid="inbox-fields">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('inbox.field')}</Table.Th>
                  <Table.Th>{t('inbox.value')}</Table.Th>
                  <Table.Th>{t('inbox.confidence')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {fields.map(([name, field]) => (
                  <Table.Tr
                    key={name}
                    onMouseEnter={() => setFocused(name)}
                    aria-current={focused === name || undefined}
                  >
                    <Table.Td>{t(`inbox.fields.${name}`)}</Table.Td>
                    <Table.Td>
                      {editable && isCorrectable(name) ? (
                        <FieldInput
                          name={name}
                          first={name === firstInput}
                          value={values[name] ?? ''}
                          onChange={(value) => setValues((old) => ({ ...old, [name]: value }))}
                          onFocus={() => setFocused(name)}
                        />
                      ) : (
                        <FieldValue name={name} value={field.value} />
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={field.corrected ? 'blue' : confidenceColor[field.confidence]} variant="light">
                        {t(field.corrected ? 'inbox.corrected' : `inbox.confidences.${field.confidence}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            {item.text && <TextPreview text={item.text} span={span} label={t('inbox.preview')} />}
          </Grid.Col>
        </Grid>
        {item.status === 'filed' && item.actions !== null && <DoneList item={item} onUndone={onFiled} />}
        {editable && (
          <Group>
            <Button type="submit" loading={busy} autoFocus={firstInput === null}>
              {t('inbox.confirm')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('inbox.confirmHelp')}
            </Text>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

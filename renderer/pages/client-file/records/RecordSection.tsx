// One kind of record on a tab: a dense table of the client's rows with add, edit and (for roles
// that may) delete, all driven by the kind's declaration in recordConfigs.
import { ActionIcon, Button, Group, Table, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMay } from '../access';
import { ConfirmDelete } from '../ConfirmDelete';
import { ActionsHead, SectionHeader, TableCard } from '../Section';
import type { FocusFact } from '../tabs';
import { useClientFile } from '../useClientFile';
import { isNumeric, useCell } from './display';
import { RecordEditor, type EditorTarget } from './RecordEditor';
import { recordCall } from './recordCalls';
import type { RecordConfig } from './recordConfigs';
import type { AnyRecord } from './recordValues';

interface Props {
  config: RecordConfig;
  /** A rights-panel jump to one of this kind's fields. */
  focus: FocusFact | null;
  onFocusDone(): void;
}

/**
 * The row a fact points at (the spouse's, the latest determination) or a new one preset for it;
 * null when the fact has no field on this form (the rights panel asks for those itself).
 */
function focusTarget(config: RecordConfig, rows: AnyRecord[], fact: FocusFact): EditorTarget | null {
  const field = config.aliases?.[fact.field] ?? fact.field;
  if (!config.fields.some((spec) => spec.name === field)) return null;
  const qualifier = config.fields.find((spec) => spec.name === config.qualifierField);
  if (fact.qualifier && qualifier) {
    if (!qualifier.choices?.includes(fact.qualifier)) return null;
    const record = rows.find((row) => row[qualifier.name] === fact.qualifier) ?? null;
    return { record, focus: field, preset: record ? undefined : { [qualifier.name]: fact.qualifier } };
  }
  return { record: rows[0] ?? null, focus: field };
}

export function RecordSection({ config, focus, onFocusDone }: Props) {
  const { t } = useTranslation();
  const { file, refresh } = useClientFile();
  const may = useMay();
  const cell = useCell();
  const rows = file[config.kind] as unknown as AnyRecord[];
  const [editing, setEditing] = useState<EditorTarget | null>(null);
  const columns = config.fields.filter((spec) => spec.column);
  const { kind } = config;
  const mayDelete = may(`${kind}.delete`);

  useEffect(() => {
    if (!focus) return;
    const target = focusTarget(config, rows, focus);
    if (target) setEditing(target);
    onFocusDone();
  }, [focus, config, rows, onFocusDone]);

  const remove = async (record: AnyRecord) => {
    const reply = await recordCall(kind, 'delete', { id: record.id, version: record.version });
    if (reply.ok) notifications.show({ color: 'green', message: t('clientFile.deleted') });
    else notifications.show({ color: 'red', message: reply.error.message });
    await refresh(kind);
  };

  const saved = async () => {
    setEditing(null);
    notifications.show({ color: 'green', message: t('clientFile.saved') });
    await refresh(kind);
  };

  return (
    <section aria-labelledby={`section-${kind}`}>
      <SectionHeader
        id={`section-${kind}`}
        title={t(`clientFile.sections.${kind}.title`)}
        count={rows.length}
        action={
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing({ record: null })}>
            {t(`clientFile.sections.${kind}.add`)}
          </Button>
        }
      />
      <TableCard rows={rows.length} empty={t(`clientFile.sections.${kind}.empty`)} testId={`table-${kind}`}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((spec) => (
              <Table.Th key={spec.name} className={isNumeric(spec) ? 'num' : undefined}>
                {t(`clientFile.fields.${spec.name}`)}
              </Table.Th>
            ))}
            <ActionsHead />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((record) => (
            <Table.Tr key={record.id} onClick={() => setEditing({ record })}>
              {columns.map((spec) => (
                <Table.Td key={spec.name} className={isNumeric(spec) ? 'num' : undefined}>
                  {cell(spec, record[spec.name])}
                </Table.Td>
              ))}
              <Table.Td>
                <Group gap={2} justify="flex-end" wrap="nowrap">
                  <Tooltip label={t('clientFile.edit')}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('clientFile.edit')}
                      onClick={(event) => {
                        event.stopPropagation();
                        setEditing({ record });
                      }}
                    >
                      <IconPencil size={16} />
                    </ActionIcon>
                  </Tooltip>
                  {mayDelete && <ConfirmDelete label={t('clientFile.delete')} onConfirm={() => remove(record)} />}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </TableCard>
      {editing && (
        <RecordEditor config={config} {...editing} onClose={() => setEditing(null)} onSaved={() => void saved()} />
      )}
    </section>
  );
}

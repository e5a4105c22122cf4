// The template to fill in and what each column takes, beside the file picker.
import { Accordion, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldLabel } from '../../../shared/locales/messages';
import { sheetKinds } from '../../../shared/schemas/transfer';
import { sheetColumns, sheetLabel, type Column } from '../../../shared/transfer/layout';
import { choicesOf, downloadTemplate } from './template';

/** Mantine's caption is dimmed below AA contrast: the sheet's name reads as a heading instead. */
const CAPTION = { captionSide: 'top', textAlign: 'start', fontWeight: 600, paddingBlock: 4 } as const;

function Hint({ column }: { column: Column }) {
  const { t } = useTranslation();
  return (
    <>
      {column.type === 'choice'
        ? t('import.template.hints.choice', { values: choicesOf(column) })
        : t(`import.template.hints.${column.type}`)}
    </>
  );
}

export function TemplateHelp() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('import.template.title')}
        </Title>
        <Text size="sm">{t('import.template.text')}</Text>
        <Group gap="md">
          <Button variant="light" leftSection={<IconDownload size={16} />} onClick={() => downloadTemplate('clients')}>
            {t('import.template.download')}
          </Button>
          {sheetKinds
            .filter((kind) => kind !== 'clients')
            .map((kind) => (
              <Anchor key={kind} component="button" type="button" size="sm" onClick={() => downloadTemplate(kind)}>
                {t('import.template.downloadSheet', { sheet: sheetLabel(kind) })}
              </Anchor>
            ))}
        </Group>
        <Accordion variant="contained">
          <Accordion.Item value="columns">
            <Accordion.Control>{t('import.template.columns')}</Accordion.Control>
            <Accordion.Panel>
              <Stack gap="md">
                {sheetKinds.map((kind) => (
                  <Table key={kind} withTableBorder striped data-testid={`columns-${kind}`}>
                    <caption style={CAPTION}>{sheetLabel(kind)}</caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('import.template.column')}</Table.Th>
                        <Table.Th />
                        <Table.Th>{t('import.template.howTo')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {sheetColumns[kind].map((column) => (
                        <Table.Tr key={column.field}>
                          <Table.Td fw={500}>{fieldLabel(column.field)}</Table.Td>
                          <Table.Td>
                            <Badge variant="light" color={column.required ? 'red' : 'gray'}>
                              {t(column.required ? 'import.template.required' : 'import.template.optional')}
                            </Badge>
                          </Table.Td>
                          <Table.Td>
                            <Hint column={column} />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                ))}
                <Text size="sm" c="gray.7">
                  {t('import.template.sheetNote')}
                </Text>
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      </Stack>
    </Paper>
  );
}

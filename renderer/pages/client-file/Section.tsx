// The building blocks every tab of the file shares: a section heading with its count and action,
// a bordered table that says what to do when it is empty, and the form's save/cancel row.
import { Button, Group, Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function SectionHeader({
  id,
  title,
  count,
  action,
}: {
  id: string;
  title: string;
  count: number;
  action?: ReactNode;
}) {
  return (
    <Group justify="space-between" mb="xs">
      <Title order={2} size="h4" id={id}>
        {title}{' '}
        <Text span c="dimmed" fz="sm" fw={400}>
          ({count})
        </Text>
      </Title>
      {action}
    </Group>
  );
}

interface TableCardProps {
  rows: number;
  /** What to say (and suggest) when there is nothing yet. */
  empty: string;
  testId: string;
  /** Rows that open something on click. */
  clickable?: boolean;
  children: ReactNode;
}

export function TableCard({ rows, empty, testId, clickable = true, children }: TableCardProps) {
  return (
    <Paper withBorder mb="lg">
      {rows === 0 ? (
        <Text ta="center" c="dimmed" py="lg" size="sm">
          {empty}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table
            className="data-table"
            highlightOnHover={clickable}
            striped
            verticalSpacing={6}
            fz="sm"
            data-testid={testId}
          >
            {children}
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

/** The header cell above a row's action buttons: named for screen readers, blank on screen. */
export function ActionsHead() {
  const { t } = useTranslation();
  return (
    <Table.Th>
      <VisuallyHidden>{t('clientFile.actions')}</VisuallyHidden>
    </Table.Th>
  );
}

export function FormButtons({
  submitLabel,
  submitting,
  onCancel,
}: {
  submitLabel?: string;
  submitting: boolean;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  return (
    <Group>
      <Button type="submit" loading={submitting}>
        {submitLabel ?? t('clientFile.save')}
      </Button>
      <Button variant="default" onClick={onCancel}>
        {t('clientFile.cancel')}
      </Button>
    </Group>
  );
}

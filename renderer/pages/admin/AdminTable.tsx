// The admin screen's tables: one look for staff, sign-in locks and paired desks — headers from a list
// (numbers and times aligned to the end), or a quiet line when there is nothing to list.
import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Column {
  label?: string;
  end?: boolean;
}

export function AdminTable({
  testId,
  columns,
  empty,
  children,
}: {
  testId: string;
  columns: Column[];
  empty?: string;
  children: ReactNode[];
}) {
  if (empty !== undefined && children.length === 0) {
    return (
      <Text size="sm" c="gray.7">
        {empty}
      </Text>
    );
  }
  return (
    <Table striped verticalSpacing={6} fz="sm" data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column, index) => (
            <Table.Th key={index} ta={column.end ? 'end' : undefined}>
              {column.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
}

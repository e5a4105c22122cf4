// One box of the summary: a heading, and what to say when there is nothing to show.
import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function SummaryCard({
  title,
  testId,
  empty,
  children,
}: {
  title: string;
  testId: string;
  empty: string | null;
  children?: ReactNode;
}) {
  const id = `summary-${testId}`;
  return (
    <Paper withBorder p="sm" className="summary-card" component="section" aria-labelledby={id} data-testid={testId}>
      <Title order={2} size="h5" mb={6} id={id}>
        {title}
      </Title>
      {empty ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        children
      )}
    </Paper>
  );
}

// One panel of the dashboard: a titled, bordered section (a landmark for screen readers).
import { Card, Group, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

export function DashboardCard({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={id}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={3} size="h5" id={id}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Card>
  );
}

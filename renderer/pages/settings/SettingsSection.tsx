// One titled section of the settings screen.
import { Card, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** `id`: another section may lead here (scrolls into view). */
export function SettingsSection({ title, id, children }: { title: string; id?: string; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={title} id={id}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

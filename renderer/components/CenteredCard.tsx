import { Box, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The frame of the screens before sign-in: the product's name above a single card. */
export function CenteredCard({
  title,
  intro,
  width,
  children,
}: {
  title: string;
  intro?: string;
  width: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="md">
      <Box w={width} maw="100%">
        <Stack gap={2} mb="md" align="center">
          <Text fw={700} fz={28} c="deepBlue.9">
            {t('app.name')}
          </Text>
          <Text c="gray.7" size="sm">
            {t('app.tagline')}
          </Text>
        </Stack>
        <Paper withBorder shadow="xs" p="xl" radius="md">
          <Title order={2} size="h3" mb={intro ? 4 : 'md'}>
            {title}
          </Title>
          {intro && (
            <Text c="gray.7" size="sm" mb="lg">
              {intro}
            </Text>
          )}
          {children}
        </Paper>
      </Box>
    </Center>
  );
}

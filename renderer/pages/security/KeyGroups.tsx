// The recovery key's groups as the sheet prints them: numbered, left to right whatever the page's
// direction, so group 1 is the first one typed back on the recovery screen.
import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function KeyGroups({ groups }: { groups: string[] }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid
      cols={7}
      spacing="xs"
      dir="ltr"
      role="list"
      aria-label={t('security.key.groupsLabel')}
      data-testid="recovery-key-groups"
    >
      {groups.map((group, index) => (
        <Stack
          key={index}
          gap={0}
          align="center"
          role="listitem"
          p={6}
          style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 6 }}
        >
          <Text size="xs" c="gray.7">
            {index + 1}
          </Text>
          <Text ff="monospace" fw={700} size="lg" data-testid="recovery-key-group">
            {group}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}

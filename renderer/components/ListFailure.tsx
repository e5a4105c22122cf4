// Why a list does not show what its search box or filters ask for, right under them, with a button
// to try again: a list must never look as if it followed a search it could not fetch.
import { Button, Group, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Props {
  message: string;
  onRetry: () => void;
  testId?: string;
}

export function ListFailure({ message, onRetry, testId = 'list-failure' }: Props) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" role="alert" data-testid={testId} wrap="nowrap">
      <Text c="red.8" size="sm">
        {message}
      </Text>
      {/* A long message wraps; the button keeps its words. */}
      <Button
        size="xs"
        variant="light"
        color="red"
        leftSection={<IconRefresh size={14} />}
        onClick={onRetry}
        style={{ flexShrink: 0 }}
      >
        {t('common.retry')}
      </Button>
    </Group>
  );
}

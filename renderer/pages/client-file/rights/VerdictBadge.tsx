// eligible / maybe / no as colour, icon and word together, never colour alone.
import { Badge } from '@mantine/core';
import { IconCircleCheck, IconCircleX, IconHelpCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Verdict } from '../../../../shared/rules/scan/scan-client';

// The word is dark for AA contrast on the tinted badge; the tint and the icon carry the colour.
const look = {
  eligible: { color: 'green', Icon: IconCircleCheck },
  maybe: { color: 'yellow', Icon: IconHelpCircle },
  no: { color: 'gray', Icon: IconCircleX },
} as const;

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation();
  const { color, Icon } = look[verdict];
  return (
    <Badge
      color={color}
      variant="light"
      c="dark.8"
      size="lg"
      radius="sm"
      tt="none"
      leftSection={<Icon size={16} color={`var(--mantine-color-${color}-9)`} aria-hidden />}
      data-verdict={verdict}
    >
      {t(`rights.verdict.${verdict}`)}
    </Badge>
  );
}

export function verdictOf(eligible: boolean | null): Verdict {
  return eligible === true ? 'eligible' : eligible === false ? 'no' : 'maybe';
}

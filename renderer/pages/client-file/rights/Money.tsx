// An amount in ₪ with its unit, isolated so the digits keep their order inside Hebrew text.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../shared/rules/types';
import { Ltr } from '../../../components/Ltr';
import { formatMoney } from './display';

export function Money({ amount, unit, size = 'xl' }: { amount: string; unit: Unit; size?: string }) {
  const { t } = useTranslation();
  return (
    <Text size={size} fw={600} component="span" data-testid="amount">
      <Ltr>{formatMoney(amount)}</Ltr>
      {unit && (
        <Text span size="sm" fw={400} c="dimmed" ms={6}>
          {t(`rights.unit.${unit}`)}
        </Text>
      )}
    </Text>
  );
}

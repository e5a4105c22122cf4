// Records one payment by hand: a month's payment, or a retroactive one for a span of months.
import { Alert, Button, Group, SegmentedControl, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentKind } from '../../../shared/payments/kinds';
import { call } from '../../api/client';

/** Months and amounts are typed as digits, left to right. */
const field = (label: string, value: string, set: (value: string) => void) => (
  <TextInput label={label} value={value} onChange={(e) => set(e.currentTarget.value)} dir="ltr" w={150} />
);

export function PaymentForm({ claimId, onSaved }: { claimId: number; onSaved: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<PaymentKind>('monthly');
  const [fromMonth, setFromMonth] = useState('');
  const [toMonth, setToMonth] = useState('');
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    setError(null);
    const reply = await call('payments.create', {
      claimId,
      kind,
      fromMonth,
      toMonth: kind === 'retroactive' ? toMonth : null,
      amount,
    });
    setSaving(false);
    if (!reply.ok) return setError(reply.error.message);
    setFromMonth('');
    setToMonth('');
    setAmount('');
    onSaved();
  };

  return (
    <form
      aria-label={t('payments.add.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Group align="flex-end" gap="sm">
        <SegmentedControl
          aria-label={t('payments.add.kind')}
          value={kind}
          onChange={(value) => setKind(value as PaymentKind)}
          data={[
            { value: 'monthly', label: t('payments.add.monthly') },
            { value: 'retroactive', label: t('payments.add.retroactive') },
          ]}
        />
        {field(t('payments.add.fromMonth'), fromMonth, setFromMonth)}
        {kind === 'retroactive' && field(t('payments.add.toMonth'), toMonth, setToMonth)}
        {field(t('payments.add.amount'), amount, setAmount)}
        <Button type="submit" loading={saving}>
          {t('payments.add.save')}
        </Button>
      </Group>
      {error && (
        <Alert color="red" mt="sm" role="alert">
          {error}
        </Alert>
      )}
    </form>
  );
}

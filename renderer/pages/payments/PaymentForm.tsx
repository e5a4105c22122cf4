// Records one payment by hand: a month's payment, or a retroactive one for a span of months.
import { Alert, Button, Group, SegmentedControl, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentKind } from '../../../shared/payments/kinds';
import { call } from '../../api/client';

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
        <TextInput
          label={t('payments.add.fromMonth')}
          value={fromMonth}
          onChange={(e) => setFromMonth(e.currentTarget.value)}
          dir="ltr"
          w={150}
        />
        {kind === 'retroactive' && (
          <TextInput
            label={t('payments.add.toMonth')}
            value={toMonth}
            onChange={(e) => setToMonth(e.currentTarget.value)}
            dir="ltr"
            w={150}
          />
        )}
        <TextInput
          label={t('payments.add.amount')}
          value={amount}
          onChange={(e) => setAmount(e.currentTarget.value)}
          dir="ltr"
          w={140}
        />
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

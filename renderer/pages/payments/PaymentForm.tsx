// Records one payment by hand: a month's payment, or a retroactive one for a span of months.
import { Alert, Button, Group, SegmentedControl, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentKind } from '../../../shared/payments/kinds';
import { monthFromText } from '../../../shared/payments/months';
import { useApiMutation } from '../../api/apiQuery';

/** A month typed as people write it (04/2026); anything else goes as typed, for the server to refuse by name. */
const asMonth = (text: string) => monthFromText(text.trim()) ?? text;

/** Months and amounts are typed as digits, left to right. */
const field = (label: string, value: string, set: (value: string) => void) => (
  <TextInput label={label} value={value} onChange={(e) => set(e.currentTarget.value)} dir="ltr" w={150} />
);

/** Saving marks stale the claim's payments and the client's fee ledger (the payment's change kind). */
export function PaymentForm({ claimId }: { claimId: number }) {
  const { t } = useTranslation();
  const create = useApiMutation('payments.create');
  const [kind, setKind] = useState<PaymentKind>('monthly');
  const [fromMonth, setFromMonth] = useState('');
  const [toMonth, setToMonth] = useState('');
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    setError(null);
    const reply = await create({
      claimId,
      kind,
      fromMonth: asMonth(fromMonth),
      toMonth: kind === 'retroactive' ? asMonth(toMonth) : null,
      amount: amount.trim(),
    });
    setSaving(false);
    if (!reply.ok) return setError(reply.error.message);
    setFromMonth('');
    setToMonth('');
    setAmount('');
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

// What confirming a letter did, step by step, each with a link to where it now shows (the claim, the
// client's committees, determinations or tasks), and the button that undoes it all while nothing builds on it.
import { Alert, Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isoToDisplay } from '../../../shared/dates';
import type { InboxAction } from '../../../shared/inbox/actions';
import type { InboxItem } from '../../../shared/inbox/item';
import { call } from '../../api/client';
import { formatMoney } from '../client-file/rights/display';
import { monthSpanText } from '../../../shared/payments/months';

type Translate = ReturnType<typeof useTranslation>['t'];

function stepText(t: Translate, action: InboxAction): string {
  switch (action.step) {
    case 'decisionRecorded':
      return t('inbox.done.steps.decisionRecorded', {
        outcome: t(`inbox.outcomes.${action.outcome}`),
        date: isoToDisplay(action.decidedDate),
      });
    case 'claimMoved':
      return t('inbox.done.steps.claimMoved', {
        from: t(`claims.status.${action.from}`),
        to: t(`claims.status.${action.to}`),
      });
    case 'committeeRecorded':
      return t('inbox.done.steps.committeeRecorded', { date: isoToDisplay(action.committeeDate) });
    case 'outcomeRecorded':
      return t('inbox.done.steps.outcomeRecorded', {
        count: action.impairments,
        weighted: action.weighted === null ? '—' : `${action.weighted}%`,
      });
    case 'determinationKept':
      return t('inbox.done.steps.determinationKept');
    case 'taskOpened':
      return t('inbox.done.steps.taskOpened', { title: action.title, date: isoToDisplay(action.dueDate) });
    case 'deadlineDocketed':
      return t('inbox.done.steps.deadlineDocketed', { title: action.title });
    case 'paymentRecorded':
      return t('inbox.done.steps.paymentRecorded', {
        amount: formatMoney(action.amount),
        months: monthSpanText(action),
      });
    case 'skipped':
      return t('inbox.done.steps.skipped', { reason: t(`inbox.done.skipReasons.${action.reason}`) });
  }
}

/** Where a step shows in the app. */
function stepLink(action: InboxAction, clientId: number): string | null {
  switch (action.step) {
    case 'decisionRecorded':
    case 'claimMoved':
    case 'paymentRecorded':
      return `/claims/${action.claimId}`;
    case 'committeeRecorded':
    case 'outcomeRecorded':
      return `/clients/${clientId}/committees`;
    case 'determinationKept':
      return `/clients/${clientId}/medical`;
    case 'taskOpened':
    case 'deadlineDocketed':
      return `/clients/${clientId}/tasks`;
    case 'skipped':
      return null;
  }
}

export function DoneList({ item, onUndone }: { item: InboxItem; onUndone: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const actions = item.actions ?? [];
  const clientId = item.client?.id;

  const undo = async () => {
    setBusy(true);
    const reply = await call('inbox.undo', { id: item.id, version: item.version });
    setBusy(false);
    if (!reply.ok) return setRefusal(reply.error.message);
    notifications.show({ color: 'green', message: t('inbox.done.undone') });
    onUndone();
  };
  return (
    <Stack gap="xs" data-testid="inbox-done">
      <Title order={4}>{t('inbox.done.title')}</Title>
      {actions.length === 0 ? (
        <Text size="sm">{t('inbox.done.nothing')}</Text>
      ) : (
        <List size="sm" spacing={4}>
          {actions.map((action, i) => {
            const to = clientId === undefined ? null : stepLink(action, clientId);
            return (
              <List.Item key={i} data-step={action.step}>
                {stepText(t, action)}
                {to && (
                  <>
                    {' · '}
                    <Anchor component={Link} to={to} size="sm">
                      {t('inbox.done.open')}
                    </Anchor>
                  </>
                )}
              </List.Item>
            );
          })}
        </List>
      )}
      {refusal && (
        <Alert color="orange" role="alert" data-testid="inbox-undo-refused">
          {refusal}
        </Alert>
      )}
      <Group>
        <Button variant="light" color="red" loading={busy} onClick={() => void undo()} data-testid="inbox-undo">
          {t('inbox.done.undo')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('inbox.done.undoHelp')}
        </Text>
      </Group>
    </Stack>
  );
}

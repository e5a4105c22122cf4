// One calculator's answer in full: the estimated amount, what is missing, warnings, the reasons
// each with its source, and the calculation details.
import { Accordion, Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RuleResult } from '../../../../shared/rules/types';
import { DetailList } from './DetailList';
import { detailRows, withDisplayDates, withReadableAddresses } from './display';
import { FactList } from './FactList';
import { Money } from './Money';
import type { WhatIfValues } from './whatIf';

export function Reasons({ reasons }: { reasons: RuleResult['reasons'] }) {
  const { t } = useTranslation();
  return (
    <List size="sm" spacing="xs" data-testid="reasons">
      {reasons.map((reason, index) => (
        <List.Item key={index}>
          <Text size="sm">{withDisplayDates(reason.text)}</Text>
          <Text size="xs" c="dimmed" data-testid="source">
            {t('rights.source')}: {withDisplayDates(reason.source)}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/** The first warning (the figures' notice leads) on one line; the others fold under it. */
export function Warnings({ warnings, title }: { warnings: string[]; title: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (warnings.length === 0) return null;
  const shown = open ? warnings : warnings.slice(0, 1);
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconAlertTriangle size={18} aria-hidden />}
      title={title}
      p="xs"
      data-testid="warnings"
    >
      <List size="sm" spacing={2}>
        {shown.map((warning) => (
          <List.Item key={warning}>{withDisplayDates(withReadableAddresses(warning))}</List.Item>
        ))}
      </List>
      {warnings.length > 1 && (
        <Button variant="subtle" size="compact-xs" mt={4} onClick={() => setOpen(!open)} aria-expanded={open}>
          {open ? t('rights.fewerWarnings') : t('rights.moreWarnings', { count: warnings.length - 1 })}
        </Button>
      )}
    </Alert>
  );
}

interface Props {
  clientId: number;
  result: RuleResult | null;
  missing: string[];
  /** Facts the file does not hold that the scan assumed. */
  assumed?: string[];
  onAskWhatIf?(key: keyof WhatIfValues): void;
}

export function ResultBody({ clientId, result, missing, assumed = [], onAskWhatIf }: Props) {
  const { t } = useTranslation();
  const details = result ? detailRows(result.details) : [];
  return (
    <Stack gap="sm">
      <Group gap="xs" align="baseline">
        <Text size="sm" c="dimmed">
          {t('rights.amount')}:
        </Text>
        {result?.amount ? (
          <Money amount={result.amount} unit={result.unit} />
        ) : (
          <Text size="sm">{t(result ? 'rights.noAmount' : 'rights.noAmountMissing')}</Text>
        )}
      </Group>
      <FactList
        clientId={clientId}
        facts={missing}
        title="rights.missing"
        hint="rights.missingHint"
        onAskWhatIf={onAskWhatIf}
      />
      <FactList
        clientId={clientId}
        facts={assumed}
        title="rights.assumed"
        hint="rights.assumedHint"
        onAskWhatIf={onAskWhatIf}
      />
      {result && <Warnings warnings={result.warnings} title={t('rights.warnings')} />}
      {result && (
        <Accordion multiple defaultValue={['reasons']} variant="contained" chevronPosition="left">
          <Accordion.Item value="reasons">
            <Accordion.Control>{t('rights.reasons', { count: result.reasons.length })}</Accordion.Control>
            <Accordion.Panel>
              <Reasons reasons={result.reasons} />
            </Accordion.Panel>
          </Accordion.Item>
          {details.length > 0 && (
            <Accordion.Item value="details">
              <Accordion.Control>{t('rights.details')}</Accordion.Control>
              <Accordion.Panel>
                <DetailList rows={details} />
              </Accordion.Panel>
            </Accordion.Item>
          )}
        </Accordion>
      )}
    </Stack>
  );
}

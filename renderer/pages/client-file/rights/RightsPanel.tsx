// The rights panel of a client file: what the stored file gives on the date of
// the check (the server's scan), or — in what-if mode — the same scan run here on changed facts.
import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconFlask, IconInfoCircle, IconRefresh } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoToDisplay, todayInIsrael } from '../../../../shared/dates';
import { scanClient, type ScannedRight, type ScanResult } from '../../../../shared/rules/scan/scan-client';
import { CalculatorDialog } from './CalculatorDialog';
import { CheckDate } from './CheckDate';
import { DeadlineList } from './DeadlineList';
import { Warnings } from './ResultBody';
import { RightCard } from './RightCard';
import { scanInput } from './scanInput';
import { useRights } from './useRights';
import './rights.css';
import { applyWhatIf, changesFrom, whatIfOf, type WhatIfValues } from './whatIf';
import { WhatIfForm, whatIfFieldId } from './WhatIfForm';
import { fromTexts, toTexts, type WhatIfTexts } from './whatIfText';

const RANK = { eligible: 0, maybe: 1, no: 2 } as const;

/** Rights with a key that stays the same between the stored and the what-if scan. */
function keyed(rights: ScannedRight[]) {
  const seen: Record<string, number> = {};
  return rights
    .map((right) => ({
      key: `${right.calculator}-${(seen[right.calculator] = (seen[right.calculator] ?? 0) + 1)}`,
      right,
    }))
    .sort((a, b) => RANK[a.right.verdict] - RANK[b.right.verdict]);
}

/** Scan warnings that no right shows already (each right lists its own under it). */
function ownWarnings(scan: ScanResult): string[] {
  return scan.warnings.filter((w) => !scan.rights.some((r) => r.result?.warnings.includes(w)));
}

export function RightsPanel({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(() => todayInIsrael());
  const [attempt, setAttempt] = useState(0);
  const [whatIfOpen, setWhatIfOpen] = useState(false);
  const [texts, setTexts] = useState<WhatIfTexts | null>(null);
  const [calculating, setCalculating] = useState<ScannedRight | null>(null);
  const { scan, facts, failure, loading } = useRights(clientId, date, attempt);

  const base = useMemo(() => (facts ? whatIfOf(facts, date) : null), [facts, date]);
  const whatIf = useMemo(() => {
    if (!facts || !base || !texts) return null;
    const { values, errors } = fromTexts(texts, base);
    const changes = changesFrom(base, values);
    const changed = new Set(Object.keys(changes) as (keyof WhatIfValues)[]);
    if (changed.size === 0) return { errors, changed, facts, scan: null };
    const changedFacts = applyWhatIf(facts, date, changes);
    return { errors, changed, facts: changedFacts, scan: scanClient(changedFacts, date) };
  }, [facts, base, texts, date]);

  const [asked, setAsked] = useState<keyof WhatIfValues | null>(null);
  useEffect(() => {
    if (!asked) return;
    const field = document.getElementById(whatIfFieldId(asked));
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
    setAsked(null);
  }, [asked]);
  const askWhatIf = (key: keyof WhatIfValues) => {
    setWhatIfOpen(true);
    setAsked(key);
  };

  if (failure) {
    return (
      <Alert color="red" role="alert">
        {failure}
      </Alert>
    );
  }
  if (!scan || !base) {
    return (
      <Center p="xl">
        <Loader aria-label={t('rights.loading')} />
      </Center>
    );
  }

  const hypothetical = whatIf?.scan ?? null;
  const shown = hypothetical ?? scan;
  const stored = keyed(scan.rights);
  const changeDate = (iso: string) => {
    setTexts(null);
    setDate(iso);
  };

  return (
    <Stack gap="md" data-testid="rights-panel" className="rights-readable">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h3">
            {t('rights.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('rights.asOf', { date: isoToDisplay(date) })}
          </Text>
        </div>
        <Group align="flex-end" gap="sm">
          <CheckDate key={date} date={date} onChange={changeDate} />
          <Button
            variant={whatIfOpen ? 'filled' : 'default'}
            leftSection={<IconFlask size={16} aria-hidden />}
            onClick={() => setWhatIfOpen(!whatIfOpen)}
            aria-pressed={whatIfOpen}
          >
            {t('rights.whatIf.open')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={() => setAttempt(attempt + 1)}
            loading={loading}
          >
            {t('rights.refresh')}
          </Button>
        </Group>
      </Group>

      <Alert
        color="blue"
        variant="light"
        icon={<IconInfoCircle size={18} aria-hidden />}
        p="xs"
        data-testid="estimate-note"
      >
        {t('rights.estimate')}
      </Alert>

      {whatIfOpen && (
        <WhatIfForm
          texts={texts ?? toTexts(base)}
          errors={whatIf?.errors ?? {}}
          changed={whatIf?.changed ?? new Set()}
          onChange={setTexts}
          onReset={() => setTexts(null)}
        />
      )}
      {hypothetical && (
        <Alert
          color="yellow"
          variant="outline"
          role="status"
          data-testid="what-if-active"
          icon={<IconFlask size={18} aria-hidden />}
          bg="var(--mantine-color-yellow-1)"
          c="dark.8"
          p="xs"
        >
          <Group justify="space-between">
            <Text fw={700} size="sm">
              {t('rights.whatIf.active')}
            </Text>
            <Button size="xs" variant="default" onClick={() => setTexts(null)}>
              {t('rights.whatIf.reset')}
            </Button>
          </Group>
        </Alert>
      )}

      <Warnings warnings={ownWarnings(shown)} title={t('rights.scanWarnings')} />
      {shown.rights.length === 0 && <Text c="dimmed">{t('rights.noRights')}</Text>}
      {keyed(shown.rights).map(({ key, right }) => (
        <RightCard
          key={key}
          clientId={clientId}
          right={right}
          stored={hypothetical ? stored.find((s) => s.key === key)?.right : undefined}
          onCalculate={setCalculating}
          onAskWhatIf={askWhatIf}
        />
      ))}

      <DeadlineList deadlines={shown.deadlines} date={date} />

      {calculating && (
        <CalculatorDialog
          clientId={clientId}
          calculator={calculating.calculator}
          input={scanInput(whatIf?.facts ?? facts!, date, calculating)}
          onClose={() => setCalculating(null)}
        />
      )}
    </Stack>
  );
}

// The dry run's answer: how many rows are fine, to fix and skipped, and each row with problems —
// its number in the file, each bad cell under its column's name with the reason, editable in place
// and checked again, or the whole row skipped.
import { Alert, Badge, Button, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowBackUp, IconPlayerSkipForward, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../../shared/schemas/transfer';
import { sheetColumns, sheetLabel } from '../../../shared/transfer/layout';
import { statusColors } from '../dashboard/statusColors';
import type { ImportWizard } from './useImportWizard';

interface RowProblems {
  sheet: ImportProblem['sheet'];
  row: number;
  problems: ImportProblem[];
}

function byRow(problems: ImportProblem[]): RowProblems[] {
  const rows = new Map<string, RowProblems>();
  for (const problem of problems) {
    const key = `${problem.sheet}|${problem.row}`;
    const entry = rows.get(key) ?? { sheet: problem.sheet, row: problem.row, problems: [] };
    entry.problems.push(problem);
    rows.set(key, entry);
  }
  return [...rows.values()];
}

/** A cell the user can type a new value for: a column of the sheet (not a file-wide problem). */
const editable = (problem: ImportProblem) =>
  sheetColumns[problem.sheet].some((column) => column.field === problem.field);

function RowTitle({ sheet, row }: Pick<RowProblems, 'sheet' | 'row'>) {
  const { t } = useTranslation();
  return (
    <>
      {sheet === 'clients'
        ? t('import.check.row', { row })
        : t('import.check.rowIn', { row, sheet: sheetLabel(sheet) })}
    </>
  );
}

function ProblemRow({ entry, wizard }: { entry: RowProblems; wizard: ImportWizard }) {
  const { t } = useTranslation();
  const { sheet, row } = entry;
  const submit = (form: HTMLFormElement) => {
    const values = Object.fromEntries([...new FormData(form)].map(([field, value]) => [field, String(value)]));
    void wizard.fix({ sheet, row }, values);
  };
  const fields = entry.problems.filter(editable);
  return (
    <Paper withBorder p="sm" radius="md" data-testid={`problem-${sheet}-${row}`}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit(event.currentTarget);
        }}
      >
        <Stack gap="xs">
          <Group gap="sm">
            <Text fw={600}>
              <RowTitle sheet={sheet} row={row} />
            </Text>
            {entry.problems[0]?.rowLabel && <Text c="gray.7">{entry.problems[0].rowLabel}</Text>}
          </Group>
          {entry.problems
            .filter((problem) => !editable(problem))
            .map((problem) => (
              <Text key={problem.field} c="red.8" size="sm">
                {problem.message}
              </Text>
            ))}
          <Group align="flex-start" gap="md">
            {fields.map((problem) => (
              <TextInput
                key={problem.field}
                name={problem.field}
                w={300}
                label={problem.fieldLabel}
                aria-label={t('import.check.fixLabel', { field: problem.fieldLabel, row })}
                defaultValue={problem.value ?? ''}
                error={problem.message}
                // Mantine's error red reads below AA as text: the message and the typed value in darker shades.
                errorProps={{ c: statusColors.red }}
                styles={{ input: { color: 'var(--mantine-color-text)' } }}
              />
            ))}
          </Group>
          <Group gap="sm">
            {fields.length > 0 && (
              <Button
                type="submit"
                size="xs"
                variant="light"
                leftSection={<IconRefresh size={14} />}
                loading={wizard.busy}
              >
                {t('import.check.recheck')}
              </Button>
            )}
            <Button
              size="xs"
              variant="subtle"
              color="gray"
              leftSection={<IconPlayerSkipForward size={14} />}
              onClick={() => void wizard.skip({ sheet, row })}
              disabled={wizard.busy}
            >
              {t('import.check.skip')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function Counts({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  const preview = wizard.preview!;
  const toFix = byRow(preview.problems.filter((problem) => problem.row > 1)).length;
  return (
    <Group gap="sm" data-testid="import-counts">
      <Badge size="lg" variant="outline" color={statusColors.green}>
        {t('import.check.ok', { count: preview.valid })}
      </Badge>
      <Badge size="lg" variant="outline" color={toFix > 0 ? statusColors.red : statusColors.neutral}>
        {t('import.check.toFix', { count: toFix })}
      </Badge>
      <Badge size="lg" variant="outline" color={statusColors.neutral}>
        {t('import.check.skipped', { count: preview.skippedRows })}
      </Badge>
      {preview.duplicateCount > 0 && (
        <Badge size="lg" variant="light" color="yellow">
          {t('import.check.inOffice', { count: preview.duplicateCount })}
        </Badge>
      )}
    </Group>
  );
}

export function ProblemsStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  const preview = wizard.preview!;
  const header = preview.problems.filter((problem) => problem.row === 1);
  const rows = byRow(preview.problems.filter((problem) => problem.row > 1));
  const ready = preview.problemCount === 0 && preview.valid > 0;
  return (
    <Stack gap="md" aria-busy={wizard.busy}>
      <Counts wizard={wizard} />
      {header.length > 0 && (
        <Alert color="red" title={t('import.check.header')}>
          <List size="sm">
            {header.map((problem) => (
              <List.Item key={`${problem.sheet}|${problem.field}`}>{problem.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {rows.map((entry) => (
        <ProblemRow
          key={`${entry.sheet}|${entry.row}|${JSON.stringify(entry.problems)}`}
          entry={entry}
          wizard={wizard}
        />
      ))}
      {preview.problemCount > preview.problems.length && (
        <Text c="gray.7">{t('import.check.more', { count: preview.problemCount - preview.problems.length })}</Text>
      )}
      {wizard.answers.skips.length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h5">
            {t('import.check.skippedTitle')}
          </Title>
          {wizard.answers.skips.map((skip) => (
            <Group key={`${skip.sheet}|${skip.row}`} gap="sm">
              <Text size="sm">
                <RowTitle sheet={skip.sheet} row={skip.row} />
              </Text>
              <Button
                size="compact-xs"
                variant="subtle"
                leftSection={<IconArrowBackUp size={14} />}
                onClick={() => void wizard.unskip(skip)}
                disabled={wizard.busy}
              >
                {t('import.check.unskip')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
      {preview.problemCount === 0 && (
        <Alert color={ready ? 'green' : 'gray'}>{ready ? t('import.check.allGood') : t('import.check.nothing')}</Alert>
      )}
      <Group>
        <Button onClick={() => void wizard.run()} disabled={!ready || wizard.busy}>
          {t('import.check.confirm', { count: preview.valid })}
        </Button>
      </Group>
    </Stack>
  );
}

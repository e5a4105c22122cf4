// The intake wizard for a new client: identity (ID check, duplicate warning),
// family and dependants, work and income, medical situation, the event that brings them — each step
// checked with the contract's schemas, nothing typed lost going back and forth (drafts) — then the
// client and those records are saved once, in one transaction, followed by a first rights scan and
// the documents to sign.
import { Alert, Anchor, Button, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ApiError } from '../../../shared/api/result';
import { clientFields, type Client } from '../../../shared/schemas/client';
import type { IntakeRecordKind } from '../../../shared/schemas/intake';
import { call } from '../../api/client';
import { emptyClient, toClientInput, type ClientFormValues } from '../../forms/clientValues';
import { contractResolver } from '../../forms/contractResolver';
import { useDraft } from '../../forms/useDraft';
import { ClientFormFields } from '../ClientFormFields';
import classes from '../clients/readable.module.css';
import { DocumentsStep } from './DocumentsStep';
import { DuplicateWarning } from './DuplicateWarning';
import { emptyRecords, recordsInput, stepResolver, type IntakeRecordsValues } from './intakeRecords';
import { RecordRows } from './RecordRows';
import { RightsStep } from './RightsStep';

const STEPS = ['identity', 'family', 'work', 'medical', 'event', 'rights', 'documents'] as const;
type Step = (typeof STEPS)[number];
const SAVE_STEP = STEPS.indexOf('event');

const STEP_KINDS: Partial<Record<Step, IntakeRecordKind[]>> = {
  family: ['family'],
  work: ['employment', 'incomes'],
  medical: ['medical'],
  event: ['events'],
};

function stepOfField(field: string): number {
  const kind = field.split('.')[0];
  const step = STEPS.find((s) => STEP_KINDS[s]?.includes(kind as IntakeRecordKind));
  return step ? STEPS.indexOf(step) : 0;
}

export function IntakePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [active, setActive] = useState(0);
  const [client, setClient] = useState<Client | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const stepKinds = useRef<IntakeRecordKind[]>([]);

  const identity = useForm<ClientFormValues>({ defaultValues: emptyClient, resolver: contractResolver(clientFields, toClientInput) });
  const records = useForm<IntakeRecordsValues>({ defaultValues: emptyRecords, resolver: stepResolver(stepKinds) });
  const identityDraft = useDraft(identity, 'intake.identity', client === null);
  const recordsDraft = useDraft(records, 'intake.records', client === null);
  const step = STEPS[active]!;

  /** A refusal from the server lands under its field, on the step that holds it. */
  const showRefusal = (error: ApiError) => {
    if (!error.field) {
      setFailure(error.message);
      return;
    }
    const target = stepOfField(error.field);
    setActive(target);
    requestAnimationFrame(() => {
      if (target === 0) identity.setError(error.field as Path<ClientFormValues>, { type: 'server', message: error.message }, { shouldFocus: true });
      else records.setError(error.field as Path<IntakeRecordsValues>, { type: 'server', message: error.message }, { shouldFocus: true });
    });
  };

  const save = async () => {
    setSaving(true);
    setFailure(null);
    const reply = await call('clients.intake', { ...toClientInput(identity.getValues()), ...recordsInput(records.getValues()) });
    setSaving(false);
    if (!reply.ok) {
      showRefusal(reply.error);
      return;
    }
    identityDraft.discard();
    recordsDraft.discard();
    setClient(reply.value);
    setActive(STEPS.indexOf('rights'));
  };

  const next = () => {
    setFailure(null);
    if (step === 'identity') {
      void identity.handleSubmit(() => setActive(1))();
      return;
    }
    const kinds = STEP_KINDS[step];
    if (!kinds) {
      setActive(active + 1);
      return;
    }
    stepKinds.current = kinds;
    void records.handleSubmit(() => (active === SAVE_STEP ? save() : setActive(active + 1)))();
  };

  const cancel = () => {
    identityDraft.discard();
    recordsDraft.discard();
    void navigate('/clients');
  };

  const content = (s: Step) => {
    if (s === 'identity') {
      return (
        <Stack gap="md">
          <DuplicateWarning control={identity.control} />
          <ClientFormFields form={identity} />
        </Stack>
      );
    }
    if (s === 'rights') return client && <RightsStep clientId={client.id} />;
    if (s === 'documents') return client && <DocumentsStep clientId={client.id} />;
    return (
      <Stack gap="xl">
        <Text size="sm" c="gray.7">
          {t('intake.optional')}
        </Text>
        {STEP_KINDS[s]!.map((kind) => (
          <RecordRows key={kind} form={records} kind={kind} />
        ))}
      </Stack>
    );
  };

  const editable = client === null;
  return (
    <Stack maw={1100} gap="md" className={classes.readable}>
      <Anchor component={Link} to="/clients" size="sm">
        <Group gap={4}>
          <IconArrowRight size={14} />
          {t('clientForm.back')}
        </Group>
      </Anchor>
      <div>
        <Title order={1} size="h2">
          {client ? `${client.firstNameHe} ${client.lastNameHe}` : t('intake.title')}
        </Title>
        <Text c="gray.7" size="sm" mt={4}>
          {client ? t('intake.saved') : t('intake.intro')}
        </Text>
      </div>
      {(identityDraft.restored || recordsDraft.restored) && editable && <Alert color="blue">{t('intake.draftRestored')}</Alert>}
      {client && (
        <Alert color="green" role="status">
          {t('intake.created', { name: `${client.firstNameHe} ${client.lastNameHe}` })}
        </Alert>
      )}
      <Stepper
        active={active}
        onStepClick={setActive}
        allowNextStepsSelect={false}
        size="sm"
        iconSize={30}
        styles={{ stepLabel: { fontSize: 'var(--mantine-font-size-sm)' } }}
      >
        {STEPS.map((s, index) => (
          <Stepper.Step key={s} label={t(`intake.steps.${s}`)} allowStepSelect={editable ? index < active && index <= SAVE_STEP : index > SAVE_STEP && index < active} />
        ))}
      </Stepper>
      <Paper withBorder p="lg">
        <Stack gap="md">
          <div>
            <Title order={2} size="h3">
              {t(`intake.steps.${step}`)}
            </Title>
            <Text size="sm" c="gray.7">
              {t(`intake.stepHelp.${step}`)}
            </Text>
          </div>
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              next();
            }}
          >
            {content(step)}
            <Group mt="xl" justify="space-between">
              <Group>
                {editable && active > 0 && (
                  <Button variant="default" leftSection={<IconArrowRight size={16} />} onClick={() => setActive(active - 1)}>
                    {t('intake.back')}
                  </Button>
                )}
                {editable && (
                  <Button variant="subtle" color="gray" onClick={cancel}>
                    {t('clientForm.cancel')}
                  </Button>
                )}
              </Group>
              {editable && (
                <Button type="submit" loading={saving} rightSection={<IconArrowLeft size={16} />}>
                  {active === SAVE_STEP ? t('intake.save') : t('intake.next')}
                </Button>
              )}
              {step === 'rights' && (
                <Button type="button" rightSection={<IconArrowLeft size={16} />} onClick={() => setActive(active + 1)}>
                  {t('intake.toDocuments')}
                </Button>
              )}
              {step === 'documents' && client && (
                <Button type="button" onClick={() => void navigate(`/clients/${client.id}`)}>
                  {t('intake.finish')}
                </Button>
              )}
            </Group>
          </form>
        </Stack>
      </Paper>
    </Stack>
  );
}

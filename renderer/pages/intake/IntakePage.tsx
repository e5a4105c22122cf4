// The intake wizard for a new client: identity (ID check, duplicate warning),
// family and dependants, work and income, medical situation, the event that brings them — each step
// checked with the contract's schemas, nothing typed lost going back and forth (drafts) — then the
// client and those records are saved once, in one transaction, followed by a first rights scan and
// the documents to sign.
import { Alert, Anchor, Button, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ApiError } from '../../../shared/api/result';
import { isValidIsraeliId, normalizeIsraeliId } from '../../../shared/identity/israeli-id';
import { clientFields, type Client } from '../../../shared/schemas/client';
import type { IntakeRecordKind } from '../../../shared/schemas/intake';
import { call } from '../../api/client';
import { emptyClient, toClientInput, typedDate, type ClientFormValues } from '../../forms/clientValues';
import { contractResolver } from '../../forms/contractResolver';
import { FormSelect } from '../../forms/FormSelect';
import { focusFirstError, focusFirstField } from '../../forms/focusField';
import { useDraft } from '../../forms/useDraft';
import { hmos } from '../../../shared/domain/enums';
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
  medical: ['diagnoses', 'doctors', 'hospitalisations', 'medications', 'medical'],
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
  const stepBody = useRef<HTMLDivElement>(null);
  const stepTitle = useRef<HTMLHeadingElement>(null);
  /** A step shown after a refusal keeps the focus on the refused field, not on its first one. */
  const refused = useRef(false);

  // Focus and scroll are ours (focusField.ts): the first marked field in screen order, not in registration order.
  const identity = useForm<ClientFormValues>({
    defaultValues: emptyClient,
    resolver: contractResolver(clientFields, toClientInput),
    shouldFocusError: false,
  });
  const records = useForm<IntakeRecordsValues>({
    defaultValues: emptyRecords,
    resolver: stepResolver(stepKinds, () => typedDate(identity.getValues('birthDate')) || null),
    shouldFocusError: false,
  });
  const identityDraft = useDraft(identity, 'intake.identity', client === null);
  const recordsDraft = useDraft(records, 'intake.records', client === null);
  const step = STEPS[active]!;

  useEffect(() => {
    if (refused.current) refused.current = false;
    else focusFirstField(stepBody.current, stepTitle.current);
  }, [active]);

  // Counted, so the focus moves after React has drawn the errors (aria-invalid) the check just set.
  const [errorsShown, setErrorsShown] = useState(0);
  const showErrors = () => setErrorsShown((n) => n + 1);
  useEffect(() => {
    if (errorsShown === 0) return;
    // A field marked through its own form subscription may be drawn after this render: a frame later.
    const frame = requestAnimationFrame(() => focusFirstError(stepBody.current));
    return () => cancelAnimationFrame(frame);
  }, [errorsShown]);

  /** A refusal from the server lands under its field, on the step that holds it. */
  const showRefusal = (error: ApiError) => {
    if (!error.field) {
      setFailure(error.message);
      return;
    }
    const target = stepOfField(error.field);
    refused.current = target !== active;
    setActive(target);
    requestAnimationFrame(() => {
      if (target === 0)
        identity.setError(error.field as Path<ClientFormValues>, { type: 'server', message: error.message });
      else records.setError(error.field as Path<IntakeRecordsValues>, { type: 'server', message: error.message });
      showErrors();
    });
  };

  /** A client the office already has stops the intake at step 1, with the link to their file above the fields. */
  const stopAtDuplicate = async (): Promise<boolean> => {
    const idNumber = normalizeIsraeliId(identity.getValues('idNumber'));
    if (!idNumber || !isValidIsraeliId(idNumber)) return false;
    const reply = await call('clients.byIdNumber', { idNumber });
    if (!reply.ok || !reply.value) return false;
    identity.setError('idNumber', {
      type: 'duplicate',
      message: t(reply.value.deleted ? 'intake.duplicateDeleted' : 'intake.duplicateStop'),
    });
    showErrors();
    return true;
  };

  const save = async () => {
    setSaving(true);
    setFailure(null);
    const reply = await call('clients.intake', {
      ...toClientInput(identity.getValues()),
      ...recordsInput(records.getValues()),
    });
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
      void stopAtDuplicate().then(async (stopped) => {
        if (!stopped) await identity.handleSubmit(() => setActive(1), showErrors)();
      });
      return;
    }
    const kinds = STEP_KINDS[step];
    if (!kinds) {
      setActive(active + 1);
      return;
    }
    stepKinds.current = kinds;
    void records.handleSubmit(() => (active === SAVE_STEP ? save() : setActive(active + 1)), showErrors)();
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
          <ClientFormFields form={identity} hide={['hmo']} />
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
        {s === 'medical' && (
          <FormSelect
            form={identity}
            name="hmo"
            label={t('clientForm.hmo')}
            placeholder={t('clientForm.none')}
            data={hmos.map((value) => ({ value, label: t(`enums.hmo.${value}`) }))}
            maw={320}
          />
        )}
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
      {(identityDraft.restored || recordsDraft.restored) && editable && (
        <Alert color="blue">{t('intake.draftRestored')}</Alert>
      )}
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
          <Stepper.Step
            key={s}
            label={t(`intake.steps.${s}`)}
            allowStepSelect={editable ? index < active && index <= SAVE_STEP : index > SAVE_STEP && index < active}
          />
        ))}
      </Stepper>
      <Paper withBorder p="lg">
        <Stack gap="md">
          <div>
            <Title order={2} size="h3" ref={stepTitle} tabIndex={-1}>
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
            <div ref={stepBody}>{content(step)}</div>
            <Group mt="xl" justify="space-between">
              <Group>
                {editable && active > 0 && (
                  <Button
                    variant="default"
                    leftSection={<IconArrowRight size={16} />}
                    onClick={() => setActive(active - 1)}
                  >
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

// Prepare → preview → sign one paper. The preview is the same PDF the signature will freeze; the
// insured signs on the pad (or the name is typed, except on a power of attorney or a medical waiver,
// which are signed by hand only), and the signed PDF is stored by its SHA-256.
import { Alert, Button, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEye, IconSignature } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaperOptionsInput } from '../../../shared/paperwork/options';
import type { PaperTemplate } from '../../../shared/paperwork/templates';
import type { SignedPaperInfo } from '../../../shared/api/procedures/paperwork';
import type { ApiError } from '../../../shared/api/result';
import { call } from '../../api/client';
import { FeeTermsNotice } from './FeeTermsNotice';
import { PaperOptionsFields } from './PaperOptionsFields';
import { PdfFrame } from './PdfFrame';
import { SignatureCanvas } from './SignatureCanvas';
import { useFeeCheck } from './useFeeCheck';

export interface PaperRequest {
  clientId: number;
  claimId: number | null;
  template: PaperTemplate;
  signer: { name: string; idNumber: string | null };
  language?: PaperTemplate['languages'][number];
}

/** Which machine took the signature, as the signed paper records it. */
function deviceName(): string {
  const shell = window.mitzui ? 'Mitzui desktop' : 'browser';
  return `${shell} · ${navigator.userAgent}`.slice(0, 200);
}

export function PaperDialog({
  request,
  onClose,
  onSigned,
}: {
  request: PaperRequest;
  onClose(): void;
  onSigned(paper: SignedPaperInfo): void;
}) {
  const { t } = useTranslation();
  const { template } = request;
  const [language, setLanguage] = useState(
    request.language && template.languages.includes(request.language) ? request.language : 'he',
  );
  const [options, setOptions] = useState<PaperOptionsInput>({
    scope: 'general',
    benefits: [],
    openingFee: '0.00',
    successFeePercent: '10.00',
  });
  const [preview, setPreview] = useState<{ pdfBase64: string; missing: string[] } | null>(null);
  const [method, setMethod] = useState<'drawn' | 'typed'>('drawn');
  const [drawn, setDrawn] = useState<string | null>(null);
  const [typed, setTyped] = useState(request.signer.name);
  const [signerName, setSignerName] = useState(request.signer.name);
  const [signerIdNumber, setSignerIdNumber] = useState(request.signer.idNumber ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<'preview' | 'sign' | null>(null);
  const fees = useFeeCheck(template.id, options);
  /** A term's own problem shows under it once typed; a missing one once a preview was asked for. */
  const [asked, setAsked] = useState(false);
  const live = Object.fromEntries(
    Object.entries(fees?.problems ?? {}).filter(([field]) => asked || field !== 'options.benefits'),
  );

  const paper = { clientId: request.clientId, claimId: request.claimId, template: template.id, language, options };

  const refused = (error: ApiError) => {
    if (error.field) setErrors({ [error.field]: error.message });
    else setFailure(error.message);
  };

  const showPreview = async () => {
    setAsked(true);
    if (fees?.blocked) return;
    setBusy('preview');
    setErrors({});
    setFailure(null);
    const reply = await call('paperwork.preview', paper);
    setBusy(null);
    if (reply.ok) setPreview(reply.value);
    else refused(reply.error);
  };

  const sign = async () => {
    setErrors({});
    setFailure(null);
    if (method === 'drawn' && !drawn) {
      setErrors({ signature: t('paperwork.sign.empty') });
      return;
    }
    setBusy('sign');
    const reply = await call('paperwork.sign', {
      ...paper,
      signerName,
      signerIdNumber: signerIdNumber || null,
      method,
      signature: method === 'drawn' ? drawn! : typed,
      device: deviceName(),
    });
    setBusy(null);
    if (!reply.ok) {
      refused(reply.error);
      return;
    }
    notifications.show({ color: 'green', message: t('paperwork.sign.done') });
    onSigned(reply.value);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={template.title}
      closeButtonProps={{ 'aria-label': t('paperwork.close') }}
    >
      <Stack gap="md">
        {template.languages.length > 1 && (
          <Select
            label={t('paperwork.language')}
            description={t('paperwork.languageHelp')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            data={template.languages.map((l) => ({ value: l, label: t(`paperwork.languages.${l}`) }))}
            value={language}
            onChange={(l) => l && setLanguage(l as typeof language)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        <PaperOptionsFields
          template={template.id}
          value={options}
          onChange={setOptions}
          errors={{ ...errors, ...live }}
          caps={fees?.caps ?? null}
        />
        <Group>
          <Button
            variant="default"
            leftSection={<IconEye size={16} />}
            loading={busy === 'preview'}
            onClick={() => void showPreview()}
          >
            {t('paperwork.preview')}
          </Button>
        </Group>
        {preview && !fees?.blocked && (
          <>
            {preview.missing.length > 0 && (
              <Alert color="yellow" role="status">
                {t('paperwork.missing', { fields: preview.missing.join(', ') })}
              </Alert>
            )}
            <PdfFrame base64={preview.pdfBase64} title={t('paperwork.previewTitle')} />
          </>
        )}

        {fees && <FeeTermsNotice check={fees} />}
        {!fees?.blocked && (
          <>
            <Title order={3} size="h5">
              {t('paperwork.sign.title')}
            </Title>
            <Group grow align="flex-start">
              <TextInput
                label={t('paperwork.sign.signerName')}
                withAsterisk
                value={signerName}
                onChange={(e) => setSignerName(e.currentTarget.value)}
                error={errors.signerName}
              />
              <TextInput
                label={t('paperwork.sign.signerIdNumber')}
                dir="ltr"
                value={signerIdNumber}
                onChange={(e) => setSignerIdNumber(e.currentTarget.value)}
                error={errors.signerIdNumber}
              />
            </Group>
            {template.handSigned ? (
              <Text size="sm" c="gray.7" data-testid="hand-only">
                {t('paperwork.sign.handOnly')}
              </Text>
            ) : (
              <SegmentedControl
                value={method}
                onChange={(m) => setMethod(m as 'drawn' | 'typed')}
                data={[
                  { value: 'drawn', label: t('paperwork.sign.drawn') },
                  { value: 'typed', label: t('paperwork.sign.typed') },
                ]}
              />
            )}
            {method === 'drawn' ? (
              <SignatureCanvas onChange={setDrawn} error={errors.signature} />
            ) : (
              <TextInput
                label={t('paperwork.sign.typedName')}
                withAsterisk
                value={typed}
                onChange={(e) => setTyped(e.currentTarget.value)}
                error={errors.signature}
                styles={{ input: { fontStyle: 'italic', fontSize: 18 } }}
              />
            )}
          </>
        )}
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        {Object.keys(errors).length > 0 && (
          <Text size="sm" c="red.8" role="alert">
            {Object.values(errors)[0]}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('paperwork.cancel')}
          </Button>
          {!fees?.blocked && (
            <Button leftSection={<IconSignature size={16} />} loading={busy === 'sign'} onClick={() => void sign()}>
              {t('paperwork.sign.submit')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

/** A paper prepared from a button: `prepare` opens the dialog; `dialog` renders it; `onSigned` reloads. */
export function usePaperDialog(onSigned: () => void): { prepare(request: PaperRequest): void; dialog: ReactNode } {
  const [request, setRequest] = useState<PaperRequest | null>(null);
  const dialog = request && (
    <PaperDialog
      request={request}
      onClose={() => setRequest(null)}
      onSigned={() => {
        setRequest(null);
        onSigned();
      }}
    />
  );
  return { prepare: setRequest, dialog };
}

// A claim's form and upload package: what blocks the export (with a button that prepares the
// missing paper or signs a changed one again, in the client's language where the paper has it), the
// checklist, the filled form, and the export itself as a ZIP to download, with the folder it was saved in.
import { Alert, Button, Group, List, NumberInput, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconFileZip, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../shared/api/contract';
import { templateById } from '../../../shared/paperwork/templates';
import { call } from '../../api/client';
import { Ltr } from '../../components/Ltr';
import { formatDate } from '../../format';
import { base64ToBlob, download } from '../client-file/documents/fileBytes';
import { ExportFolder } from './ExportFolder';
import { ExportTarget, useExportTarget } from './ExportTarget';
import { usePaperDialog } from './PaperDialog';
import { useClaimReadiness } from './paperworkQueries';

type Readiness = OutputOf<'paperwork.readiness'>;
/** בל/910, the request to the claims committee to look at a rejected claim again. */
const CLAIMS_COMMITTEE_FORM = 'bl910';
type Exported = OutputOf<'paperwork.export'>;

/** A missing paper is created; a changed or outdated one is signed again. */
function BlockerButton({
  kind,
  template,
  onClick,
}: {
  kind: Readiness['blockers'][number]['kind'];
  template: string;
  onClick(template: string): void;
}) {
  const { t } = useTranslation();
  const again = kind === 'changed_paper' || kind === 'client_changed';
  const paper =
    templateById(template)?.kind === 'claim_form'
      ? t('paperwork.templates.claimForm')
      : t(`paperwork.templates.${template}`);
  return (
    // Never squeezed by a long message beside it: the paper it creates stays readable.
    <Button size="xs" variant="white" color="red" style={{ flexShrink: 0 }} onClick={() => onClick(template)}>
      {again ? t('paperwork.claim.resign') : t('paperwork.claim.create')}: {paper}
    </Button>
  );
}

/** `claimsCommittee`: the decision can go to the claims committee (a rejection), so its request is offered. */
export function ClaimPaperwork({ claimId, claimsCommittee }: { claimId: number; claimsCommittee: boolean }) {
  const { t } = useTranslation();
  /** What blocks the export; who signs, and the language the client reads. */
  const { readiness, person, failure: readFailure, reload: load } = useClaimReadiness(claimId);
  const [exportFailure, setFailure] = useState<string | null>(null);
  const failure = exportFailure ?? readFailure;
  const [limitMb, setLimitMb] = useState<number | string>(5);
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<Exported | null>(null);
  const target = useExportTarget();
  const [folderError, setFolderError] = useState<string | null>(null);

  const { prepare: open, dialog } = usePaperDialog(() => {
    setFailure(null);
    void load();
  });

  /** The paper opens in the client's language where the template has it (the dialog falls back to Hebrew). */
  const prepare = (templateId: string) => {
    const template = templateById(templateId);
    if (template && readiness && person)
      open({ clientId: readiness.clientId, claimId: template.needsClaim ? claimId : null, template, ...person });
  };

  const exportPackage = async () => {
    setExporting(true);
    setFolderError(null);
    const targetFolder = target.folder.trim() || undefined;
    const reply = await call('paperwork.export', {
      claimId,
      uploadLimitMb: Number(limitMb) || 5,
      ...(targetFolder && { targetFolder }),
    });
    setExporting(false);
    if (!reply.ok) {
      if (reply.error.field === 'targetFolder') setFolderError(reply.error.message);
      else setFailure(reply.error.message);
      return;
    }
    setExported(reply.value);
    if (targetFolder) target.remember(targetFolder);
    // Written into the chosen folder: no second copy in the downloads (the result offers one).
    if (!reply.value.path) download(base64ToBlob(reply.value.zipBase64, 'application/zip'), reply.value.fileName);
    notifications.show({
      color: 'green',
      message: reply.value.path ? (
        <>
          {t('paperwork.claim.exported')} <Ltr>{reply.value.path}</Ltr>
        </>
      ) : (
        t('paperwork.claim.downloaded')
      ),
    });
  };

  return (
    <Paper withBorder p="md" data-testid="claim-paperwork">
      <Title order={2} size="h4" mb="sm">
        {t('paperwork.claim.title')}
      </Title>
      <Stack gap="sm">
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        {readiness && !readiness.form && <Text c="gray.7">{t('paperwork.claim.noForm')}</Text>}
        {readiness?.form && (
          <>
            <Text>
              {t('paperwork.claim.form')}: {readiness.form.title}
              {readiness.form.formNumber && (
                <>
                  {' · '}
                  <Ltr>{readiness.form.formNumber}</Ltr>
                </>
              )}
            </Text>
            {readiness.blockers.length > 0 ? (
              <Alert color="red" title={t('paperwork.claim.blockers')} data-testid="export-blockers">
                <Stack gap={6}>
                  {readiness.blockers.map((b) => (
                    <Group key={b.message} justify="space-between" wrap="nowrap">
                      <Text size="sm">{b.message}</Text>
                      {b.template && <BlockerButton kind={b.kind} template={b.template} onClick={prepare} />}
                    </Group>
                  ))}
                </Stack>
              </Alert>
            ) : (
              <Alert color="green">{t('paperwork.claim.ready')}</Alert>
            )}
            <Title order={3} size="h5">
              {t('paperwork.claim.checklist')}
            </Title>
            <List spacing={4} size="sm" data-testid="claim-checklist">
              {readiness.checklist.map((item) => (
                <List.Item
                  key={item.id}
                  icon={
                    <ThemeIcon size={18} radius="xl" color={item.present ? 'green' : 'red'} variant="light">
                      {item.present ? <IconCheck size={12} /> : <IconX size={12} />}
                    </ThemeIcon>
                  }
                >
                  {item.label} —{' '}
                  {item.scanned
                    ? t('paperwork.claim.scanned', { date: formatDate(item.scanned.date) })
                    : item.present
                      ? t('paperwork.claim.present')
                      : t('paperwork.claim.absent')}
                </List.Item>
              ))}
            </List>
            <Group align="flex-end">
              <Button variant="default" onClick={() => prepare(readiness.form!.id)}>
                {t('paperwork.claim.signForm')}
              </Button>
              {claimsCommittee && (
                <Button variant="default" onClick={() => prepare(CLAIMS_COMMITTEE_FORM)}>
                  {t('paperwork.claim.claimsCommitteeForm')}
                </Button>
              )}
              <NumberInput
                label={t('paperwork.claim.uploadLimit')}
                value={limitMb}
                onChange={setLimitMb}
                min={0.1}
                max={100}
                step={1}
                decimalScale={1}
                w={220}
                dir="ltr"
              />
              <ExportTarget
                folder={target.folder}
                recent={target.recent}
                error={folderError}
                onChange={target.setFolder}
              />
              <Button
                leftSection={<IconFileZip size={16} />}
                loading={exporting}
                disabled={readiness.blockers.length > 0}
                onClick={() => void exportPackage()}
              >
                {t('paperwork.claim.export')}
              </Button>
            </Group>
          </>
        )}
        {exported && (
          <Alert color="blue" title={t('paperwork.claim.files')} data-testid="export-result">
            <List size="sm" spacing={2}>
              {exported.manifest.files.map((f) => (
                <List.Item key={f.name}>
                  <Ltr>{f.name}</Ltr> — {f.description}
                </List.Item>
              ))}
            </List>
            {exported.warnings.map((w) => (
              <Text key={w} size="sm" c="red.9" mt={4}>
                {w}
              </Text>
            ))}
            <Button
              mt="sm"
              size="xs"
              variant="light"
              onClick={() => download(base64ToBlob(exported.zipBase64, 'application/zip'), exported.fileName)}
            >
              {t('paperwork.claim.download')}
            </Button>
            {exported.path && <ExportFolder path={exported.path} fileName={exported.fileName} />}
          </Alert>
        )}
      </Stack>
      {dialog}
    </Paper>
  );
}

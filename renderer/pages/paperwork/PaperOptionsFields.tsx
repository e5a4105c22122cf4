// The choices each consent asks for: the power of attorney's scope and the lawyers it appoints, the
// waiver's institutions and psychiatric strike-out, the fee agreement's benefits and fees (each with
// its cap in the hint). Errors come from the live fee check or back from the server.
import { Checkbox, MultiSelect, Radio, Stack, TextInput, Textarea, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useStaffList } from '../../api/useStaffList';
import { benefits, type Benefit } from '../../../shared/domain/enums';
import { percentCap, type FeeCaps } from '../../../shared/paperwork/fee-caps';
import type { PaperOptionsInput } from '../../../shared/paperwork/options';

interface Props {
  template: string;
  value: PaperOptionsInput;
  onChange(next: PaperOptionsInput): void;
  errors: Record<string, string>;
  /** The fee agreement's caps, once the server has told them. */
  caps?: FeeCaps | null;
}

/** The office's active lawyers, for the power of attorney to appoint (none picked: all of them). */
function LawyerField({
  value,
  onChange,
  error,
}: {
  value: number[];
  onChange(ids: number[]): void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const staff = useStaffList();
  const lawyers = staff
    .filter((s) => s.active && s.role !== 'staff')
    .map((s) => ({ value: String(s.id), label: s.licenseNumber ? `${s.fullName} (${s.licenseNumber})` : s.fullName }));
  return (
    <MultiSelect
      label={t('paperwork.options.lawyers')}
      description={t('paperwork.options.lawyersHelp')}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      data={lawyers}
      value={value.map(String)}
      onChange={(ids) => onChange(ids.map(Number))}
      error={error}
      searchable
      clearable
      comboboxProps={{ withinPortal: true }}
      data-testid="poa-lawyers"
    />
  );
}

export function PaperOptionsFields({ template, value, onChange, errors, caps = null }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<PaperOptionsInput>) => onChange({ ...value, ...patch });
  const benefitField = (
    <MultiSelect
      label={t('paperwork.options.benefits')}
      data={benefits.map((b) => ({ value: b, label: t(`claims.benefit.${b}`) }))}
      value={value.benefits ?? []}
      onChange={(list) => set({ benefits: list as Benefit[] })}
      error={errors['options.benefits']}
      searchable
      comboboxProps={{ withinPortal: true }}
    />
  );

  if (template === 'poa') {
    return (
      <Stack gap="xs">
        <Radio.Group
          label={t('paperwork.options.scope')}
          value={value.scope ?? 'general'}
          onChange={(scope) => set({ scope: scope as 'general' | 'per_benefit' })}
        >
          <Group mt={4}>
            <Radio value="general" label={t('paperwork.options.scopeGeneral')} />
            <Radio value="per_benefit" label={t('paperwork.options.scopePerBenefit')} />
          </Group>
        </Radio.Group>
        {value.scope === 'per_benefit' && benefitField}
        <LawyerField
          value={value.lawyers ?? []}
          onChange={(lawyers) => set({ lawyers })}
          error={errors['options.lawyers']}
        />
        <Checkbox
          label={t('paperwork.options.benefitsInformation')}
          checked={value.benefitsInformation ?? true}
          onChange={(e) => set({ benefitsInformation: e.currentTarget.checked })}
        />
      </Stack>
    );
  }
  if (template === 'medical_waiver') {
    return (
      <Stack gap="xs">
        <Textarea
          label={t('paperwork.options.institutions')}
          description={t('paperwork.options.institutionsHelp')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          value={value.institutions ?? ''}
          onChange={(e) => set({ institutions: e.currentTarget.value })}
          error={errors['options.institutions']}
          autosize
          minRows={2}
        />
        <Checkbox
          label={t('paperwork.options.strikePsychiatric')}
          checked={value.strikePsychiatric ?? false}
          onChange={(e) => set({ strikePsychiatric: e.currentTarget.checked })}
        />
      </Stack>
    );
  }
  if (template === 'fee_agreement') {
    const sheetGiven = value.informationSheetGiven ?? true;
    const hints = {
      openingFee: caps
        ? t('paperwork.options.openingFeeCap', { cap: caps.openingFee })
        : t('paperwork.options.capsHelp'),
      successFeePercent: !caps
        ? t('paperwork.options.capsHelp')
        : t(
            `paperwork.options.${!sheetGiven ? 'percentCapWithoutSheet' : caps.representativeIsLawyer ? 'percentCapLawyer' : 'percentCapOther'}`,
            { cap: percentCap(caps, sheetGiven) },
          ),
    };
    return (
      <Stack gap="xs">
        {benefitField}
        <Group grow align="flex-start">
          {(['openingFee', 'successFeePercent'] as const).map((field) => (
            <TextInput
              key={field}
              label={t(`paperwork.options.${field}`)}
              description={hints[field]}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              dir="ltr"
              value={value[field] ?? ''}
              onChange={(e) => set({ [field]: e.currentTarget.value })}
              error={errors[`options.${field}`]}
            />
          ))}
        </Group>
        <Checkbox
          label={t('paperwork.options.informationSheetGiven')}
          checked={value.informationSheetGiven ?? true}
          onChange={(e) => set({ informationSheetGiven: e.currentTarget.checked })}
        />
      </Stack>
    );
  }
  return null;
}

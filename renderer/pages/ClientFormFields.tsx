// The fields of an insured person's record, in the sections a lawyer reads them in.
import { Checkbox, Grid, Group, Radio, Title, type GridColProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { hmos, languages, maritalStatuses, residencies } from '../../shared/domain/enums';
import type { ClientFormValues } from '../forms/clientValues';
import { FormSelect } from '../forms/FormSelect';
import { FormTextField } from '../forms/FormTextField';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <Title order={2} size="h4" mt="sm">
        {title}
      </Title>
      <Grid>{children}</Grid>
    </>
  );
}

const third = { base: 12, sm: 4 };

interface Props {
  form: UseFormReturn<ClientFormValues>;
  /** A field to mark (a jump from the rights panel to a missing fact). */
  highlight?: string;
  /** Fields another step asks for (the intake asks the health fund with the medical history). */
  hide?: (keyof ClientFormValues)[];
}

export function ClientFormFields({ form, highlight, hide = [] }: Props) {
  const { t } = useTranslation();
  /** A field's column, marked when it is the one to look at. */
  const col = (name: keyof ClientFormValues, span: GridColProps['span'] = third) => ({
    span,
    className: name === highlight ? 'focus-highlight' : undefined,
  });
  const options = (group: string, values: readonly string[]) =>
    values.map((value) => ({ value, label: t(`enums.${group}.${value}`) }));
  const sexError = form.formState.errors.sex?.message;

  return (
    <>
      <Section title={t('clientForm.identity')}>
        <Grid.Col {...col('idNumber')}>
          <FormTextField
            form={form}
            name="idNumber"
            label={t('clientForm.idNumber')}
            help={t('clientForm.idNumberHelp')}
            required
            ltr
            inputMode="numeric"
          />
        </Grid.Col>
        <Grid.Col {...col('firstNameHe')}>
          <FormTextField form={form} name="firstNameHe" label={t('clientForm.firstNameHe')} required />
        </Grid.Col>
        <Grid.Col {...col('lastNameHe')}>
          <FormTextField form={form} name="lastNameHe" label={t('clientForm.lastNameHe')} required />
        </Grid.Col>
        <Grid.Col {...col('birthDate')}>
          <FormTextField
            form={form}
            name="birthDate"
            label={t('clientForm.birthDate')}
            help={t('clientForm.birthDateHelp')}
            placeholder="dd/mm/yyyy"
            required
            ltr
          />
        </Grid.Col>
        <Grid.Col {...col('firstNameLatin')}>
          <FormTextField
            form={form}
            name="firstNameLatin"
            label={t('clientForm.firstNameLatin')}
            help={t('clientForm.latinHelp')}
            ltr
          />
        </Grid.Col>
        <Grid.Col {...col('lastNameLatin')}>
          <FormTextField
            form={form}
            name="lastNameLatin"
            label={t('clientForm.lastNameLatin')}
            help={t('clientForm.latinHelp')}
            ltr
          />
        </Grid.Col>
        <Grid.Col {...col('firstNameAr')}>
          <FormTextField
            form={form}
            name="firstNameAr"
            label={t('clientForm.firstNameAr')}
            help={t('clientForm.arabicHelp')}
            lang="ar"
            dir="rtl"
          />
        </Grid.Col>
        <Grid.Col {...col('lastNameAr')}>
          <FormTextField
            form={form}
            name="lastNameAr"
            label={t('clientForm.lastNameAr')}
            help={t('clientForm.arabicHelp')}
            lang="ar"
            dir="rtl"
          />
        </Grid.Col>
        <Grid.Col {...col('sex')}>
          <Controller
            control={form.control}
            name="sex"
            render={({ field }) => (
              <Radio.Group
                label={t('clientForm.sex')}
                withAsterisk
                value={field.value}
                onChange={field.onChange}
                error={sexError}
              >
                <Group mt={6}>
                  <Radio value="female" label={t('clientForm.female')} ref={field.ref} />
                  <Radio value="male" label={t('clientForm.male')} />
                </Group>
              </Radio.Group>
            )}
          />
        </Grid.Col>
        <Grid.Col {...col('fileNumber')}>
          <FormTextField form={form} name="fileNumber" label={t('clientForm.fileNumber')} ltr />
        </Grid.Col>
      </Section>

      <Section title={t('clientForm.personal')}>
        <Grid.Col {...col('maritalStatus')}>
          <FormSelect
            form={form}
            name="maritalStatus"
            label={t('clientForm.maritalStatus')}
            placeholder={t('clientForm.none')}
            data={options('maritalStatus', maritalStatuses)}
          />
        </Grid.Col>
        <Grid.Col {...col('residency')}>
          <FormSelect
            form={form}
            name="residency"
            label={t('clientForm.residency')}
            placeholder={t('clientForm.none')}
            data={options('residency', residencies)}
          />
        </Grid.Col>
        <Grid.Col {...col('aliyaDate')}>
          <FormTextField form={form} name="aliyaDate" label={t('clientForm.aliyaDate')} placeholder="dd/mm/yyyy" ltr />
        </Grid.Col>
        <Grid.Col {...col('preferredLanguage')}>
          <FormSelect
            form={form}
            name="preferredLanguage"
            label={t('clientForm.preferredLanguage')}
            data={options('language', languages)}
            required
          />
        </Grid.Col>
        {!hide.includes('hmo') && (
          <Grid.Col {...col('hmo')}>
            <FormSelect
              form={form}
              name="hmo"
              label={t('clientForm.hmo')}
              placeholder={t('clientForm.none')}
              data={options('hmo', hmos)}
            />
          </Grid.Col>
        )}
        <Grid.Col {...col('isHousewife', { base: 12, sm: 8 })} pt="lg">
          <Checkbox
            label={t('clientForm.isHousewife')}
            description={t('clientForm.isHousewifeHelp')}
            {...form.register('isHousewife')}
          />
        </Grid.Col>
      </Section>

      <Section title={t('clientForm.address')}>
        <Grid.Col {...col('street', { base: 12, sm: 5 })}>
          <FormTextField form={form} name="street" label={t('clientForm.street')} />
        </Grid.Col>
        <Grid.Col {...col('houseNumber', { base: 6, sm: 2 })}>
          <FormTextField form={form} name="houseNumber" label={t('clientForm.houseNumber')} />
        </Grid.Col>
        <Grid.Col {...col('locality', { base: 6, sm: 3 })}>
          <FormTextField form={form} name="locality" label={t('clientForm.locality')} />
        </Grid.Col>
        <Grid.Col {...col('postalCode', { base: 6, sm: 2 })}>
          <FormTextField form={form} name="postalCode" label={t('clientForm.postalCode')} ltr inputMode="numeric" />
        </Grid.Col>
      </Section>

      <Section title={t('clientForm.contact')}>
        <Grid.Col {...col('mobilePhone')}>
          <FormTextField
            form={form}
            name="mobilePhone"
            label={t('clientForm.mobilePhone')}
            help={t('clientForm.mobilePhoneHelp')}
            type="tel"
            ltr
          />
        </Grid.Col>
        <Grid.Col {...col('otherPhone')}>
          <FormTextField form={form} name="otherPhone" label={t('clientForm.otherPhone')} type="tel" ltr />
        </Grid.Col>
        <Grid.Col {...col('email')}>
          <FormTextField form={form} name="email" label={t('clientForm.email')} type="email" ltr />
        </Grid.Col>
      </Section>

      <Section title={t('clientForm.bank')}>
        <Grid.Col {...col('bankCode', { base: 4, sm: 2 })}>
          <FormTextField form={form} name="bankCode" label={t('clientForm.bankCode')} ltr inputMode="numeric" />
        </Grid.Col>
        <Grid.Col {...col('bankBranch', { base: 8, sm: 2 })}>
          <FormTextField form={form} name="bankBranch" label={t('clientForm.bankBranch')} ltr inputMode="numeric" />
        </Grid.Col>
        <Grid.Col {...col('bankAccount', { base: 12, sm: 4 })}>
          <FormTextField form={form} name="bankAccount" label={t('clientForm.bankAccount')} ltr inputMode="numeric" />
        </Grid.Col>
      </Section>
    </>
  );
}

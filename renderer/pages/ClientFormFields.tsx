// The fields of an insured person's record, in the sections a lawyer reads them in.
import { Checkbox, Grid, Group, Radio, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { languages, maritalStatuses, residencies } from '../../shared/domain/enums';
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

export function ClientFormFields({ form }: { form: UseFormReturn<ClientFormValues> }) {
  const { t } = useTranslation();
  const options = (group: string, values: readonly string[]) => values.map((value) => ({ value, label: t(`enums.${group}.${value}`) }));
  const sexError = form.formState.errors.sex?.message;

  return (
    <>
      <Section title={t('clientForm.identity')}>
        <Grid.Col span={third}>
          <FormTextField form={form} name="idNumber" label={t('clientForm.idNumber')} help={t('clientForm.idNumberHelp')} required ltr inputMode="numeric" />
        </Grid.Col>
        <Grid.Col span={third}>
          <FormTextField form={form} name="firstNameHe" label={t('clientForm.firstNameHe')} required />
        </Grid.Col>
        <Grid.Col span={third}>
          <FormTextField form={form} name="lastNameHe" label={t('clientForm.lastNameHe')} required />
        </Grid.Col>
        <Grid.Col span={third}>
          <FormTextField form={form} name="birthDate" label={t('clientForm.birthDate')} help={t('clientForm.birthDateHelp')} placeholder="dd/mm/yyyy" required ltr />
        </Grid.Col>
        <Grid.Col span={third}>
          <FormTextField form={form} name="firstNameLatin" label={t('clientForm.firstNameLatin')} help={t('clientForm.latinHelp')} ltr />
        </Grid.Col>
        <Grid.Col span={third}>
          <FormTextField form={form} name="lastNameLatin" label={t('clientForm.lastNameLatin')} help={t('clientForm.latinHelp')} ltr />
        </Grid.Col>
        <Grid.Col span={third}>
          <Controller
            control={form.control}
            name="sex"
            render={({ field }) => (
              <Radio.Group label={t('clientForm.sex')} withAsterisk value={field.value} onChange={field.onChange} error={sexError}>
                <Group mt={6}>
                  <Radio value="female" label={t('clientForm.female')} ref={field.ref} />
                  <Radio value="male" label={t('clientForm.male')} />
                </Group>
              </Radio.Group>
            )}
          />
        </Grid.Col>
        <Grid.Col span={third}>
          <FormTextField form={form} name="fileNumber" label={t('clientForm.fileNumber')} ltr />
        </Grid.Col>
      </Section>

      <Section title={t('clientForm.personal')}>
        <Grid.Col span={third}>
          <FormSelect form={form} name="maritalStatus" label={t('clientForm.maritalStatus')} placeholder={t('clientForm.none')} data={options('maritalStatus', maritalStatuses)} />
        </Grid.Col>
        <Grid.Col span={third}>
          <FormSelect form={form} name="residency" label={t('clientForm.residency')} placeholder={t('clientForm.none')} data={options('residency', residencies)} />
        </Grid.Col>
        <Grid.Col span={third}>
          <FormTextField form={form} name="aliyaDate" label={t('clientForm.aliyaDate')} placeholder="dd/mm/yyyy" ltr />
        </Grid.Col>
        <Grid.Col span={third}>
          <FormSelect form={form} name="preferredLanguage" label={t('clientForm.preferredLanguage')} data={options('language', languages)} required />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 8 }} pt="lg">
          <Checkbox label={t('clientForm.isHousewife')} description={t('clientForm.isHousewifeHelp')} {...form.register('isHousewife')} />
        </Grid.Col>
      </Section>

      <Section title={t('clientForm.address')}>
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <FormTextField form={form} name="street" label={t('clientForm.street')} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 2 }}>
          <FormTextField form={form} name="houseNumber" label={t('clientForm.houseNumber')} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 3 }}>
          <FormTextField form={form} name="locality" label={t('clientForm.locality')} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 2 }}>
          <FormTextField form={form} name="postalCode" label={t('clientForm.postalCode')} ltr inputMode="numeric" />
        </Grid.Col>
      </Section>

      <Section title={t('clientForm.contact')}>
        <Grid.Col span={third}>
          <FormTextField form={form} name="mobilePhone" label={t('clientForm.mobilePhone')} help={t('clientForm.mobilePhoneHelp')} type="tel" ltr />
        </Grid.Col>
        <Grid.Col span={third}>
          <FormTextField form={form} name="otherPhone" label={t('clientForm.otherPhone')} type="tel" ltr />
        </Grid.Col>
        <Grid.Col span={third}>
          <FormTextField form={form} name="email" label={t('clientForm.email')} type="email" ltr />
        </Grid.Col>
      </Section>

      <Section title={t('clientForm.bank')}>
        <Grid.Col span={{ base: 4, sm: 2 }}>
          <FormTextField form={form} name="bankCode" label={t('clientForm.bankCode')} ltr inputMode="numeric" />
        </Grid.Col>
        <Grid.Col span={{ base: 8, sm: 2 }}>
          <FormTextField form={form} name="bankBranch" label={t('clientForm.bankBranch')} ltr inputMode="numeric" />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <FormTextField form={form} name="bankAccount" label={t('clientForm.bankAccount')} ltr inputMode="numeric" />
        </Grid.Col>
      </Section>
    </>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/components/Button.tsx';
import { Notice } from '../../../ui/components/Feedback.tsx';
import { FormTextInput } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { FormAlert } from '../../components/Feedback.tsx';
import { AddressFieldset } from './AddressView.tsx';
import { companyFieldName, companySchema, companyUpdate, companyValues } from './company-form.ts';
import { companyKeys, updateCompany, type CompanyDetails } from './queries.ts';

export function CompanyForm({ company }: { company: CompanyDetails }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const form = useZodForm(companySchema, { defaultValues: companyValues(company) });
  // The answer is the company as it is now: the details above show it at once.
  const save = useApiMutation({ mutationFn: updateCompany, onSuccess: (answer) => queryClient.setQueryData(companyKeys.all, answer) });
  const submit = useServerSubmit(
    form,
    async (values) => {
      setSaved(false);
      await save.mutateAsync(companyUpdate(values));
    },
    { fieldName: companyFieldName, onSuccess: () => setSaved(true) },
  );

  return (
    <form onSubmit={(event) => void submit(event)} className="p-card p-form" aria-labelledby="company-form-heading">
      <h2 id="company-form-heading" className="p-card__title">
        {t('company.edit')}
      </h2>
      <FormAlert message={formErrorMessage(form)} />
      <div className="p-field-row">
        <FormTextInput control={form.control} name="company_name" label={t('company.companyName')} autoComplete="organization" required />
        <FormTextInput control={form.control} name="phone" label={t('company.phone')} type="tel" autoComplete="tel" />
        <FormTextInput control={form.control} name="tax_number" label={t('company.taxNumber')} hint={t('company.taxNumberHint')} />
      </div>
      <AddressFieldset legend={t('company.billingAddress')} control={form.control} name="billing" />
      <AddressFieldset legend={t('company.shippingAddress')} control={form.control} name="shipping" />
      <div className="p-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {t('common.save')}
        </Button>
      </div>
      {saved ? <Notice tone="success">{t('company.saved')}</Notice> : null}
    </form>
  );
}

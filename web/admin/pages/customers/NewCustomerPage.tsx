import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button, Notice, useToast } from '../../../ui/components/index.ts';
import { FormCheckbox, FormTextArea } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { adminClient } from '../../lib/client.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { AddressFields } from './AddressFields.tsx';
import { ContactRowsEditor } from './ContactRowsEditor.tsx';
import { CustomerFields } from './CustomerFields.tsx';
import { newCustomerDefaults, newCustomerFieldName, newCustomerRequest, newCustomerSchema, type NewCustomerRequest } from './customer-form.ts';
import { customerKeys, type NewCustomerBody } from './queries.ts';

export function NewCustomerPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('newCustomer.title'));
  const navigate = useNavigate();
  const toast = useToast();
  const form = useZodForm(newCustomerSchema, { defaultValues: newCustomerDefaults() });
  const create = useApiMutation({
    mutationFn: (body: NewCustomerBody) => adminClient.post('/customers', { body }),
    invalidates: [customerKeys.lists()],
  });
  // Which form rows the contacts sent came from, to put the server's errors on the right row.
  const sent = useRef<NewCustomerRequest | undefined>(undefined);
  const submit = useServerSubmit(
    form,
    async (values) => {
      sent.current = newCustomerRequest(values);
      const customer = await create.mutateAsync(sent.current.body);
      const results = customer.portal_access?.results ?? [];
      const refused = results.find((r) => r.outcome === 'refused');
      toast.show(t('newCustomer.created', { name: customer.display_name }));
      if (results.some((r) => r.outcome === 'invited')) toast.show(t('newCustomer.invited'));
      if (refused) toast.show(refused.reason_code ? t(`portalAccess.reasons.${refused.reason_code}`) : t('portalAccess.outcome.refused'), 'warning');
      void navigate(`/customers/${customer.id}`);
    },
    { fieldName: (field) => newCustomerFieldName(field, sent.current, form.getValues('same_as_billing')) },
  );
  const sameAsBilling = form.watch('same_as_billing');
  const error = formErrorMessage(form);

  return (
    <>
      <nav aria-label={t('common.breadcrumb')} className="admin-breadcrumb">
        <Link to="/customers">{t('customers.title')}</Link>
      </nav>
      <h1>{t('newCustomer.title')}</h1>
      {error ? <Notice tone="danger">{error}</Notice> : null}
      <form className="admin-form" onSubmit={(event) => void submit(event)}>
        <fieldset className="ui-fieldset">
          <legend>{t('newCustomer.details')}</legend>
          <CustomerFields control={form.control} />
        </fieldset>
        <AddressFields legend={t('address.billing')} control={form.control} name="billing" />
        <FormCheckbox control={form.control} name="same_as_billing" label={t('address.sameAsBilling')} />
        {sameAsBilling ? null : <AddressFields legend={t('address.shipping')} control={form.control} name="shipping" />}
        <ContactRowsEditor form={form} />
        <FormTextArea control={form.control} name="notes" label={t('customer.notes')} rows={3} />
        <div className="ui-card admin-portal-choice">
          <FormCheckbox control={form.control} name="allow_portal_access" label={t('newCustomer.allowPortal')} hint={t('newCustomer.allowPortalHint')} />
        </div>
        <div className="ui-button-row">
          <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
            {t('newCustomer.save')}
          </Button>
          <Link to="/customers" className="ui-button ui-button--secondary">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

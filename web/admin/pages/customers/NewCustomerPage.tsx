import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button, Checkbox, Notice, TextArea, useToast } from '../../../ui/components/index.ts';
import { api } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import type { Address, Customer, Language, NewCustomer } from '../../lib/types.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { AddressFields, cleanAddress } from './AddressFields.tsx';
import { ContactRowsEditor, newContactRow, type ContactRow } from './ContactRowsEditor.tsx';
import { CustomerFields, type CustomerFieldValues } from './CustomerFields.tsx';

const blank = (value: string) => (value.trim() === '' ? null : value.trim());

export function NewCustomerPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('newCustomer.title'));
  const navigate = useNavigate();
  const toast = useToast();
  const [values, setValues] = useState<CustomerFieldValues>({ display_name: '', company_name: '', email: '', phone: '', currency: 'USD', portal_language: 'en' as Language });
  const [billing, setBilling] = useState<Address>({});
  const [shipping, setShipping] = useState<Address>({});
  const [sameAsBilling, setSameAsBilling] = useState(true);
  const [notes, setNotes] = useState('');
  const [contacts, setContacts] = useState<ContactRow[]>([newContactRow(true)]);
  const [allowPortal, setAllowPortal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const body: NewCustomer = {
      display_name: values.display_name.trim(),
      company_name: blank(values.company_name),
      email: blank(values.email),
      phone: blank(values.phone),
      currency: values.currency,
      portal_language: values.portal_language,
      billing_address: cleanAddress(billing),
      shipping_address: cleanAddress(sameAsBilling ? billing : shipping),
      notes: blank(notes),
      allow_portal_access: allowPortal,
      contact_persons: contacts
        .filter((row) => row.first_name.trim() || row.email.trim())
        .map((row) => ({ first_name: row.first_name.trim(), last_name: row.last_name.trim(), email: blank(row.email), phone: blank(row.phone), is_primary: row.is_primary })),
    };
    try {
      const customer = await api.post<Customer>('/customers', body);
      const results = customer.portal_access?.results ?? [];
      const invited = results.filter((r) => r.outcome === 'invited').length;
      const refused = results.find((r) => r.outcome === 'refused');
      toast.show(t('newCustomer.created', { name: customer.display_name }));
      if (invited) toast.show(t('newCustomer.invited'));
      if (refused) toast.show(refused.reason ?? t('portalAccess.outcome.refused'), 'warning');
      navigate(`/customers/${customer.id}`);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <>
      <nav aria-label={t('common.breadcrumb')} className="admin-breadcrumb">
        <Link to="/customers">{t('customers.title')}</Link>
      </nav>
      <h1>{t('newCustomer.title')}</h1>
      {error ? <Notice tone="danger">{errorMessage(t, error)}</Notice> : null}
      <form className="admin-form" onSubmit={(event) => void submit(event)}>
        <fieldset className="ui-fieldset">
          <legend>{t('newCustomer.details')}</legend>
          <CustomerFields values={values} onChange={setValues} error={error} />
        </fieldset>
        <AddressFields legend={t('address.billing')} value={billing} onChange={setBilling} />
        <Checkbox label={t('address.sameAsBilling')} checked={sameAsBilling} onChange={(e) => setSameAsBilling(e.target.checked)} />
        {sameAsBilling ? null : <AddressFields legend={t('address.shipping')} value={shipping} onChange={setShipping} />}
        <ContactRowsEditor rows={contacts} onChange={setContacts} error={error} />
        <TextArea label={t('customer.notes')} value={notes} onChange={(e) => setNotes(e.target.value)} rows={3} />
        <div className="ui-card admin-portal-choice">
          <Checkbox label={t('newCustomer.allowPortal')} hint={t('newCustomer.allowPortalHint')} checked={allowPortal} onChange={(e) => setAllowPortal(e.target.checked)} />
        </div>
        <div className="ui-button-row">
          <Button type="submit" variant="primary" busy={busy}>
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

import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, Notice, TextArea, useToast } from '../../../ui/components/index.ts';
import { api } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import type { Address, Customer } from '../../lib/types.ts';
import { AddressFields, cleanAddress } from './AddressFields.tsx';
import { CustomerFields, type CustomerFieldValues } from './CustomerFields.tsx';

interface EditCustomerDialogProps {
  open: boolean;
  customer: Customer;
  onClose: () => void;
  onSaved: (customer: Customer) => void;
}

export function EditCustomerDialog({ open, customer, onClose, onSaved }: EditCustomerDialogProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const [values, setValues] = useState<CustomerFieldValues>();
  const [billing, setBilling] = useState<Address>({});
  const [shipping, setShipping] = useState<Address>({});
  const [notes, setNotes] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    if (!open) return;
    setValues({
      display_name: customer.display_name,
      company_name: customer.company_name ?? '',
      email: customer.email ?? '',
      phone: customer.phone ?? '',
      currency: customer.currency,
      portal_language: customer.portal_language,
    });
    setBilling(customer.billing_address ?? {});
    setShipping(customer.shipping_address ?? {});
    setNotes(customer.notes ?? '');
    setError(undefined);
  }, [open, customer]);
  if (!values) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const updated = await api.patch<Customer>(`/customers/${customer.id}`, {
        display_name: values.display_name.trim(),
        company_name: values.company_name.trim() || null,
        email: values.email.trim() || null,
        phone: values.phone.trim() || null,
        currency: values.currency,
        portal_language: values.portal_language,
        billing_address: cleanAddress(billing),
        shipping_address: cleanAddress(shipping),
        notes: notes.trim() || null,
      });
      toast.show(t('overview.saved'));
      onSaved(updated);
      onClose();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      title={t('overview.editTitle')}
      onClose={onClose}
      closeLabel={t('common.close')}
      size="wide"
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" form="edit-customer-form" variant="primary" busy={busy}>
            {t('common.save')}
          </Button>
        </>
      }
    >
      {error ? <Notice tone="danger">{errorMessage(t, error)}</Notice> : null}
      <form id="edit-customer-form" onSubmit={(event) => void submit(event)}>
        <CustomerFields values={values} onChange={setValues} error={error} />
        <AddressFields legend={t('address.billing')} value={billing} onChange={setBilling} />
        <AddressFields legend={t('address.shipping')} value={shipping} onChange={setShipping} />
        <TextArea label={t('customer.notes')} value={notes} onChange={(e) => setNotes(e.target.value)} rows={3} />
      </form>
    </Dialog>
  );
}

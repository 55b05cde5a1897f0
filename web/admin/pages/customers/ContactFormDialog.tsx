import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Dialog, Notice, TextInput, useToast } from '../../../ui/components/index.ts';
import { api } from '../../lib/client.ts';
import { errorMessage, fieldError } from '../../lib/errors.ts';
import type { ContactPerson } from '../../lib/types.ts';

interface ContactFormDialogProps {
  open: boolean;
  customerId: string;
  /** Absent: a new contact person. */
  contact?: ContactPerson;
  onClose: () => void;
  onSaved: () => void;
}

const empty = { first_name: '', last_name: '', email: '', phone: '', is_primary: false };

export function ContactFormDialog({ open, customerId, contact, onClose, onSaved }: ContactFormDialogProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const [form, setForm] = useState(empty);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    if (!open) return;
    setError(undefined);
    setForm(contact ? { first_name: contact.first_name, last_name: contact.last_name, email: contact.email ?? '', phone: contact.phone ?? '', is_primary: contact.is_primary } : empty);
  }, [open, contact]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const body = {
      first_name: form.first_name.trim(),
      last_name: form.last_name.trim(),
      email: form.email.trim() || null,
      phone: form.phone.trim() || null,
      // The API only accepts "make primary" (true); a primary stays primary until another one is chosen.
      ...(form.is_primary && !contact?.is_primary ? { is_primary: true } : {}),
    };
    try {
      if (contact) await api.patch(`/contact-persons/${contact.id}`, body);
      else await api.post(`/customers/${customerId}/contact-persons`, body);
      toast.show(contact ? t('contacts.saved') : t('contacts.added'));
      onSaved();
      onClose();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const formId = 'contact-form';
  return (
    <Dialog
      open={open}
      title={contact ? t('contacts.editTitle', { name: contact.name }) : t('contacts.addTitle')}
      onClose={onClose}
      closeLabel={t('common.close')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" busy={busy}>
            {t('common.save')}
          </Button>
        </>
      }
    >
      {error ? <Notice tone="danger">{errorMessage(t, error)}</Notice> : null}
      <form id={formId} onSubmit={(event) => void submit(event)}>
        <div className="ui-grid-2">
          <TextInput label={t('contact.firstName')} required value={form.first_name} onChange={(e) => setForm({ ...form, first_name: e.target.value })} error={fieldError(error, 'first_name')} />
          <TextInput label={t('contact.lastName')} value={form.last_name} onChange={(e) => setForm({ ...form, last_name: e.target.value })} error={fieldError(error, 'last_name')} />
          <TextInput label={t('contact.email')} type="email" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} error={fieldError(error, 'email')} hint={t('contacts.emailHint')} />
          <TextInput label={t('contact.phone')} type="tel" value={form.phone} onChange={(e) => setForm({ ...form, phone: e.target.value })} error={fieldError(error, 'phone')} />
        </div>
        <Checkbox label={t('contacts.makePrimary')} checked={form.is_primary} disabled={contact?.is_primary} onChange={(e) => setForm({ ...form, is_primary: e.target.checked })} />
      </form>
    </Dialog>
  );
}

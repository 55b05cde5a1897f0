import { useTranslation } from 'react-i18next';
import { FormDialog, useToast } from '../../../ui/components/index.ts';
import { FormCheckbox, FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { adminClient } from '../../lib/client.ts';
import { contactBody, contactFormSchema, contactFormValues } from './contact-form.ts';
import { customerKeys, type ContactPerson } from './queries.ts';

interface ContactFormDialogProps {
  open: boolean;
  customerId: string;
  /** Absent: a new contact person. */
  contact?: ContactPerson;
  onClose: () => void;
}

/** Adds a contact person to the customer or changes one; the customer is read again after either. */
export function ContactFormDialog({ open, customerId, contact, onClose }: ContactFormDialogProps) {
  const { t } = useTranslation();
  const toast = useToast();
  // Each opening starts from the contact as it is now (or from empty fields for a new one).
  const form = useZodForm(contactFormSchema, { values: contactFormValues(contact) });
  const save = useApiMutation({
    mutationFn: (body: ReturnType<typeof contactBody>) =>
      contact ? adminClient.patch('/contact-persons/{id}', { params: { path: { id: contact.id } }, body }) : adminClient.post('/customers/{id}/contact-persons', { params: { path: { id: customerId } }, body }),
    invalidates: [customerKeys.detail(customerId), customerKeys.lists()],
  });

  return (
    <FormDialog
      open={open}
      title={contact ? t('contacts.editTitle', { name: contact.name }) : t('contacts.addTitle')}
      form={form}
      submitLabel={t('common.save')}
      onClose={onClose}
      onSubmit={async (values) => {
        await save.mutateAsync(contactBody(values, contact));
        toast.show(contact ? t('contacts.saved') : t('contacts.added'));
      }}
    >
      <div className="ui-grid-2">
        <FormTextInput control={form.control} name="first_name" label={t('contact.firstName')} required />
        <FormTextInput control={form.control} name="last_name" label={t('contact.lastName')} />
        <FormTextInput control={form.control} name="email" label={t('contact.email')} type="email" hint={t('contacts.emailHint')} />
        <FormTextInput control={form.control} name="phone" label={t('contact.phone')} type="tel" />
      </div>
      <FormCheckbox control={form.control} name="is_primary" label={t('contacts.makePrimary')} disabled={contact?.is_primary} />
    </FormDialog>
  );
}

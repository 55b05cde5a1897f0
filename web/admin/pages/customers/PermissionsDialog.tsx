import { useTranslation } from 'react-i18next';
import { contactPermissions } from '../../../../contract/portal.ts';
import { FormDialog, useToast } from '../../../ui/components/index.ts';
import { FormCheckbox } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { adminClient } from '../../lib/client.ts';
import { permissionsSchema, permissionsValues } from './contact-form.ts';
import { customerKeys, type ContactPerson, type ContactUpdate } from './queries.ts';

interface PermissionsDialogProps {
  open: boolean;
  contact: ContactPerson | undefined;
  onClose: () => void;
}

/** What this contact may do in the portal; the portal hides the rest and the API refuses it. */
export function PermissionsDialog({ open, contact, onClose }: PermissionsDialogProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const form = useZodForm(permissionsSchema, { values: permissionsValues(contact?.permissions ?? []) });
  const save = useApiMutation({
    mutationFn: ({ id, body }: { id: string; body: ContactUpdate }) => adminClient.patch('/contact-persons/{id}', { params: { path: { id } }, body }),
    invalidates: (saved) => [customerKeys.detail(saved.customer_id)],
  });
  if (!contact) return null;

  return (
    <FormDialog
      open={open}
      title={t('permissions.title', { name: contact.name })}
      form={form}
      submitLabel={t('common.save')}
      onClose={onClose}
      onSubmit={async (body) => {
        await save.mutateAsync({ id: contact.id, body });
        toast.show(t('permissions.saved', { name: contact.name }));
      }}
    >
      <fieldset className="ui-fieldset">
        <legend>{t('permissions.legend')}</legend>
        {contactPermissions.map((permission) => (
          <FormCheckbox key={permission} control={form.control} name={`permissions.${permission}`} label={t(`permissions.${permission}`)} hint={t(`permissions.hint.${permission}`)} />
        ))}
      </fieldset>
    </FormDialog>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Dialog, Notice, useToast } from '../../../ui/components/index.ts';
import { api } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import { contactPermissions, type ContactPermission, type ContactPerson } from '../../lib/types.ts';

interface PermissionsDialogProps {
  open: boolean;
  contact: ContactPerson | undefined;
  onClose: () => void;
  onSaved: () => void;
}

/** What this contact may do in the portal; the portal hides the rest and the API refuses it. */
export function PermissionsDialog({ open, contact, onClose, onSaved }: PermissionsDialogProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const [chosen, setChosen] = useState<Set<ContactPermission>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    if (open && contact) {
      setChosen(new Set(contact.permissions));
      setError(undefined);
    }
  }, [open, contact]);
  if (!contact) return null;

  const save = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api.patch(`/contact-persons/${contact.id}`, { permissions: contactPermissions.filter((p) => chosen.has(p)) });
      toast.show(t('permissions.saved', { name: contact.name }));
      onSaved();
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
      title={t('permissions.title', { name: contact.name })}
      onClose={onClose}
      closeLabel={t('common.close')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" busy={busy} onClick={() => void save()}>
            {t('common.save')}
          </Button>
        </>
      }
    >
      {error ? <Notice tone="danger">{errorMessage(t, error)}</Notice> : null}
      <fieldset className="ui-fieldset">
        <legend>{t('permissions.legend')}</legend>
        {contactPermissions.map((permission) => (
          <Checkbox
            key={permission}
            label={t(`permissions.${permission}`)}
            hint={t(`permissions.hint.${permission}`)}
            checked={chosen.has(permission)}
            onChange={(event) => {
              const next = new Set(chosen);
              if (event.target.checked) next.add(permission);
              else next.delete(permission);
              setChosen(next);
            }}
          />
        ))}
      </fieldset>
    </Dialog>
  );
}

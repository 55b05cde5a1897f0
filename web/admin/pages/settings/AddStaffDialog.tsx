import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, Notice, Select, TextInput, useToast } from '../../../ui/components/index.ts';
import { api } from '../../lib/client.ts';
import { errorMessage, fieldError } from '../../lib/errors.ts';
import { staffRoles, type StaffRole } from '../../lib/types.ts';

const empty = { name: '', email: '', role: 'staff' as StaffRole, password: '' };

export function AddStaffDialog({ open, onClose, onAdded }: { open: boolean; onClose: () => void; onAdded: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [form, setForm] = useState(empty);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    if (open) {
      setForm(empty);
      setError(undefined);
    }
  }, [open]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api.post('/staff-users', form);
      toast.show(t('staff.added', { name: form.name }));
      onAdded();
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
      title={t('staff.addTitle')}
      onClose={onClose}
      closeLabel={t('common.close')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" form="add-staff-form" variant="primary" busy={busy}>
            {t('staff.add')}
          </Button>
        </>
      }
    >
      {error ? <Notice tone="danger">{errorMessage(t, error)}</Notice> : null}
      <form id="add-staff-form" onSubmit={(event) => void submit(event)}>
        <TextInput label={t('staff.name')} required autoComplete="off" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} error={fieldError(error, 'name')} />
        <TextInput label={t('staff.email')} type="email" required autoComplete="off" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} error={fieldError(error, 'email')} />
        <Select label={t('staff.role')} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as StaffRole })} options={staffRoles.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
        <TextInput
          label={t('staff.initialPassword')}
          type="password"
          required
          minLength={10}
          autoComplete="new-password"
          hint={t('staff.initialPasswordHint')}
          value={form.password}
          onChange={(e) => setForm({ ...form, password: e.target.value })}
          error={fieldError(error, 'password')}
        />
      </form>
    </Dialog>
  );
}

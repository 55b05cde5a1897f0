import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog, useToast } from '../../../ui/components/index.ts';
import { FormSelect, FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { addStaffUser, staffKeys, staffRoles, type NewStaffBody } from './queries.ts';
import { newStaffDefaults, newStaffSchema } from './settings-form.ts';

export function AddStaffDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const schema = useMemo(() => newStaffSchema(t), [t]);
  const form = useZodForm(schema, { defaultValues: newStaffDefaults });
  const add = useApiMutation({ mutationFn: (body: NewStaffBody) => addStaffUser(body), invalidates: [staffKeys.all] });

  return (
    <FormDialog
      open={open}
      title={t('staff.addTitle')}
      form={form}
      submitLabel={t('staff.add')}
      onClose={onClose}
      onSubmit={async (body) => {
        await add.mutateAsync(body);
        toast.show(t('staff.added', { name: body.name }));
      }}
    >
      <FormTextInput control={form.control} name="name" label={t('staff.name')} required autoComplete="off" />
      <FormTextInput control={form.control} name="email" label={t('staff.email')} type="email" required autoComplete="off" />
      <FormSelect control={form.control} name="role" label={t('staff.role')} options={staffRoles.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
      <FormTextInput control={form.control} name="password" label={t('staff.initialPassword')} type="password" required minLength={10} autoComplete="new-password" hint={t('staff.initialPasswordHint')} />
    </FormDialog>
  );
}

import { useTranslation } from 'react-i18next';
import { FormDialog, useToast } from '../../../ui/components/index.ts';
import { FormTextArea } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { adminClient } from '../../lib/client.ts';
import { AddressFields } from './AddressFields.tsx';
import { CustomerFields } from './CustomerFields.tsx';
import { customerUpdate, editCustomerFieldName, editCustomerSchema, editCustomerValues } from './customer-form.ts';
import { customerKeys, type Customer, type CustomerUpdate, type UpdatedCustomer } from './queries.ts';

interface EditCustomerDialogProps {
  open: boolean;
  customer: Customer;
  onClose: () => void;
  onSaved: (customer: UpdatedCustomer) => void;
}

export function EditCustomerDialog({ open, customer, onClose, onSaved }: EditCustomerDialogProps) {
  const { t } = useTranslation();
  const toast = useToast();
  // Each opening starts from the customer as it is now.
  const form = useZodForm(editCustomerSchema, { values: editCustomerValues(customer) });
  const save = useApiMutation({
    mutationFn: (body: CustomerUpdate) => adminClient.patch('/customers/{id}', { params: { path: { id: customer.id } }, body }),
    invalidates: (updated) => [customerKeys.lists(), customerKeys.detail(updated.id)],
  });

  return (
    <FormDialog
      open={open}
      title={t('overview.editTitle')}
      form={form}
      size="wide"
      submitLabel={t('common.save')}
      fieldName={editCustomerFieldName}
      onClose={onClose}
      onSubmit={async (values) => {
        const updated = await save.mutateAsync(customerUpdate(values));
        toast.show(t('overview.saved'));
        onSaved(updated);
      }}
    >
      <CustomerFields control={form.control} />
      <AddressFields legend={t('address.billing')} control={form.control} name="billing" />
      <AddressFields legend={t('address.shipping')} control={form.control} name="shipping" />
      <FormTextArea control={form.control} name="notes" label={t('customer.notes')} rows={3} />
    </FormDialog>
  );
}

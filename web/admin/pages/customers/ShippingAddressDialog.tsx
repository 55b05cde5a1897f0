import { useTranslation } from 'react-i18next';
import { FormDialog, useToast } from '../../../ui/components/index.ts';
import { FormCheckbox, FormTextArea, FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { saveShippingAddress, shippingAddressChanges, type ShippingAddress, type ShippingAddressBody } from './ordering-queries.ts';
import { shippingAddressSchema, shippingAddressValues } from './shipping-address-form.ts';

interface ShippingAddressDialogProps {
  open: boolean;
  customerId: string;
  /** Absent: a new address. */
  address?: ShippingAddress;
  /** Whether the customer has no address yet (the first one is the default). */
  first: boolean;
  onClose: () => void;
}

/** Adds a shipping address to the customer or changes one. */
export function ShippingAddressDialog({ open, customerId, address, first, onClose }: ShippingAddressDialogProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const form = useZodForm(shippingAddressSchema, { values: shippingAddressValues(address, first), mode: 'onTouched' });
  const save = useApiMutation({
    mutationFn: (body: ShippingAddressBody) => saveShippingAddress(customerId, address?.id, body),
    invalidates: shippingAddressChanges(customerId),
  });
  return (
    <FormDialog
      open={open}
      title={address ? t('shippingAddresses.editTitle', { label: address.label }) : t('shippingAddresses.addTitle')}
      form={form}
      submitLabel={t('common.save')}
      onClose={onClose}
      onSubmit={async (body) => {
        await save.mutateAsync(body);
        toast.show(t('shippingAddresses.saved', { label: body.label }));
      }}
    >
      <FormTextInput control={form.control} name="label" label={t('shippingAddresses.label')} hint={t('shippingAddresses.labelHint')} required autoComplete="off" maxLength={100} />
      <FormTextArea control={form.control} name="address" label={t('shippingAddresses.address')} required rows={4} autoComplete="shipping street-address" />
      <FormCheckbox control={form.control} name="is_default" label={t('shippingAddresses.makeDefault')} disabled={address?.is_default} />
    </FormDialog>
  );
}

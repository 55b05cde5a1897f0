import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormDialog, useToast } from '../../../ui/components/index.ts';
import { FormMessageError } from '../../../ui/errors.tsx';
import { FormSelect, FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { adminClient } from '../../lib/client.ts';
import { orderConflictMessage } from '../sales-orders/order-conflicts.ts';
import { salesOrderKeys } from '../sales-orders/queries.ts';
import { stockKeysToRefresh } from '../sales-orders/stock-keys.ts';
import { shipFormSchema, shipFormValues, shipRequest, type ShipFormValues } from './package-form.ts';
import { carriersQuery, packageKeys, type PackageSummary } from './queries.ts';

interface ShipPackageDialogProps {
  pkg: Pick<PackageSummary, 'id' | 'number'> & { sales_order: { id: string } };
  /** The order's lines, to name the one a stock refusal is about. */
  orderLines?: readonly { item_id: string | null; name: string }[];
  open: boolean;
  onClose: () => void;
}

/** Ships a packed package: the carrier (one of the known ones), its tracking number and the day it left. */
export function ShipPackageDialog({ pkg, orderLines = [], open, onClose }: ShipPackageDialogProps) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const carriers = useQuery({ ...carriersQuery, enabled: open });
  const form = useZodForm(shipFormSchema, { defaultValues: shipFormValues() });
  const ship = useApiMutation({
    mutationFn: (values: ShipFormValues) => adminClient.post('/packages/{id}/ship', { params: { path: { id: pkg.id } }, body: shipRequest(values) }),
    invalidates: [packageKeys.lists(), packageKeys.detail(pkg.id), salesOrderKeys.detail(pkg.sales_order.id), salesOrderKeys.lists(), ...stockKeysToRefresh],
  });
  return (
    <FormDialog
      open={open}
      title={t('packages.shipTitle', { number: pkg.number })}
      form={form}
      submitLabel={t('packages.ship')}
      onClose={onClose}
      onSubmit={async (values) => {
        try {
          await ship.mutateAsync(values);
          toast.show(t('packages.shipped', { number: pkg.number }));
        } catch (error) {
          const conflict = orderConflictMessage(t, error, orderLines, i18n.language);
          if (conflict) throw new FormMessageError(conflict);
          throw error;
        }
      }}
    >
      <p>{t('packages.shipExplain')}</p>
      <FormSelect
        control={form.control}
        name="carrier"
        label={t('packages.carrier')}
        required
        hint={carriers.isPending ? t('common.loading') : carriers.isError ? t('carriers.loadFailed') : undefined}
        options={[{ value: '', label: t('packages.chooseCarrier') }, ...(carriers.data ?? []).map((carrier) => ({ value: carrier.carrier, label: carrier.name }))]}
      />
      <FormTextInput control={form.control} name="tracking_number" label={t('packages.trackingNumber')} required maxLength={100} autoComplete="off" />
      <FormTextInput control={form.control} name="shipped_on" type="date" label={t('packages.shippedOn')} required />
    </FormDialog>
  );
}

import { useTranslation } from 'react-i18next';
import { FormDialog, useToast } from '../../../ui/components/index.ts';
import { FormTextArea, FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { itemKeys } from '../items/queries.ts';
import { saveWarehouse, warehouseKeys, type Warehouse, type WarehouseBody } from './queries.ts';
import { warehouseSchema, warehouseValues } from './warehouse-form.ts';

/** Add (warehouse = 'new') or rename a warehouse. */
export function WarehouseDialog({ warehouse, onClose }: { warehouse: Warehouse | 'new' | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const existing = warehouse === 'new' ? undefined : warehouse;
  const form = useZodForm(warehouseSchema, { values: warehouseValues(existing), mode: 'onTouched' });
  const save = useApiMutation({
    mutationFn: (body: WarehouseBody) => saveWarehouse(existing?.id, body),
    // Items show their stock per warehouse by name.
    invalidates: [warehouseKeys.all, itemKeys.details()],
  });
  return (
    <FormDialog
      open={warehouse !== undefined}
      title={existing ? t('warehouses.editTitle') : t('warehouses.addTitle')}
      form={form}
      submitLabel={t('common.save')}
      onClose={onClose}
      onSubmit={async (body) => {
        await save.mutateAsync(body);
        toast.show(t('warehouses.saved', { name: body.name }));
      }}
    >
      <FormTextInput control={form.control} name="name" label={t('warehouses.name')} required autoComplete="off" maxLength={100} />
      <FormTextArea control={form.control} name="address" label={t('warehouses.address')} rows={3} />
    </FormDialog>
  );
}

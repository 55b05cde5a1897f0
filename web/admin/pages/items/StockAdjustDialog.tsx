import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../ui/api/errors.ts';
import { formatQuantity } from '../../../ui/billing-format.ts';
import { FormDialog, useToast } from '../../../ui/components/index.ts';
import { FormMessageError } from '../../../ui/errors.tsx';
import { FormSelect, FormTextArea, FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import type { Warehouse } from '../warehouses/queries.ts';
import { adjustStock, itemKeys, type StockAdjustmentBody } from './queries.ts';
import { stockAdjustmentSchema, stockAdjustmentValues } from './stock-form.ts';

/** What a refusal for lack of stock says is left, as the API gives it (`details.available`). */
export function availableOf(error: unknown): number | undefined {
  if (!isApiError(error, 'INSUFFICIENT_STOCK')) return undefined;
  const available = (error.details as { available?: unknown } | undefined)?.available;
  return typeof available === 'number' ? available : undefined;
}

interface StockAdjustDialogProps {
  open: boolean;
  item: { id: string; name: string; unit: string | null };
  /** The warehouses stock can go into, the default first. */
  warehouses: Warehouse[];
  onClose: () => void;
}

/** Goods received, or a correction after a count: a warehouse, a quantity and the reason. */
export function StockAdjustDialog({ open, item, warehouses, onClose }: StockAdjustDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const toast = useToast();
  const queryClient = useQueryClient();
  const schema = useMemo(() => stockAdjustmentSchema(locale, t), [locale, t]);
  const form = useZodForm(schema, { values: stockAdjustmentValues(warehouses[0]?.id ?? ''), mode: 'onTouched' });
  const kind = form.watch('kind');
  const save = useApiMutation({
    mutationFn: (body: StockAdjustmentBody) => adjustStock(item.id, body),
    // The item's stock and movements are under its detail key; the list shows the totals.
    invalidates: [itemKeys.detail(item.id), itemKeys.lists()],
  });

  return (
    <FormDialog
      open={open}
      title={t('stock.adjustTitle', { name: item.name })}
      form={form}
      submitLabel={t('stock.record')}
      onClose={onClose}
      onSubmit={async (body) => {
        try {
          await save.mutateAsync(body);
        } catch (error) {
          if (!isApiError(error, 'INSUFFICIENT_STOCK')) throw error;
          // Show what is there now, beside the explanation.
          await queryClient.invalidateQueries({ queryKey: itemKeys.detail(item.id) });
          const available = availableOf(error);
          throw new FormMessageError(available === undefined ? t('errors.INSUFFICIENT_STOCK') : t('stock.insufficient', { available: formatQuantity(available, locale) }));
        }
        toast.show(t('stock.recorded', { name: item.name }));
      }}
    >
      <FormSelect control={form.control} name="warehouse_id" label={t('stock.warehouse')} required options={warehouses.map((w) => ({ value: w.id, label: w.is_default ? t('stock.defaultWarehouse', { name: w.name }) : w.name }))} />
      <div className="ui-grid-2">
        <FormSelect
          control={form.control}
          name="kind"
          label={t('stock.kind')}
          options={[
            { value: 'receipt', label: t('stock.kinds.receipt') },
            { value: 'adjustment', label: t('stock.kinds.adjustment') },
          ]}
        />
        {kind === 'adjustment' ? (
          <FormSelect
            control={form.control}
            name="direction"
            label={t('stock.direction')}
            options={[
              { value: 'add', label: t('stock.add') },
              { value: 'remove', label: t('stock.remove') },
            ]}
          />
        ) : null}
        <FormTextInput control={form.control} name="quantity" label={item.unit ? t('stock.quantityIn', { unit: item.unit }) : t('stock.quantity')} required inputMode="decimal" autoComplete="off" />
      </div>
      <FormTextArea control={form.control} name="reason" label={t('stock.reason')} required rows={2} hint={t('stock.reasonHint')} maxLength={500} />
    </FormDialog>
  );
}

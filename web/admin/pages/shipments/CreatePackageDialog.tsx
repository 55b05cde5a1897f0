import { useMemo } from 'react';
import { quantityFromMilli } from '../../../../contract/units.ts';
import { useTranslation } from 'react-i18next';
import type { FieldError } from 'react-hook-form';
import { formatQuantity } from '../../../ui/billing-format.ts';
import { FormDialog, Notice, useToast } from '../../../ui/components/index.ts';
import { FormMessageError } from '../../../ui/errors.tsx';
import { FormTextArea, FormTextInput, useFieldErrorText } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { adminClient } from '../../lib/client.ts';
import { orderConflictMessage } from '../sales-orders/order-conflicts.ts';
import { salesOrderKeys, type SalesOrder } from '../sales-orders/queries.ts';
import { packageFieldName, packageFormSchema, packageFormValues, packageRequest, packableLines, remainingToPackMilli, type PackageFormValues } from './package-form.ts';
import { packageKeys } from './queries.ts';

interface CreatePackageDialogProps {
  order: SalesOrder;
  open: boolean;
  onClose: () => void;
}

/** Picks quantities of the order's lines into a new package: each line's remaining quantity by default. */
export function CreatePackageDialog({ order, open, onClose }: CreatePackageDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const toast = useToast();
  const schema = useMemo(() => packageFormSchema(order, locale), [order, locale]);
  const defaults = useMemo(() => packageFormValues(order, locale), [order, locale]);
  const form = useZodForm(schema, { defaultValues: defaults });
  const lines = packableLines(order);
  const create = useApiMutation({
    mutationFn: (values: PackageFormValues) => adminClient.post('/sales-orders/{id}/packages', { params: { path: { id: order.id } }, body: packageRequest(values, locale) }),
    invalidates: [packageKeys.lists(), salesOrderKeys.detail(order.id), salesOrderKeys.lists()],
  });
  const linesError = useFieldErrorText((form.formState.errors.lines?.root ?? form.formState.errors.lines) as FieldError | undefined);

  return (
    <FormDialog
      open={open}
      size="wide"
      title={t('packages.createTitle', { number: order.number })}
      form={form}
      submitLabel={t('packages.create')}
      fieldName={(field) => packageFieldName(field, form.getValues(), locale)}
      onClose={onClose}
      onSubmit={async (values) => {
        try {
          const created = await create.mutateAsync(values);
          toast.show(t('packages.created', { number: created.number }));
        } catch (error) {
          const conflict = orderConflictMessage(t, error, order.lines, locale);
          if (conflict) throw new FormMessageError(conflict);
          throw error;
        }
      }}
    >
      <p>{t('packages.createExplain')}</p>
      <div className="admin-pack-lines">
        {lines.map((line, index) => (
          <div key={line.id} className="admin-pack-line">
            <FormTextInput
              control={form.control}
              name={`lines.${index}.quantity`}
              inputMode="decimal"
              label={t('packages.quantityOf', { name: line.name })}
              hint={t('packages.remaining', { remaining: formatQuantity(quantityFromMilli(remainingToPackMilli(line)), locale), ordered: formatQuantity(line.quantity, locale) })}
            />
          </div>
        ))}
      </div>
      {form.formState.isSubmitted && linesError ? <Notice tone="danger">{linesError}</Notice> : null}
      <div className="ui-grid-3">
        <FormTextInput control={form.control} name="package_date" type="date" label={t('packages.date')} required />
      </div>
      <FormTextArea control={form.control} name="notes" label={t('packages.notes')} rows={2} maxLength={2000} />
    </FormDialog>
  );
}

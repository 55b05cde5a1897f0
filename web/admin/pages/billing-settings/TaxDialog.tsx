import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog, useToast } from '../../../ui/components/index.ts';
import { FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { taxFieldName, taxSchema, taxValues } from './billing-settings-form.ts';
import { saveTax, taxKeys, type Tax, type TaxBody } from './queries.ts';

/** Add (tax = 'new') or edit a tax rate; the rate has up to three decimals (8.875 %). */
export function TaxDialog({ tax, onClose }: { tax: Tax | 'new' | undefined; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const toast = useToast();
  const existing = tax === 'new' ? undefined : tax;
  const schema = useMemo(() => taxSchema(locale, t), [locale, t]);
  // Each opening starts from the tax as it is now.
  const form = useZodForm(schema, { values: taxValues(existing, locale), mode: 'onTouched' });
  const save = useApiMutation({
    mutationFn: (body: TaxBody) => saveTax(existing?.id, body),
    // Items show the tax's name; the line editor offers the rates.
    invalidates: [taxKeys.all],
  });

  return (
    <FormDialog
      open={tax !== undefined}
      title={existing ? t('taxes.editTitle') : t('taxes.addTitle')}
      form={form}
      submitLabel={t('common.save')}
      fieldName={taxFieldName}
      onClose={onClose}
      onSubmit={async (body) => {
        await save.mutateAsync(body);
        toast.show(t('taxes.saved', { name: body.name }));
      }}
    >
      <FormTextInput control={form.control} name="name" label={t('taxes.name')} required autoComplete="off" />
      <FormTextInput control={form.control} name="rate" label={t('taxes.ratePercent')} required inputMode="decimal" hint={t('taxes.rateHint')} autoComplete="off" />
    </FormDialog>
  );
}

import { useTranslation } from 'react-i18next';
import { FormDialog, useToast } from '../../../ui/components/index.ts';
import { FormTextArea, FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { productSchema, productValues } from './plan-form.ts';
import { productKeys, saveProduct, type Product, type ProductBody } from './queries.ts';

/** Add (product = 'new') or edit a product. */
export function ProductDialog({ product, onClose }: { product: Product | 'new' | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const existing = product === 'new' ? undefined : product;
  const form = useZodForm(productSchema, { values: productValues(existing), mode: 'onTouched' });
  const save = useApiMutation({ mutationFn: (body: ProductBody) => saveProduct(existing?.id, body), invalidates: [productKeys.all] });
  return (
    <FormDialog
      open={product !== undefined}
      title={existing ? t('plans.product.editTitle') : t('plans.product.addTitle')}
      form={form}
      submitLabel={t('common.save')}
      onClose={onClose}
      onSubmit={async (body) => {
        await save.mutateAsync(body);
        toast.show(t('plans.saved', { name: body.name }));
      }}
    >
      <FormTextInput control={form.control} name="name" label={t('plans.fields.name')} required autoComplete="off" maxLength={200} />
      <FormTextArea control={form.control} name="description" label={t('plans.fields.description')} rows={3} />
    </FormDialog>
  );
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog, useToast } from '../../../ui/components/index.ts';
import { FormSelect, FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { catalogueCurrencies, catalogueFieldName, couponChanges, couponDurations, couponSchema, couponValues, discountTypes } from './plan-form.ts';
import { couponKeys, createCoupon, updateCoupon, type Coupon, type CouponBody } from './queries.ts';

/** Add (coupon = 'new') or edit a coupon; once made, only its name, limit and last day change. */
export function CouponDialog({ coupon, onClose }: { coupon: Coupon | 'new' | undefined; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const toast = useToast();
  const existing = coupon === 'new' ? undefined : coupon;
  const schema = useMemo(() => couponSchema(locale, t), [locale, t]);
  const form = useZodForm(schema, { values: couponValues(existing, locale), mode: 'onTouched' });
  const save = useApiMutation({ mutationFn: (body: CouponBody) => (existing ? updateCoupon(existing.id, couponChanges(body)) : createCoupon(body)), invalidates: [couponKeys.all] });
  const type = form.watch('discount_type');
  const duration = form.watch('duration');
  const currency = form.watch('currency');
  const fixed = existing !== undefined;
  return (
    <FormDialog
      open={coupon !== undefined}
      title={existing ? t('plans.coupon.editTitle') : t('plans.coupon.addTitle')}
      form={form}
      submitLabel={t('common.save')}
      fieldName={catalogueFieldName}
      onClose={onClose}
      onSubmit={async (body) => {
        await save.mutateAsync(body);
        toast.show(t('plans.saved', { name: body.name }));
      }}
    >
      <FormTextInput control={form.control} name="code" label={t('plans.fields.code')} required disabled={fixed} autoComplete="off" hint={t('plans.coupon.codeHint')} />
      <FormTextInput control={form.control} name="name" label={t('plans.fields.name')} required autoComplete="off" maxLength={200} />
      <FormSelect control={form.control} name="discount_type" label={t('plans.fields.discountType')} disabled={fixed} options={discountTypes.map((value) => ({ value, label: t(`plans.discountTypes.${value}`) }))} />
      {type === 'percent' ? (
        <FormTextInput control={form.control} name="percent" label={t('plans.fields.percent')} required disabled={fixed} inputMode="decimal" autoComplete="off" />
      ) : (
        <>
          <FormSelect control={form.control} name="currency" label={t('plans.fields.currency')} required disabled={fixed} options={catalogueCurrencies(currency).map((code) => ({ value: code, label: code }))} />
          <FormTextInput control={form.control} name="amount" label={t('plans.fields.amountOff')} required disabled={fixed} inputMode="decimal" autoComplete="off" />
        </>
      )}
      <FormSelect control={form.control} name="duration" label={t('plans.fields.duration')} disabled={fixed} options={couponDurations.map((value) => ({ value, label: t(`plans.durations.${value}`) }))} />
      {duration === 'periods' ? <FormTextInput control={form.control} name="duration_periods" label={t('plans.fields.durationPeriods')} required disabled={fixed} inputMode="numeric" autoComplete="off" /> : null}
      <FormTextInput control={form.control} name="max_redemptions" label={t('plans.fields.maxRedemptions')} hint={t('plans.coupon.unlimitedHint')} inputMode="numeric" autoComplete="off" />
      <FormTextInput control={form.control} name="valid_until" type="date" label={t('plans.fields.validUntil')} hint={t('plans.coupon.validUntilHint')} />
    </FormDialog>
  );
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { Button } from '../../../ui/components/Button.tsx';
import { FormAlert } from '../../../ui/components/Feedback.tsx';
import { FormMessageError } from '../../../ui/errors.tsx';
import { FormSelect, FormTextArea, FormTextInput } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { dashboardKeys } from '../dashboard/queries.ts';
import { catalogKeys } from '../catalog/queries.ts';
import { orderKeys } from '../orders/queries.ts';
import { confirmedPricesOf, orderBody, OrderSubmission, priceDifferences, stockShortages, withShortages, type OrderFormValues, type PriceDifference, type StockShortage } from './cart.ts';
import { PriceChangesDialog } from './PriceChangesDialog.tsx';
import { ShortStockNotice } from './CartDifferences.tsx';
import { cartKeys, fetchShippingAddresses, placeOrder, shippingAddressKeys, type Cart } from './queries.ts';
import { isApiError } from '../../lib/errors.ts';

const orderFormSchema = z.object({
  shipping_address_id: z.string(),
  po_number: z.string().max(100),
  notes: z.string().max(2000),
});

/** Shipping address, PO number and notes, then "Place order": refused prices are confirmed in a dialog, short stock is listed. */
export function PlaceOrderForm({ cart }: { cart: Cart }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const addresses = useQuery({ queryKey: shippingAddressKeys.all, queryFn: ({ signal }) => fetchShippingAddresses(signal) });
  const defaultAddress = addresses.data?.find((address) => address.is_default) ?? addresses.data?.[0];
  const form = useZodForm(orderFormSchema, { values: { shipping_address_id: defaultAddress?.id ?? '', po_number: '', notes: '' }, resetOptions: { keepDirtyValues: true } });
  const submission = useRef(new OrderSubmission(placeOrder));
  const confirmed = useRef<Map<string, number>>(new Map());
  const [differences, setDifferences] = useState<PriceDifference[]>([]);
  const [shortages, setShortages] = useState<StockShortage[]>([]);

  const send = async (values: OrderFormValues) => {
    setShortages([]);
    const current = queryClient.getQueryData<Cart>(cartKeys.all) ?? cart;
    try {
      const order = await submission.current.submit(orderBody(current, values, confirmed.current));
      confirmed.current = new Map();
      queryClient.removeQueries({ queryKey: cartKeys.all });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: orderKeys.all }),
        queryClient.invalidateQueries({ queryKey: dashboardKeys.all }),
        queryClient.invalidateQueries({ queryKey: catalogKeys.all }),
        queryClient.invalidateQueries({ queryKey: cartKeys.all }),
      ]);
      void navigate(`/orders/${encodeURIComponent(order.id)}`, { state: { placed: true } });
    } catch (error) {
      const changed = priceDifferences(error, current);
      if (changed.length > 0) {
        setDifferences(changed);
        void queryClient.invalidateQueries({ queryKey: cartKeys.all });
        throw new FormMessageError(t('cart.pricesChanged.formMessage'));
      }
      const short = stockShortages(error, current);
      if (short.length > 0 || isApiError(error, 'INSUFFICIENT_STOCK')) {
        setShortages(short);
        queryClient.setQueryData<Cart>(cartKeys.all, (data) => (data ? withShortages(data, short) : data));
      }
      throw error;
    }
  };
  const submit = useServerSubmit(form, send);

  // The customer accepts the new prices: the same order again, expecting them.
  const confirmPrices = async () => {
    confirmed.current = confirmedPricesOf(differences);
    setDifferences([]);
    await submit();
  };

  const options = [...(addresses.data ?? []).map((address) => ({ value: address.id, label: [address.label, address.address_lines.join(', ') || address.address].filter(Boolean).join(' — ') })), { value: '', label: t('cart.noShippingAddress') }];

  return (
    <section className="p-card" aria-labelledby="place-order-heading">
      <h2 id="place-order-heading" className="p-card__title">
        {t('cart.placeOrderTitle')}
      </h2>
      <ShortStockNotice shortages={shortages} />
      <form onSubmit={(event) => void submit(event)} className="p-form" noValidate>
        <FormAlert message={formErrorMessage(form)} />
        <FormSelect control={form.control} name="shipping_address_id" label={t('cart.shippingAddress')} options={options} hint={addresses.isError ? t('cart.addressesFailed') : undefined} />
        <FormTextInput control={form.control} name="po_number" label={t('cart.poNumber')} maxLength={100} autoComplete="off" />
        <FormTextArea control={form.control} name="notes" label={t('cart.notes')} maxLength={2000} />
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting} disabled={cart.lines.length === 0}>
          {t('cart.placeOrder')}
        </Button>
      </form>
      <PriceChangesDialog differences={differences} currency={cart.currency} busy={form.formState.isSubmitting} onConfirm={() => void confirmPrices()} onClose={() => setDifferences([])} />
    </section>
  );
}

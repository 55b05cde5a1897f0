import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../../ui/api/errors.ts';
import { Button, Notice, useToast } from '../../../ui/components/index.ts';
import { FormMessageError } from '../../../ui/errors.tsx';
import { FormSelect, FormTextArea, FormTextInput, useFieldErrorText } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { adminClient } from '../../lib/client.ts';
import { customerKeys } from '../customers/queries.ts';
import { CustomerPicker, type PickedCustomer } from '../documents/CustomerPicker.tsx';
import type { CatalogueItem, CatalogueTax } from '../documents/queries.ts';
import { TotalsPreview } from '../documents/TotalsPreview.tsx';
import { orderConflictMessage } from './order-conflicts.ts';
import { hasServerPricedLines, previewOrderAmounts, withKnownPrices, type OrderLineDraft } from './order-lines.ts';
import { OrderLineEditor } from './OrderLineEditor.tsx';
import { fetchShippingAddresses, ifMatch, salesOrderKeys, shippingAddressesKey, type SalesOrder } from './queries.ts';
import { useCustomerPrices } from './useCustomerPrices.ts';
import { editSalesOrderValues, newSalesOrderValues, otherAddress, salesOrderCurrency, salesOrderFieldName, salesOrderFormSchema, salesOrderRequest, type SalesOrderRequest } from './sales-order-form.ts';

interface SalesOrderFormProps {
  taxes: CatalogueTax[];
  items: CatalogueItem[];
  /** The order being edited, as the server has it now; undefined for a new one. */
  order: SalesOrder | undefined;
  initialCustomer: PickedCustomer | undefined;
}

export function SalesOrderForm({ taxes, items, order, initialCustomer }: SalesOrderFormProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const navigate = useNavigate();
  const toast = useToast();
  const queryClient = useQueryClient();
  // The version the fields were filled from: the edit is decided on it (If-Match).
  const [base, setBase] = useState(order);
  const editing = base !== undefined;
  const [defaults] = useState(() => (base ? editSalesOrderValues(base, locale) : newSalesOrderValues(initialCustomer, locale)));
  const schema = useMemo(() => salesOrderFormSchema({ editing, locale, orderCurrency: base?.currency }), [editing, locale, base?.currency]);
  const form = useZodForm(schema, { defaultValues: defaults });
  const customer = form.watch('customer');
  const lines = form.watch('lines');
  const addressChoice = form.watch('shipping_address_choice');
  const currency = salesOrderCurrency(base, customer);
  const amounts = useMemo(() => previewOrderAmounts(lines, taxes, currency, locale), [lines, taxes, currency, locale]);
  const customerId = base?.customer.id ?? customer?.id ?? '';
  const pricedFor = base ? { id: base.customer.id, currency: base.currency } : customer;
  const prices = useCustomerPrices(pricedFor ?? null, lines, items, locale);
  // The customer's price fills the rate of each line the server prices, with the list and break that gave it.
  useEffect(() => {
    const next = withKnownPrices(form.getValues('lines'), prices.priceOf, currency, locale);
    if (next) form.setValue('lines', next, { shouldValidate: form.formState.isSubmitted });
  }, [prices.priceOf, lines, currency, locale]);
  const addresses = useQuery({ queryKey: shippingAddressesKey(customerId), queryFn: ({ signal }) => fetchShippingAddresses(customerId, signal), enabled: customerId !== '' });

  const save = useApiMutation({
    mutationFn: (request: SalesOrderRequest): Promise<SalesOrder> => {
      if (request.kind === 'create') return adminClient.post('/sales-orders', { body: request.body });
      if (!base) throw new Error('An edit needs the order it changes');
      return adminClient.patch('/sales-orders/{id}', { params: { path: { id: base.id } }, headers: ifMatch(base.version), body: request.body });
    },
    invalidates: (saved) => [salesOrderKeys.lists(), salesOrderKeys.detail(saved.id), customerKeys.detail(saved.customer.id)],
  });

  const submit = useServerSubmit(
    form,
    async (values) => {
      const request = salesOrderRequest(values, { editing, currency, locale });
      if (!request) return;
      try {
        const saved = await save.mutateAsync(request);
        queryClient.setQueryData(salesOrderKeys.detail(saved.id), saved);
        toast.show(t('salesOrders.saved', { number: saved.number }));
        void navigate(`/sales-orders/${saved.id}`);
      } catch (error) {
        const conflict = orderConflictMessage(t, error, values.lines, locale);
        if (!conflict) throw error;
        if (base && (isApiError(error, 'STALE_VERSION') || isApiError(error, 'STATE_CONFLICT'))) {
          // Fetch the order as it is now; the fields keep what was typed until the person loads it.
          await queryClient.invalidateQueries({ queryKey: salesOrderKeys.detail(base.id) });
          throw new FormMessageError(isApiError(error, 'STALE_VERSION') ? t('salesOrders.editChangedMeanwhile') : conflict);
        }
        throw new FormMessageError(conflict);
      }
    },
    { fieldName: salesOrderFieldName },
  );

  const setLines = (update: (current: OrderLineDraft[]) => OrderLineDraft[]) => form.setValue('lines', update(form.getValues('lines')), { shouldValidate: form.formState.isSubmitted });
  const loadLatest = () => {
    if (!order) return;
    setBase(order);
    form.reset(editSalesOrderValues(order, locale));
  };
  const submitted = form.formState.isSubmitted;
  const error = formErrorMessage(form);
  const customerError = useFieldErrorText(form.formState.errors.customer as FieldError | undefined);
  const linesError = useFieldErrorText(form.formState.errors.lines?.root ?? (form.formState.errors.lines as FieldError | undefined));
  const newer = order && base && order.version !== base.version;
  const lineError = (index: number, field: keyof OrderLineDraft): string | undefined => {
    const issue = (form.formState.errors.lines?.[index] as Record<string, FieldError | undefined> | undefined)?.[field];
    return issue?.type === 'server' ? issue.message : undefined;
  };
  const addressOptions = [
    { value: '', label: t('salesOrders.noShippingAddress') },
    ...(addresses.data ?? []).map((address) => ({ value: address.id, label: [address.label, address.address_lines.join(', ')].filter(Boolean).join(': ') })),
    { value: otherAddress, label: t('salesOrders.otherAddress') },
  ];

  return (
    <form className="admin-form admin-document-form" onSubmit={(event) => void submit(event)} noValidate>
      {error ? (
        <Notice tone="danger">
          {error}
          {newer ? (
            <>
              {' '}
              <Button size="small" onClick={loadLatest}>
                {t('salesOrders.loadLatest')}
              </Button>
            </>
          ) : null}
        </Notice>
      ) : null}
      <fieldset className="ui-fieldset">
        <legend>{t('salesOrders.details')}</legend>
        {base ? (
          <p>
            <span className="ui-field__label">{t('picker.customer')}</span>: {base.customer.display_name} · {base.currency}
          </p>
        ) : (
          <CustomerPicker
            value={customer ?? undefined}
            onChange={(next) => {
              form.setValue('customer', next ?? null, { shouldValidate: submitted });
              form.setValue('shipping_address_choice', '');
            }}
            required
            error={customerError}
          />
        )}
        <div className="ui-grid-3">
          <FormTextInput control={form.control} name="order_date" type="date" label={t('salesOrders.orderDate')} required />
          <FormTextInput control={form.control} name="expected_shipment_date" type="date" label={t('salesOrders.expectedShipment')} />
          <FormTextInput control={form.control} name="po_number" label={t('salesOrders.poNumber')} maxLength={100} />
        </div>
        <FormSelect control={form.control} name="shipping_address_choice" label={t('salesOrders.shippingAddress')} options={addressOptions} hint={customerId && addresses.data?.length === 0 ? t('salesOrders.noSavedAddresses') : undefined} />
        {addressChoice === otherAddress ? <FormTextArea control={form.control} name="shipping_address" label={t('salesOrders.shippingAddressText')} rows={3} maxLength={2000} required /> : null}
      </fieldset>
      <OrderLineEditor lines={lines} onChange={setLines} items={items} taxes={taxes} currency={currency} amounts={amounts} showErrors={submitted} serverError={lineError} />
      {submitted && linesError ? <Notice tone="danger">{linesError}</Notice> : null}
      <TotalsPreview totals={amounts} currency={currency} label={t('totals.preview')} />
      {hasServerPricedLines(lines) ? <p className="ui-muted ui-small admin-order-price-note">{t('salesOrders.price.previewNote')}</p> : null}
      <FormTextArea control={form.control} name="notes" label={t('salesOrders.notes')} rows={3} hint={t('salesOrders.notesHint')} />
      <div className="ui-button-row">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {base ? t('salesOrders.saveChanges') : t('salesOrders.saveDraft')}
        </Button>
        <Link to={base ? `/sales-orders/${base.id}` : '/sales-orders'} className="ui-button ui-button--secondary">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { parseMoneyInput } from '../../../ui/billing-format.ts';
import { Button, EmptyState, Notice, Spinner, TextInput, useToast } from '../../../ui/components/index.ts';
import { FormSelect, FormTextArea, FormTextInput, useFieldErrorText } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { currencyExponent, formatMoney } from '../../../ui/format.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { adminClient } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { customerKeys } from '../customers/queries.ts';
import { CustomerPicker } from '../documents/CustomerPicker.tsx';
import { decimalError } from '../documents/line-state.ts';
import { documentKeys } from '../documents/queries.ts';
import { AllocationTable, oldestFirstValues, readAllocations } from './AllocationTable.tsx';
import { RetryKey } from './idempotency-key.ts';
import { useOpenInvoices } from './open-invoices.ts';
import { newPaymentValues, paymentCurrency, paymentFieldName, paymentFormSchema, paymentRequest } from './payment-form.ts';
import { paymentKeys, paymentMethods, type NewPaymentBody } from './queries.ts';

/** Record an offline payment and say which open invoices it pays (oldest first unless changed). */
export function RecordPaymentPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  useDocumentTitle(t('payments.recordTitle'));
  const navigate = useNavigate();
  const toast = useToast();
  const [params] = useSearchParams();
  const fromInvoice = params.get('invoice') ?? '';
  const presetId = params.get('customer') ?? '';
  const preset = useQuery({
    queryKey: customerKeys.detail(presetId),
    queryFn: ({ signal }) => adminClient.get('/customers/{id}', { params: { path: { id: presetId } }, signal }),
    enabled: presetId !== '',
  });
  const [defaults] = useState(newPaymentValues);
  const [customerId, setCustomerId] = useState<string>();
  const open = useOpenInvoices(customerId);
  // Coming from an invoice: that one first, then the rest oldest first.
  const invoices = useMemo(() => (open.data ? [...open.data.filter((d) => d.id === fromInvoice), ...open.data.filter((d) => d.id !== fromInvoice)] : undefined), [open.data, fromInvoice]);
  const schema = useMemo(() => paymentFormSchema({ locale, openInvoices: invoices }), [locale, invoices]);
  const form = useZodForm(schema, { defaultValues: defaults });
  const customer = form.watch('customer');
  const amount = form.watch('amount');
  const values = form.watch('amounts');
  // Whether the amounts applied were typed (and stay) or follow the amount, oldest first.
  const [manual, setManual] = useState(false);
  const currency = paymentCurrency(customer);
  const parsedAmount = parseMoneyInput(amount, currency, locale);
  const amountMinor = parsedAmount.ok ? parsedAmount.value : 0;

  useEffect(() => {
    if (preset.data && !form.getValues('customer')) {
      form.setValue('customer', { id: preset.data.id, display_name: preset.data.display_name, currency: preset.data.currency });
      setCustomerId(preset.data.id);
    }
  }, [preset.data, form]);
  useEffect(() => {
    if (!manual) form.setValue('amounts', oldestFirstValues(invoices ?? [], amountMinor, currency, locale, fromInvoice || undefined));
  }, [invoices, amountMinor, manual, currency, locale, form]);

  // Made when the form opens; a retry of the same payment sends it again, so it is recorded once.
  const [retryKey] = useState(() => new RetryKey());
  const record = useApiMutation({
    mutationFn: (body: NewPaymentBody) => adminClient.post('/payments', { body, params: { header: { 'idempotency-key': retryKey.for(body) } } }),
    // The invoices it paid (every list and detail), the payment lists and the customer's statement.
    invalidates: (payment) => [documentKeys.all, paymentKeys.all, customerKeys.detail(payment.customer.id)],
  });
  const submit = useServerSubmit(
    form,
    async (submitted) => {
      const body = paymentRequest(submitted, { locale, openInvoices: invoices });
      if (!body) return;
      const payment = await record.mutateAsync(body);
      toast.show(t('payments.recorded', { number: payment.number }));
      void navigate(`/payments/${payment.id}`);
    },
    { fieldName: paymentFieldName },
  );

  const allocations = invoices ? readAllocations(invoices, values, currency, locale) : undefined;
  const allocated = allocations?.reduce((sum, a) => sum + a.amount_minor, 0) ?? 0;
  const mismatch = parsedAmount.ok && allocations !== undefined && allocated !== amountMinor;
  const submitted = form.formState.isSubmitted;
  const errors = form.formState.errors;
  const serverText = (error: FieldError | undefined) => (error?.type === 'server' ? error.message : undefined);
  const customerError = useFieldErrorText(errors.customer as FieldError | undefined);
  const error = formErrorMessage(form);

  return (
    <>
      <nav aria-label={t('common.breadcrumb')} className="admin-breadcrumb">
        <Link to="/payments">{t('payments.title')}</Link>
      </nav>
      <h1>{t('payments.recordTitle')}</h1>
      <form className="admin-form" onSubmit={(event) => void submit(event)} noValidate>
        {error ? <Notice tone="danger">{error}</Notice> : null}
        <fieldset className="ui-fieldset">
          <legend>{t('payments.details')}</legend>
          <CustomerPicker
            value={customer ?? undefined}
            onChange={(next) => {
              form.setValue('customer', next ? { id: next.id, display_name: next.display_name, currency: next.currency } : null, { shouldValidate: submitted });
              setCustomerId(next?.id);
              setManual(false);
            }}
            required
            error={customerError}
          />
          <div className="ui-grid-3">
            <TextInput
              label={t('payments.amount', { currency })}
              inputMode="decimal"
              required
              name="amount"
              value={amount}
              onChange={(e) => form.setValue('amount', e.target.value, { shouldValidate: submitted })}
              error={(submitted || amount ? decimalError(parsedAmount, t, currencyExponent(currency)) : undefined) ?? serverText(errors.amount)}
            />
            <FormSelect control={form.control} name="method" label={t('payments.method')} options={paymentMethods.map((m) => ({ value: m, label: t(`payments.methods.${m}`) }))} />
            <FormTextInput control={form.control} name="paid_on" type="date" label={t('payments.paidOn')} required />
          </div>
          <FormTextInput control={form.control} name="reference" label={t('payments.reference')} maxLength={100} />
          <FormTextArea control={form.control} name="notes" label={t('payments.notes')} rows={2} />
        </fieldset>
        {customer ? (
          <section aria-labelledby="allocations-heading" className="admin-allocations">
            <div className="admin-card-header">
              <h2 id="allocations-heading">{t('allocations.title')}</h2>
              {manual ? (
                <Button size="small" onClick={() => setManual(false)}>
                  {t('allocations.oldestFirst')}
                </Button>
              ) : null}
            </div>
            <p className="ui-muted">{t('allocations.explain')}</p>
            {open.isFetching && !invoices ? <Spinner label={t('allocations.loading')} /> : null}
            {open.isError && !invoices ? <Notice tone="danger">{errorMessage(t, open.error)}</Notice> : null}
            {invoices && invoices.length === 0 ? <EmptyState title={t('allocations.none')} /> : null}
            {invoices && invoices.length > 0 ? (
              <AllocationTable
                caption={t('allocations.caption')}
                documents={invoices}
                values={values}
                currency={currency}
                onChange={(id, text) => {
                  setManual(true);
                  form.setValue('amounts', { ...form.getValues('amounts'), [id]: text }, { shouldValidate: submitted });
                }}
              />
            ) : null}
            <p role="status" className="admin-allocation-sum">
              {t('allocations.sum', { allocated: formatMoney(allocated, currency, locale), amount: formatMoney(amountMinor, currency, locale) })}
            </p>
            {submitted && mismatch ? <Notice tone="danger">{t('allocations.mismatch')}</Notice> : null}
            {serverText(errors.amounts as FieldError | undefined) ? <Notice tone="danger">{serverText(errors.amounts as FieldError | undefined)}</Notice> : null}
          </section>
        ) : null}
        <div className="ui-button-row">
          <Button type="submit" variant="primary" busy={form.formState.isSubmitting} disabled={!!invoices && invoices.length === 0}>
            {t('payments.save')}
          </Button>
          <Link to="/payments" className="ui-button ui-button--secondary">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatMoneyInput, parseMoneyInput } from '../../../ui/billing-format.ts';
import { Button, EmptyState, Notice, Select, Spinner, TextArea, TextInput, useToast } from '../../../ui/components/index.ts';
import { currencyExponent, formatMoney } from '../../../ui/format.ts';
import { paymentMethods, type Payment, type PaymentMethod } from '../../lib/billing-types.ts';
import { api } from '../../lib/client.ts';
import { todayLocal } from '../../lib/document-kinds.ts';
import { errorMessage, fieldError } from '../../lib/errors.ts';
import { allocateOldestFirst, loadOpenInvoices } from '../../lib/open-invoices.ts';
import type { CustomerSummary } from '../../lib/types.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { useResource } from '../../lib/useResource.ts';
import { CustomerPicker } from '../documents/CustomerPicker.tsx';
import { decimalError } from '../documents/line-state.ts';
import { AllocationTable, readAllocations } from './AllocationTable.tsx';

/** Record an offline payment and say which open invoices it pays (oldest first unless changed). */
export function RecordPaymentPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  useDocumentTitle(t('payments.recordTitle'));
  const navigate = useNavigate();
  const toast = useToast();
  const [params] = useSearchParams();
  const fromInvoice = params.get('invoice') ?? '';
  const [customer, setCustomer] = useState<CustomerSummary>();
  const preset = useResource(async () => {
    const id = params.get('customer');
    return id ? api.get<CustomerSummary>(`/customers/${encodeURIComponent(id)}`) : undefined;
  }, params.get('customer') ?? '');
  useEffect(() => {
    if (preset.data) setCustomer(preset.data);
  }, [preset.data]);
  const currency = customer?.currency ?? 'USD';
  const open = useResource(async () => {
    if (!customer) return [];
    const list = await loadOpenInvoices(customer.id);
    // Coming from an invoice: that one first, then the rest oldest first.
    return [...list.filter((d) => d.id === fromInvoice), ...list.filter((d) => d.id !== fromInvoice)];
  }, customer?.id ?? '');
  const [amount, setAmount] = useState('');
  const [method, setMethod] = useState<PaymentMethod>('bank_transfer');
  const [paidOn, setPaidOn] = useState(todayLocal());
  const [reference, setReference] = useState('');
  const [notes, setNotes] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [manual, setManual] = useState(false);
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const parsedAmount = parseMoneyInput(amount, currency, locale);
  const amountMinor = parsedAmount.ok ? parsedAmount.value : 0;

  const spread = (documents = open.data ?? [], total = amountMinor) =>
    setValues(Object.fromEntries([...allocateOldestFirst(documents, total, fromInvoice || undefined)].filter(([, v]) => v > 0).map(([id, v]) => [id, formatMoneyInput(v, currency, locale)])));
  useEffect(() => {
    if (!manual) spread();
  }, [open.data, amountMinor, manual]);

  const allocations = open.data ? readAllocations(open.data, values, currency, locale) : undefined;
  const allocated = allocations?.reduce((sum, a) => sum + a.amount_minor, 0) ?? 0;
  const mismatch = parsedAmount.ok && allocations !== undefined && allocated !== amountMinor;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (!customer || !parsedAmount.ok || amountMinor <= 0 || !allocations || mismatch || allocations.length === 0) return;
    setBusy(true);
    setError(undefined);
    try {
      const payment = await api.post<Payment>('/payments', {
        customer_id: customer.id,
        amount_minor: amountMinor,
        currency,
        method,
        paid_on: paidOn,
        reference: reference.trim() || null,
        notes: notes.trim() || null,
        allocations,
      });
      toast.show(t('payments.recorded', { number: payment.number }));
      void navigate(`/payments/${payment.id}`);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <>
      <nav aria-label={t('common.breadcrumb')} className="admin-breadcrumb">
        <Link to="/payments">{t('payments.title')}</Link>
      </nav>
      <h1>{t('payments.recordTitle')}</h1>
      <form className="admin-form" onSubmit={(event) => void submit(event)} noValidate>
        {error ? <Notice tone="danger">{errorMessage(t, error)}</Notice> : null}
        <fieldset className="ui-fieldset">
          <legend>{t('payments.details')}</legend>
          <CustomerPicker
            value={customer}
            onChange={(next) => {
              setCustomer(next);
              setManual(false);
            }}
            required
            error={showErrors && !customer ? t('picker.required') : fieldError(error, 'customer_id')}
          />
          <div className="ui-grid-3">
            <TextInput
              label={t('payments.amount', { currency })}
              inputMode="decimal"
              required
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
              error={(showErrors || amount ? decimalError(parsedAmount, t, currencyExponent(currency)) : undefined) ?? fieldError(error, 'amount_minor') ?? fieldError(error, 'currency')}
            />
            <Select label={t('payments.method')} value={method} onChange={(e) => setMethod(e.target.value as PaymentMethod)} options={paymentMethods.map((m) => ({ value: m, label: t(`payments.methods.${m}`) }))} />
            <TextInput type="date" label={t('payments.paidOn')} required value={paidOn} onChange={(e) => setPaidOn(e.target.value)} error={fieldError(error, 'paid_on')} />
          </div>
          <TextInput label={t('payments.reference')} value={reference} maxLength={100} onChange={(e) => setReference(e.target.value)} />
          <TextArea label={t('payments.notes')} value={notes} rows={2} onChange={(e) => setNotes(e.target.value)} />
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
            {open.loading ? <Spinner label={t('allocations.loading')} /> : null}
            {!open.loading && open.error ? <Notice tone="danger">{errorMessage(t, open.error)}</Notice> : null}
            {open.data && !open.loading && open.data.length === 0 ? <EmptyState title={t('allocations.none')} /> : null}
            {open.data && !open.loading && open.data.length > 0 ? (
              <AllocationTable
                caption={t('allocations.caption')}
                documents={open.data}
                values={values}
                currency={currency}
                onChange={(id, text) => {
                  setManual(true);
                  setValues({ ...values, [id]: text });
                }}
              />
            ) : null}
            <p role="status" className="admin-allocation-sum">
              {t('allocations.sum', { allocated: formatMoney(allocated, currency, locale), amount: formatMoney(amountMinor, currency, locale) })}
            </p>
            {showErrors && mismatch ? <Notice tone="danger">{t('allocations.mismatch')}</Notice> : null}
            {fieldError(error, 'allocations') ? <Notice tone="danger">{fieldError(error, 'allocations')}</Notice> : null}
          </section>
        ) : null}
        <div className="ui-button-row">
          <Button type="submit" variant="primary" busy={busy} disabled={!!open.data && open.data.length === 0}>
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

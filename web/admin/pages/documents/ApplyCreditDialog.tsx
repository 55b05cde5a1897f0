import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoneyInput } from '../../../ui/billing-format.ts';
import { Button, Dialog, EmptyState, ErrorState, Notice, Spinner, useToast } from '../../../ui/components/index.ts';
import { formatMoney } from '../../../ui/format.ts';
import type { BillingDocument } from '../../lib/billing-types.ts';
import { api } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import { allocateOldestFirst, loadOpenInvoices } from '../../lib/open-invoices.ts';
import { useResource } from '../../lib/useResource.ts';
import { AllocationTable, readAllocations } from '../payments/AllocationTable.tsx';

/** Apply a credit note's unused credit to the customer's open invoices (oldest first by default). */
export function ApplyCreditDialog({ creditNote, onClose, onApplied }: { creditNote: BillingDocument; onClose: () => void; onApplied: (document: BillingDocument) => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const toast = useToast();
  const currency = creditNote.currency;
  const open = useResource(async () => (await loadOpenInvoices(creditNote.customer.id)).filter((d) => d.currency === currency), creditNote.id);
  const [values, setValues] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    if (!open.data) return;
    const spread = allocateOldestFirst(open.data, creditNote.balance_minor);
    setValues(Object.fromEntries([...spread].filter(([, amount]) => amount > 0).map(([id, amount]) => [id, formatMoneyInput(amount, currency, locale)])));
  }, [open.data, creditNote.balance_minor, currency, locale]);

  const allocations = open.data ? readAllocations(open.data, values, currency, locale) : undefined;
  const total = allocations?.reduce((sum, a) => sum + a.amount_minor, 0) ?? 0;
  const tooMuch = total > creditNote.balance_minor;

  const apply = async () => {
    if (!allocations || allocations.length === 0 || tooMuch) return;
    setBusy(true);
    setError(undefined);
    try {
      const updated = await api.post<BillingDocument>(`/credit-notes/${creditNote.id}/apply`, { applications: allocations.map((a) => ({ invoice_id: a.document_id, amount_minor: a.amount_minor })) });
      toast.show(t('credit.applied', { number: creditNote.number }));
      onApplied(updated);
      onClose();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      size="wide"
      title={t('credit.applyTitle', { number: creditNote.number })}
      onClose={onClose}
      closeLabel={t('common.close')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" busy={busy} disabled={!allocations || allocations.length === 0 || tooMuch} onClick={() => void apply()}>
            {t('credit.apply')}
          </Button>
        </>
      }
    >
      {error ? <Notice tone="danger">{errorMessage(t, error)}</Notice> : null}
      <p>{t('credit.available', { amount: formatMoney(creditNote.balance_minor, currency, locale) })}</p>
      {open.loading && !open.data ? <Spinner label={t('allocations.loading')} /> : null}
      {!open.loading && !open.data ? <ErrorState title={t('allocations.loadFailed')} message={errorMessage(t, open.error)} retryLabel={t('common.retry')} onRetry={open.reload} /> : null}
      {open.data && open.data.length === 0 ? <EmptyState title={t('allocations.none')} /> : null}
      {open.data && open.data.length > 0 ? (
        <>
          <AllocationTable caption={t('allocations.caption')} documents={open.data} values={values} currency={currency} onChange={(id, text) => setValues({ ...values, [id]: text })} />
          <p className="admin-allocation-sum" role="status">
            {t('credit.applying', { amount: formatMoney(total, currency, locale), available: formatMoney(creditNote.balance_minor, currency, locale) })}
          </p>
          {tooMuch ? <Notice tone="danger">{t('credit.tooMuch')}</Notice> : null}
        </>
      ) : null}
    </Dialog>
  );
}

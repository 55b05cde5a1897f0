import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { EmptyState, ErrorState, FormDialog, Notice, Spinner, useToast } from '../../../ui/components/index.ts';
import { FormMessageError } from '../../../ui/errors.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { formatMoney } from '../../../ui/format.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { adminClient } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import { customerKeys } from '../customers/queries.ts';
import { AllocationTable, oldestFirstValues, readAllocations } from '../payments/AllocationTable.tsx';
import { useOpenInvoices } from '../payments/open-invoices.ts';
import { documentKeys, type BillingDocument } from './queries.ts';

/** The amount typed for each open invoice, by its id. */
const applyCreditSchema = z.object({ amounts: z.record(z.string(), z.string()) });

/** Apply a credit note's unused credit to the customer's open invoices (oldest first by default). */
export function ApplyCreditDialog({ creditNote, onClose }: { creditNote: BillingDocument; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const toast = useToast();
  const currency = creditNote.currency;
  const open = useOpenInvoices(creditNote.customer.id);
  // Credit notes apply to invoices only (retainer invoices are paid, never credited).
  const invoices = open.data?.filter((d) => d.currency === currency && d.kind === 'invoice');
  const form = useZodForm(applyCreditSchema, { defaultValues: { amounts: {} } });
  const apply = useApiMutation({
    mutationFn: (applications: { invoice_id: string; amount_minor: number }[]) => adminClient.post('/credit-notes/{id}/apply', { params: { path: { id: creditNote.id } }, body: { applications } }),
    // The credit note, the invoices it paid, every list and the customer's statement.
    invalidates: [documentKeys.all, customerKeys.detail(creditNote.customer.id)],
  });
  useEffect(() => {
    if (invoices) form.reset({ amounts: oldestFirstValues(invoices, creditNote.balance_minor, currency, locale) });
    // Spread once the invoices are there (and again if they change).
  }, [open.data, creditNote.balance_minor, currency, locale]);

  const values = form.watch('amounts');
  const allocations = invoices ? readAllocations(invoices, values, currency, locale) : undefined;
  const total = allocations?.reduce((sum, a) => sum + a.amount_minor, 0) ?? 0;
  const tooMuch = total > creditNote.balance_minor;

  return (
    <FormDialog
      open
      size="wide"
      title={t('credit.applyTitle', { number: creditNote.number })}
      form={form}
      resetOnOpen={false}
      submitLabel={t('credit.apply')}
      onClose={onClose}
      onSubmit={async (submitted) => {
        const chosen = invoices ? readAllocations(invoices, submitted.amounts, currency, locale) : undefined;
        if (!chosen) throw new FormMessageError(t('allocations.fix'));
        if (chosen.length === 0) throw new FormMessageError(t('credit.nothing'));
        if (chosen.reduce((sum, a) => sum + a.amount_minor, 0) > creditNote.balance_minor) throw new FormMessageError(t('credit.tooMuch'));
        await apply.mutateAsync(chosen.map((a) => ({ invoice_id: a.document_id, amount_minor: a.amount_minor })));
        toast.show(t('credit.applied', { number: creditNote.number }));
      }}
    >
      <p>{t('credit.available', { amount: formatMoney(creditNote.balance_minor, currency, locale) })}</p>
      {open.isPending ? <Spinner label={t('allocations.loading')} /> : null}
      {open.isError && !open.data ? <ErrorState title={t('allocations.loadFailed')} message={errorMessage(t, open.error)} retryLabel={t('common.retry')} onRetry={() => void open.refetch()} /> : null}
      {invoices && invoices.length === 0 ? <EmptyState title={t('allocations.none')} /> : null}
      {invoices && invoices.length > 0 ? (
        <>
          <AllocationTable caption={t('allocations.caption')} documents={invoices} values={values} currency={currency} onChange={(id, text) => form.setValue(`amounts.${id}`, text)} />
          <p className="admin-allocation-sum" role="status">
            {t('credit.applying', { amount: formatMoney(total, currency, locale), available: formatMoney(creditNote.balance_minor, currency, locale) })}
          </p>
          {tooMuch ? <Notice tone="danger">{t('credit.tooMuch')}</Notice> : null}
        </>
      ) : null}
    </FormDialog>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { Button, FormDialog, useToast } from '../../../ui/components/index.ts';
import { FormSelect, FormTextArea } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { adminClient } from '../../lib/client.ts';
import { customerKeys } from '../customers/queries.ts';
import { documentKeys } from '../documents/queries.ts';
import { stockKeysToRefresh } from './stock-keys.ts';
import { canApproveOrder, canCancelOrder, canConfirmOrder, canConvertOrder, canEditOrder } from './order-actions.ts';
import { orderConflictMessage } from './order-conflicts.ts';
import { ifMatch, salesOrderKeys, type ConvertMode, type SalesOrder } from './queries.ts';

type Pending = 'confirm' | 'approve' | 'cancel' | 'convert' | null;

const cancelSchema = z.object({ reason: z.string().trim().min(1, 'salesOrders.errors.reason').max(2000) });
const convertSchema = z.object({ mode: z.enum(['all', 'shipped']) });

interface SalesOrderActionsProps {
  order: SalesOrder;
  /**
   * A write was refused because of where the order or the stock stands now (STALE_VERSION,
   * STATE_CONFLICT, INSUFFICIENT_STOCK): the order is being fetched again and this says why.
   */
  onConflict: (message: string | undefined) => void;
  /** An invoice was made from the order. */
  onInvoiced: (invoice: { id: string; number: string }) => void;
}

/**
 * The actions an order's status allows: edit, confirm a draft, approve an order placed in the portal,
 * cancel with a reason, convert to an invoice (everything or what shipped), PDF. Every change carries the
 * version the page shows as If-Match, so an order changed meanwhile is refused instead of changed blindly.
 */
export function SalesOrderActions({ order, onConflict, onInvoiced }: SalesOrderActionsProps) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<Pending>(null);
  const cancelForm = useZodForm(cancelSchema, { defaultValues: { reason: '' } });
  const canShippedOnly = canConvertOrder(order, 'shipped');
  const convertForm = useZodForm(convertSchema, { defaultValues: { mode: canShippedOnly ? 'shipped' : 'all' } });
  const id = order.id;
  const path = { params: { path: { id } }, headers: ifMatch(order.version) };
  // A change to an order shows in its lists, the order itself and the stock of its items.
  const changed = [salesOrderKeys.lists(), salesOrderKeys.detail(id), ...stockKeysToRefresh];

  const confirm = useApiMutation({ mutationFn: () => adminClient.post('/sales-orders/{id}/confirm', { ...path, body: {} }), invalidates: changed });
  const approve = useApiMutation({ mutationFn: () => adminClient.post('/sales-orders/{id}/approve', { ...path, body: {} }), invalidates: changed });
  const cancel = useApiMutation({ mutationFn: (reason: string) => adminClient.post('/sales-orders/{id}/cancel', { ...path, body: { reason } }), invalidates: changed });
  const convert = useApiMutation({
    mutationFn: (mode: ConvertMode) => adminClient.post('/sales-orders/{id}/convert', { ...path, body: { mode } }),
    invalidates: [salesOrderKeys.detail(id), documentKeys.lists(), customerKeys.detail(order.customer.id)],
  });

  /** Runs a write; a refusal because the order or the stock moved on closes the dialog and says why. */
  const decided = async (write: () => Promise<void>) => {
    onConflict(undefined);
    try {
      await write();
    } catch (error) {
      const conflict = orderConflictMessage(t, error, order.lines, i18n.language);
      if (!conflict) throw error;
      await queryClient.invalidateQueries({ queryKey: salesOrderKeys.detail(id) });
      onConflict(conflict);
    }
  };

  const number = order.number;
  const canConvert = canConvertOrder(order, 'all') || canShippedOnly;

  return (
    <div className="ui-button-row admin-doc-actions">
      {canConfirmOrder(order) ? (
        <Button variant="primary" onClick={() => setPending('confirm')}>
          {t('salesOrders.confirm')}
        </Button>
      ) : null}
      {canApproveOrder(order) ? (
        <Button variant="primary" onClick={() => setPending('approve')}>
          {t('salesOrders.approve')}
        </Button>
      ) : null}
      {canConvert ? <Button onClick={() => setPending('convert')}>{t('salesOrders.convert')}</Button> : null}
      {canEditOrder(order) ? (
        <Link className="ui-button ui-button--secondary" to={`/sales-orders/${order.id}/edit`}>
          {t('common.edit')}
        </Link>
      ) : null}
      <a className="ui-button ui-button--secondary" href={adminClient.href('/sales-orders/{id}/pdf', { params: { path: { id } } })} target="_blank" rel="noopener">
        {t('salesOrders.pdf')}
        <span className="ui-visually-hidden"> {t('common.newTab')}</span>
      </a>
      {canCancelOrder(order) ? (
        <Button variant="ghost" onClick={() => setPending('cancel')}>
          {t('salesOrders.cancel')}
        </Button>
      ) : null}
      <ConfirmDialog
        open={pending === 'confirm'}
        title={t('salesOrders.confirmTitle', { number })}
        confirmLabel={t('salesOrders.confirm')}
        onClose={() => setPending(null)}
        onConfirm={() =>
          decided(async () => {
            await confirm.mutateAsync();
            toast.show(t('salesOrders.confirmed', { number }));
          })
        }
      >
        <p>{t('salesOrders.confirmExplain')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={pending === 'approve'}
        title={t('salesOrders.approveTitle', { number })}
        confirmLabel={t('salesOrders.approve')}
        onClose={() => setPending(null)}
        onConfirm={() =>
          decided(async () => {
            await approve.mutateAsync();
            toast.show(t('salesOrders.approved', { number }));
          })
        }
      >
        <p>{t('salesOrders.approveExplain')}</p>
      </ConfirmDialog>
      <FormDialog
        open={pending === 'cancel'}
        title={t('salesOrders.cancelTitle', { number })}
        form={cancelForm}
        submitLabel={t('salesOrders.cancel')}
        submitVariant="danger"
        cancelLabel={t('salesOrders.keepOrder')}
        onClose={() => setPending(null)}
        onSubmit={(values) =>
          decided(async () => {
            await cancel.mutateAsync(values.reason.trim());
            toast.show(t('salesOrders.cancelled', { number }));
          })
        }
      >
        <p>{t('salesOrders.cancelExplain')}</p>
        <FormTextArea control={cancelForm.control} name="reason" label={t('salesOrders.cancelReason')} rows={3} maxLength={2000} required />
      </FormDialog>
      <FormDialog
        open={pending === 'convert'}
        title={t('salesOrders.convertTitle', { number })}
        form={convertForm}
        submitLabel={t('salesOrders.convert')}
        onClose={() => setPending(null)}
        onSubmit={(values) =>
          decided(async () => {
            const invoice = await convert.mutateAsync(values.mode);
            toast.show(t('salesOrders.converted', { number: invoice.number }));
            onInvoiced({ id: invoice.id, number: invoice.number });
          })
        }
      >
        <p>{t('salesOrders.convertExplain')}</p>
        <FormSelect
          control={convertForm.control}
          name="mode"
          label={t('salesOrders.convertMode')}
          options={[
            ...(canConvertOrder(order, 'all') ? [{ value: 'all', label: t('salesOrders.convertAll') }] : []),
            ...(canShippedOnly ? [{ value: 'shipped', label: t('salesOrders.convertShipped') }] : []),
          ]}
        />
      </FormDialog>
    </div>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, DataTable, EmptyState, StatusBadge, useToast, type Column } from '../../../ui/components/index.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { fetchShippingAddresses, makeDefaultShippingAddress, removeShippingAddress, shippingAddressChanges, shippingAddressesKey, type ShippingAddress } from './ordering-queries.ts';
import { ShippingAddressDialog } from './ShippingAddressDialog.tsx';

type Open = { kind: 'add' } | { kind: 'edit' | 'remove'; address: ShippingAddress } | null;

/** Where the customer's orders go: contacts pick one when they order; the default is preselected. */
export function ShippingAddressesCard({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [open, setOpen] = useState<Open>(null);
  const addresses = useQuery({ queryKey: shippingAddressesKey(customerId), queryFn: ({ signal }) => fetchShippingAddresses(customerId, signal) });
  const changes = shippingAddressChanges(customerId);
  const makeDefault = useApiMutation({
    mutationFn: (address: ShippingAddress) => makeDefaultShippingAddress(customerId, address.id),
    invalidates: changes,
    onSuccess: (_, address) => toast.show(t('shippingAddresses.defaultSet', { label: address.label })),
    onError: (failure) => toast.show(errorMessage(t, failure), 'danger'),
  });
  const remove = useApiMutation({ mutationFn: (address: ShippingAddress) => removeShippingAddress(customerId, address.id), invalidates: changes });
  const settingDefault = makeDefault.isPending ? makeDefault.variables?.id : undefined;
  const rows = addresses.data ?? [];

  const columns: Column<ShippingAddress>[] = [
    {
      id: 'label',
      header: t('shippingAddresses.label'),
      rowHeader: true,
      className: 'admin-row-head',
      cell: (address) => (
        <>
          {address.label ?? t('shippingAddresses.customerOwn')} {address.is_default ? <StatusBadge tone="info">{t('shippingAddresses.default')}</StatusBadge> : null}
        </>
      ),
    },
    { id: 'address', header: t('shippingAddresses.address'), cell: (address) => <span className="admin-pre-line">{address.address}</span> },
    {
      id: 'actions',
      header: t('common.actions'),
      className: 'ui-col-actions',
      cell: (address) =>
        // The customer's own shipping address stands in while none is stored; it is edited with the customer.
        !address.stored ? (
          <span className="ui-muted ui-small">{t('shippingAddresses.customerOwnHint')}</span>
        ) : (
          <div className="admin-row-actions">
            {address.is_default ? null : (
              <Button size="small" busy={settingDefault === address.id} onClick={() => makeDefault.mutate(address)} aria-label={t('shippingAddresses.makeDefaultNamed', { label: address.label })}>
                {t('shippingAddresses.setDefault')}
              </Button>
            )}
            <Button size="small" onClick={() => setOpen({ kind: 'edit', address })} aria-label={t('shippingAddresses.editNamed', { label: address.label })}>
              {t('common.edit')}
            </Button>
            <Button size="small" variant="ghost" onClick={() => setOpen({ kind: 'remove', address })} aria-label={t('shippingAddresses.removeNamed', { label: address.label })}>
              {t('shippingAddresses.remove')}
            </Button>
          </div>
        ),
    },
  ];
  const stored = rows.filter((address) => address.stored);

  return (
    <section className="ui-card" aria-labelledby="shipping-addresses-heading">
      <div className="admin-card-header">
        <h2 id="shipping-addresses-heading">{t('shippingAddresses.title')}</h2>
        <Button size="small" onClick={() => setOpen({ kind: 'add' })}>
          {t('shippingAddresses.add')}
        </Button>
      </div>
      <DataTable
        caption={t('shippingAddresses.title')}
        columns={columns}
        rows={rows}
        status={addresses.status}
        error={addresses.error}
        onRetry={() => void addresses.refetch()}
        errorTitle={t('shippingAddresses.loadFailed')}
        empty={<EmptyState title={t('shippingAddresses.empty')} description={t('shippingAddresses.emptyHint')} />}
        stacked
      />
      <ShippingAddressDialog
        open={open?.kind === 'add' || open?.kind === 'edit'}
        customerId={customerId}
        address={open?.kind === 'edit' ? open.address : undefined}
        first={stored.length === 0}
        onClose={() => setOpen(null)}
      />
      {open?.kind === 'remove' ? (
        <ConfirmDialog
          open
          danger
          title={t('shippingAddresses.removeTitle', { label: open.address.label })}
          confirmLabel={t('shippingAddresses.remove')}
          onClose={() => setOpen(null)}
          onConfirm={async () => {
            await remove.mutateAsync(open.address);
            toast.show(t('shippingAddresses.removed', { label: open.address.label }));
          }}
        >
          <p>{t('shippingAddresses.removeExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

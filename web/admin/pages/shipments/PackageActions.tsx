import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, useToast } from '../../../ui/components/index.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { adminClient } from '../../lib/client.ts';
import { salesOrderKeys } from '../sales-orders/queries.ts';
import { packageKeys, type PackageSummary } from './queries.ts';
import { ShipPackageDialog } from './ShipPackageDialog.tsx';

type Pending = 'ship' | 'deliver' | 'delete' | null;

interface PackageActionsProps {
  pkg: PackageSummary;
  orderLines?: readonly { item_id: string | null; name: string }[];
}

/** What a package's status allows: ship a packed one, delete it while packed, mark a shipped one delivered; its packing slip. */
export function PackageActions({ pkg, orderLines }: PackageActionsProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const [pending, setPending] = useState<Pending>(null);
  const id = pkg.id;
  const changed = [packageKeys.lists(), packageKeys.detail(id), salesOrderKeys.detail(pkg.sales_order.id), salesOrderKeys.lists()];
  const deliver = useApiMutation({ mutationFn: () => adminClient.post('/packages/{id}/deliver', { params: { path: { id } } }), invalidates: changed });
  const remove = useApiMutation({ mutationFn: () => adminClient.delete('/packages/{id}', { params: { path: { id } } }), invalidates: changed });
  const number = pkg.number;
  return (
    <div className="ui-button-row">
      {pkg.status === 'packed' ? (
        <Button size="small" variant="primary" onClick={() => setPending('ship')} aria-label={t('packages.shipNamed', { number })}>
          {t('packages.ship')}
        </Button>
      ) : null}
      {pkg.status === 'shipped' ? (
        <Button size="small" onClick={() => setPending('deliver')} aria-label={t('packages.deliverNamed', { number })}>
          {t('packages.deliver')}
        </Button>
      ) : null}
      <a className="ui-button ui-button--secondary ui-button--small" href={adminClient.href('/packages/{id}/pdf', { params: { path: { id } } })} target="_blank" rel="noopener">
        {t('packages.slip')}
        <span className="ui-visually-hidden"> {t('packages.slipOf', { number })} {t('common.newTab')}</span>
      </a>
      {pkg.status === 'packed' ? (
        <Button size="small" variant="ghost" onClick={() => setPending('delete')} aria-label={t('packages.deleteNamed', { number })}>
          {t('packages.delete')}
        </Button>
      ) : null}
      {pending === 'ship' ? <ShipPackageDialog pkg={pkg} orderLines={orderLines} open onClose={() => setPending(null)} /> : null}
      <ConfirmDialog
        open={pending === 'deliver'}
        title={t('packages.deliverTitle', { number })}
        confirmLabel={t('packages.deliver')}
        onClose={() => setPending(null)}
        onConfirm={async () => {
          await deliver.mutateAsync();
          toast.show(t('packages.delivered', { number }));
        }}
      >
        <p>{t('packages.deliverExplain')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={pending === 'delete'}
        danger
        title={t('packages.deleteTitle', { number })}
        confirmLabel={t('packages.delete')}
        onClose={() => setPending(null)}
        onConfirm={async () => {
          await remove.mutateAsync();
          toast.show(t('packages.deleted', { number }));
        }}
      >
        <p>{t('packages.deleteExplain')}</p>
      </ConfirmDialog>
    </div>
  );
}

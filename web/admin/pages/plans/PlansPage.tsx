import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, ErrorState, Spinner, useToast } from '../../../ui/components/index.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { fetchTaxes, taxKeys } from '../billing-settings/queries.ts';
import { AddonDialog } from './AddonDialog.tsx';
import { AddonsTable, CouponsTable, PlansTable } from './CatalogueTables.tsx';
import { CouponDialog } from './CouponDialog.tsx';
import { PlanDialog, type PlanTarget } from './PlanDialog.tsx';
import { ProductDialog } from './ProductDialog.tsx';
import { addonKeys, archiveCatalogueEntry, couponKeys, fetchAddons, fetchCoupons, fetchPlans, fetchProducts, planKeys, productKeys, type Addon, type CatalogueKind, type Coupon, type Product } from './queries.ts';

interface Archiving {
  kind: CatalogueKind;
  id: string;
  name: string;
}

const byArchivedThenName = <Row extends { archived: boolean; name: string }>(a: Row, b: Row) => Number(a.archived) - Number(b.archived) || a.name.localeCompare(b.name);

/** Plans: the subscription catalogue — products with their plans, add-ons and coupons. */
export function PlansPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('plans.title'));
  const toast = useToast();
  const products = useQuery({ queryKey: productKeys.list({}), queryFn: ({ signal }) => fetchProducts(signal) });
  const plans = useQuery({ queryKey: planKeys.list({}), queryFn: ({ signal }) => fetchPlans(signal) });
  const addons = useQuery({ queryKey: addonKeys.list({}), queryFn: ({ signal }) => fetchAddons(signal) });
  const coupons = useQuery({ queryKey: couponKeys.list({}), queryFn: ({ signal }) => fetchCoupons(signal) });
  const taxes = useQuery({ queryKey: taxKeys.list({}), queryFn: ({ signal }) => fetchTaxes(signal) });
  const [product, setProduct] = useState<Product | 'new'>();
  const [plan, setPlan] = useState<PlanTarget>();
  const [addon, setAddon] = useState<Addon | 'new'>();
  const [coupon, setCoupon] = useState<Coupon | 'new'>();
  const [archiving, setArchiving] = useState<Archiving>();
  const archive = useApiMutation({
    mutationFn: (entry: Archiving) => archiveCatalogueEntry(entry.kind, entry.id),
    // Archiving a product archives its plans.
    invalidates: [productKeys.all, planKeys.all, addonKeys.all, couponKeys.all],
    onError: (failure) => toast.show(errorMessage(t, failure), 'danger'),
  });
  const allPlans = plans.data ?? [];
  const taxList = taxes.data?.data ?? [];
  const productList = [...(products.data ?? [])].sort(byArchivedThenName);
  const catalogueStatus = products.status === 'success' && plans.status === 'success' ? 'success' : products.status === 'error' || plans.status === 'error' ? 'error' : 'pending';
  const catalogueError = products.error ?? plans.error;

  return (
    <>
      <div className="admin-page-header">
        <div>
          <h1>{t('plans.title')}</h1>
          <p className="ui-muted">{t('plans.intro')}</p>
        </div>
        <Button variant="primary" onClick={() => setProduct('new')}>
          {t('plans.product.add')}
        </Button>
      </div>

      <section aria-labelledby="plans-products">
        <h2 id="plans-products">{t('plans.productsTitle')}</h2>
        {catalogueStatus === 'pending' ? <Spinner label={t('plans.loading')} /> : null}
        {catalogueStatus === 'error' ? (
          <ErrorState
            title={t('plans.loadFailed')}
            message={errorMessage(t, catalogueError)}
            retryLabel={t('common.retry')}
            onRetry={() => {
              void products.refetch();
              void plans.refetch();
            }}
          />
        ) : null}
        {catalogueStatus === 'success' && productList.length === 0 ? (
          <EmptyState title={t('plans.product.empty')} description={t('plans.product.emptyHint')} action={<Button onClick={() => setProduct('new')}>{t('plans.product.add')}</Button>} />
        ) : null}
        {catalogueStatus === 'success'
          ? productList.map((entry) => (
              <article key={entry.id} className="admin-card" aria-labelledby={`product-${entry.id}`}>
                <div className="admin-page-header">
                  <div>
                    <h3 id={`product-${entry.id}`}>
                      {entry.name}
                      {entry.archived ? ` (${t('plans.archived')})` : ''}
                    </h3>
                    {entry.description ? <p className="ui-muted">{entry.description}</p> : null}
                  </div>
                  {entry.archived ? null : (
                    <div className="admin-row-actions">
                      <Button size="small" onClick={() => setPlan({ productId: entry.id })} aria-label={t('plans.plan.addTo', { name: entry.name })}>
                        {t('plans.plan.add')}
                      </Button>
                      <Button size="small" onClick={() => setProduct(entry)} aria-label={t('plans.editNamed', { name: entry.name })}>
                        {t('plans.edit')}
                      </Button>
                      <Button size="small" variant="ghost" onClick={() => setArchiving({ kind: 'product', id: entry.id, name: entry.name })} aria-label={t('plans.archiveNamed', { name: entry.name })}>
                        {t('plans.archive')}
                      </Button>
                    </div>
                  )}
                </div>
                <PlansTable
                  caption={t('plans.plansOf', { name: entry.name })}
                  plans={allPlans.filter((row) => row.product_id === entry.id).sort(byArchivedThenName)}
                  onEdit={(row) => setPlan({ plan: row })}
                  onArchive={(row) => setArchiving({ kind: 'plan', id: row.id, name: row.name })}
                />
              </article>
            ))
          : null}
      </section>

      <section aria-labelledby="plans-addons">
        <div className="admin-page-header">
          <h2 id="plans-addons">{t('plans.addonsTitle')}</h2>
          <Button onClick={() => setAddon('new')}>{t('plans.addon.add')}</Button>
        </div>
        <AddonsTable
          addons={[...(addons.data ?? [])].sort(byArchivedThenName)}
          status={addons.status}
          error={addons.error}
          onRetry={() => void addons.refetch()}
          onEdit={setAddon}
          onArchive={(row) => setArchiving({ kind: 'addon', id: row.id, name: row.name })}
        />
      </section>

      <section aria-labelledby="plans-coupons">
        <div className="admin-page-header">
          <h2 id="plans-coupons">{t('plans.couponsTitle')}</h2>
          <Button onClick={() => setCoupon('new')}>{t('plans.coupon.add')}</Button>
        </div>
        <CouponsTable
          coupons={[...(coupons.data ?? [])].sort((a, b) => Number(a.archived) - Number(b.archived) || a.code.localeCompare(b.code))}
          status={coupons.status}
          error={coupons.error}
          onRetry={() => void coupons.refetch()}
          onEdit={setCoupon}
          onArchive={(row) => setArchiving({ kind: 'coupon', id: row.id, name: row.code })}
        />
      </section>

      <ProductDialog product={product} onClose={() => setProduct(undefined)} />
      <PlanDialog target={plan} products={productList} plans={allPlans} taxes={taxList} onClose={() => setPlan(undefined)} />
      <AddonDialog addon={addon} plans={allPlans} taxes={taxList} onClose={() => setAddon(undefined)} />
      <CouponDialog coupon={coupon} onClose={() => setCoupon(undefined)} />
      {archiving ? (
        <ConfirmDialog
          open
          danger
          title={t('plans.archiveTitle', { name: archiving.name })}
          confirmLabel={t('plans.archive')}
          onClose={() => setArchiving(undefined)}
          onConfirm={async () => {
            await archive.mutateAsync(archiving);
            toast.show(t('plans.archivedToast', { name: archiving.name }));
          }}
        >
          <p>{t(`plans.archiveExplain.${archiving.kind}`)}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

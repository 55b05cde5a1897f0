import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Button, ErrorState, Spinner, StatusBadge, useToast } from '../../../ui/components/index.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { CsvExportLink } from '../../lib/CsvExportLink.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { customerKeys } from '../customers/queries.ts';
import { fetchItemCatalogue, itemCatalogueKey } from '../documents/queries.ts';
import { PriceListForm } from './PriceListForm.tsx';
import { PricePreviewCard } from './PricePreviewCard.tsx';
import { archivePriceList, fetchPriceList, priceListKeys } from './queries.ts';

/** New (/price-lists/new) or edit (/price-lists/:id) page of a price list; a saved list also has its price preview. */
export function PriceListFormPage({ mode }: { mode: 'new' | 'edit' }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const toast = useToast();
  const items = useQuery({ queryKey: itemCatalogueKey, queryFn: ({ signal }) => fetchItemCatalogue(signal) });
  const priceList = useQuery({ queryKey: priceListKeys.detail(id), queryFn: ({ signal }) => fetchPriceList(id, signal), enabled: mode === 'edit' });
  const archive = useApiMutation({ mutationFn: archivePriceList, invalidates: [priceListKeys.all, customerKeys.details()] });
  const [archiving, setArchiving] = useState(false);
  const title = mode === 'new' ? t('priceLists.new') : (priceList.data?.name ?? t('priceLists.editTitle'));
  useDocumentTitle(title);
  const needed = mode === 'edit' ? [items, priceList] : [items];
  const failed = needed.find((query) => query.isError && !query.data);
  const ready = needed.every((query) => query.data !== undefined);
  const data = priceList.data;

  return (
    <>
      <nav aria-label={t('common.breadcrumb')} className="admin-breadcrumb">
        <Link to="/price-lists">{t('priceLists.title')}</Link>
      </nav>
      <div className="admin-page-header">
        <h1>
          {title} {data?.archived ? <StatusBadge>{t('taxes.archived')}</StatusBadge> : null}
        </h1>
        {mode === 'edit' && data ? (
          <div className="ui-button-row">
            <CsvExportLink path={`/price-lists/${encodeURIComponent(id)}/prices.csv`} filters={{}} />
            {!data.archived ? (
              <Button variant="ghost" onClick={() => setArchiving(true)}>
                {t('taxes.archive')}
              </Button>
            ) : null}
          </div>
        ) : null}
      </div>
      {failed ? (
        <ErrorState title={t('priceLists.loadOneFailed')} message={errorMessage(t, failed.error)} retryLabel={t('common.retry')} onRetry={() => needed.filter((query) => query.isError).forEach((query) => void query.refetch())} />
      ) : !ready ? (
        <Spinner label={t('common.loading')} />
      ) : (
        <>
          <PriceListForm key={`${mode}:${id}`} priceList={mode === 'edit' ? data : undefined} items={items.data ?? []} />
          {mode === 'edit' && data ? <PricePreviewCard priceList={data} items={items.data ?? []} /> : null}
        </>
      )}
      {archiving && data ? (
        <ConfirmDialog
          open
          danger
          title={t('priceLists.archiveTitle', { name: data.name })}
          confirmLabel={t('taxes.archive')}
          onClose={() => setArchiving(false)}
          onConfirm={async () => {
            await archive.mutateAsync(data.id);
            toast.show(t('priceLists.archived', { name: data.name }));
            void navigate('/price-lists');
          }}
        >
          <p>{t('priceLists.archiveExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, ErrorState, Spinner } from '../../../ui/components/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { adminClient } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import { documentCollection, documentKeys, documentViewsKey, type BillingDocument } from './queries.ts';

/** 'Viewed' (when, by whom), every view in the portal, and resetting the flag. */
export function ViewLog({ document }: { document: BillingDocument }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const collection = documentCollection(document.kind);
  const id = document.id;
  const views = useQuery({
    queryKey: documentViewsKey(id),
    queryFn: ({ signal }) => adminClient.get(`${collection}/{id}/views` as '/invoices/{id}/views', { params: { path: { id } }, signal }),
  });
  const reset = useApiMutation({
    mutationFn: () => adminClient.post(`${collection}/{id}/reset-viewed` as '/invoices/{id}/reset-viewed', { params: { path: { id } } }),
    // The document (and its views under it) and the lists' Viewed badges.
    invalidates: [documentKeys.detail(id), documentKeys.lists()],
  });
  const [resetting, setResetting] = useState(false);
  const list = views.data?.data ?? [];
  return (
    <section className="ui-card" aria-labelledby="views-heading">
      <div className="admin-card-header">
        <h2 id="views-heading">{t('views.title')}</h2>
        {document.viewed_at ? (
          <Button size="small" onClick={() => setResetting(true)}>
            {t('views.reset')}
          </Button>
        ) : null}
      </div>
      <p>
        {document.viewed_at
          ? t('views.viewedBy', { date: formatDateTime(document.viewed_at, locale), name: document.viewed_by?.name ?? t('views.someone') })
          : t('views.notViewed')}
      </p>
      {views.isPending ? <Spinner label={t('views.loading')} /> : null}
      {views.isError && !views.data ? <ErrorState title={t('views.loadFailed')} message={errorMessage(t, views.error)} retryLabel={t('common.retry')} onRetry={() => void views.refetch()} /> : null}
      {views.data && list.length === 0 ? <EmptyState title={t('views.empty')} /> : null}
      {list.length > 0 ? (
        <div className="ui-table-wrap" role="region" aria-label={t('views.caption')} tabIndex={0}>
          <table className="ui-table">
            <caption className="ui-visually-hidden">{t('views.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('views.when')}</th>
                <th scope="col">{t('views.who')}</th>
                <th scope="col" className="admin-hide-narrow">{t('views.ip')}</th>
                <th scope="col" className="admin-hide-narrow">{t('views.browser')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((view, index) => (
                <tr key={`${view.viewed_at}-${index}`}>
                  <td>{formatDateTime(view.viewed_at, locale)}</td>
                  <td>{view.contact_name}</td>
                  <td className="admin-hide-narrow">{view.ip ?? '—'}</td>
                  <td className="admin-hide-narrow admin-ellipsis" title={view.user_agent ?? undefined}>
                    {view.user_agent ?? '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <ConfirmDialog
        open={resetting}
        title={t('views.resetTitle', { number: document.number })}
        confirmLabel={t('views.reset')}
        onClose={() => setResetting(false)}
        onConfirm={async () => {
          await reset.mutateAsync();
        }}
      >
        <p>{t('views.resetExplain')}</p>
      </ConfirmDialog>
    </section>
  );
}

import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, ErrorState, Spinner } from '../../../ui/components/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { adminClient } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import { companyHistoryKey, fieldChanges, historyValueText, type CompanyDetailChange } from './company-history.ts';

const knownFields = new Set([
  'display_name',
  'company_name',
  'email',
  'phone',
  'tax_number',
  'currency',
  'portal_language',
  'billing_address',
  'shipping_address',
  'notes',
  'allow_bank_payments',
  'saved_shipping_address',
  'default_shipping_address',
]);

/** Every change of the customer's company details, newest first: who, when, and each field before → after. */
export function CompanyHistoryPanel({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const history = useInfiniteQuery({
    queryKey: companyHistoryKey(customerId),
    queryFn: ({ pageParam, signal }) =>
      adminClient.get('/customers/{id}/company-history', { params: { path: { id: customerId }, query: { limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } }, signal }),
    initialPageParam: '',
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  });
  const rows = history.data?.pages.flatMap((page) => page.data) ?? [];

  let body;
  if (history.isPending) body = <Spinner label={t('companyHistory.loading')} />;
  else if (history.isError && rows.length === 0)
    body = <ErrorState title={t('companyHistory.loadFailed')} message={errorMessage(t, history.error)} retryLabel={t('common.retry')} onRetry={() => void history.refetch()} />;
  else if (rows.length === 0) body = <EmptyState title={t('companyHistory.empty')} description={t('companyHistory.emptyHint')} />;
  else
    body = (
      <>
        <ol className="admin-history">
          {rows.map((change) => (
            <HistoryEntry key={change.id} change={change} />
          ))}
        </ol>
        {history.hasNextPage ? (
          <Button size="small" busy={history.isFetchingNextPage} onClick={() => void history.fetchNextPage()}>
            {t('companyHistory.older')}
          </Button>
        ) : null}
      </>
    );

  return (
    <section className="ui-card" aria-labelledby="company-history-heading">
      <h2 id="company-history-heading">{t('companyHistory.title')}</h2>
      {body}
    </section>
  );
}

function HistoryEntry({ change }: { change: CompanyDetailChange }) {
  const { t, i18n } = useTranslation();
  const words = { none: t('companyHistory.none'), yes: t('companyHistory.yes'), no: t('companyHistory.no') };
  const actor = change.actor_type === 'api' ? t('companyHistory.actor.api') : t(`companyHistory.actor.${change.actor_type === 'contact' ? 'contact' : 'staff'}`, { name: change.actor_name });
  return (
    <li className="admin-history__entry">
      <p className="admin-history__meta">
        <span className="admin-history__actor">{actor}</span> · <time dateTime={change.created_at}>{formatDateTime(change.created_at, i18n.language)}</time>
      </p>
      <dl className="admin-history__changes">
        {fieldChanges(change).map(({ field, before, after }) => (
          <div key={field} className="admin-history__change">
            <dt>{knownFields.has(field) ? t(`companyHistory.fields.${field}`) : field}</dt>
            <dd>
              <span className="admin-history__before">{historyValueText(before, words)}</span>
              <span aria-hidden="true"> → </span>
              <span className="ui-visually-hidden">{t('companyHistory.changedTo')}</span>
              <span className="admin-history__after">{historyValueText(after, words)}</span>
            </dd>
          </div>
        ))}
      </dl>
    </li>
  );
}

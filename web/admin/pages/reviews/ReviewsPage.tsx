import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Button, DateText, EmptyState, ErrorState, ListFooter, Select, Spinner } from '../../../ui/components/index.ts';
import { formatNumber } from '../../../ui/format.ts';
import { useCursorList, type CursorList } from '../../../ui/query/useCursorList.ts';
import { adminClient } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { customerKeys } from '../customers/queries.ts';
import { CustomerPicker, type PickedCustomer } from '../documents/CustomerPicker.tsx';
import { fetchReviewPage, fetchReviewSummary, reviewKeys, type Review } from './queries.ts';
import { ReplyForm } from './ReplyForm.tsx';
import { filtersFromParams, filtersToParams, hasFilters, ratings, withFilter, type FilterName } from './review-filters.ts';
import { Stars } from './Stars.tsx';

const pageSize = 25;

/** Reviews contacts wrote in the portal, newest first: filtered by what the address says, replied to inline. */
export function ReviewsPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('reviews.title'));
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const setFilter = (name: FilterName, value: string) => setParams(filtersToParams(withFilter(filters, name, value)), { replace: true });
  const customerId = filters.customer_id;
  // The customer picked here, or the one the address names (read once for its name).
  const [picked, setPicked] = useState<PickedCustomer>();
  const named = useQuery({
    queryKey: customerKeys.detail(customerId ?? ''),
    queryFn: ({ signal }) => adminClient.get('/customers/{id}', { params: { path: { id: customerId ?? '' } }, signal }),
    enabled: customerId !== undefined && picked?.id !== customerId,
  });
  const customer: PickedCustomer | undefined = customerId === undefined ? undefined : picked?.id === customerId ? picked : named.data ? { id: named.data.id, display_name: named.data.display_name, currency: named.data.currency } : undefined;

  const list = useCursorList({
    queryKey: reviewKeys.list({ ...filters, limit: pageSize }),
    fetchPage: ({ cursor, signal }) => fetchReviewPage({ ...filters, limit: pageSize, cursor }, signal),
  });
  const summaryFilters = customerId ? { customer_id: customerId } : {};
  const summary = useQuery({ queryKey: reviewKeys.summary(summaryFilters), queryFn: ({ signal }) => fetchReviewSummary(summaryFilters, signal) });
  const filtered = hasFilters(filters);
  const locale = i18n.language;

  return (
    <div className="admin-reviews">
      <div className="admin-page-header">
        <div>
          <h1>{t('reviews.title')}</h1>
          <p className="ui-muted">{t('reviews.intro')}</p>
        </div>
        {summary.data && summary.data.count > 0 && summary.data.average !== null ? (
          <p className="admin-reviews__summary">
            <Stars rating={summary.data.average} decorative />{' '}
            <span>
              {t('reviews.averageOf', { average: formatNumber(summary.data.average, locale), count: summary.data.count, formattedCount: formatNumber(summary.data.count, locale) })}
            </span>
          </p>
        ) : null}
      </div>
      <search className="admin-toolbar admin-doc-toolbar" aria-label={t('reviews.filters')}>
        <CustomerPicker
          value={customer}
          onChange={(next) => {
            setPicked(next);
            setFilter('customer_id', next?.id ?? '');
          }}
          allowAll
          label={t('documents.customerFilter')}
        />
        <Select
          label={t('reviews.rating')}
          value={filters.rating === undefined ? '' : String(filters.rating)}
          onChange={(event) => setFilter('rating', event.target.value)}
          fieldClassName="admin-toolbar__filter"
          options={[{ value: '', label: t('reviews.anyRating') }, ...ratings.map((rating) => ({ value: String(rating), label: t('reviews.stars', { count: rating }) }))]}
        />
        <Select
          label={t('reviews.replyFilter')}
          value={filters.replied ?? ''}
          onChange={(event) => setFilter('replied', event.target.value)}
          fieldClassName="admin-toolbar__filter"
          options={[
            { value: '', label: t('reviews.anyReply') },
            { value: 'false', label: t('reviews.notReplied') },
            { value: 'true', label: t('reviews.replied') },
          ]}
        />
        {filtered ? (
          <Button
            variant="ghost"
            onClick={() => {
              setPicked(undefined);
              setParams(new URLSearchParams(), { replace: true });
            }}
          >
            {t('reviews.clearFilters')}
          </Button>
        ) : null}
      </search>
      <ReviewList list={list} filtered={filtered} linkedId={params.get('review')} />
    </div>
  );
}

/** `linkedId`: the review a notification links to (`?review=…`), brought into view and marked. */
function ReviewList({ list, filtered, linkedId }: { list: CursorList<Review>; filtered: boolean; linkedId: string | null }) {
  const { t } = useTranslation();
  if (list.status === 'pending') return <Spinner label={t('reviews.loading')} />;
  if (list.status === 'error' && list.rows.length === 0) {
    return <ErrorState title={t('reviews.loadFailed')} message={errorMessage(t, list.error)} retryLabel={t('common.retry')} onRetry={list.refetch} />;
  }
  if (list.rows.length === 0) {
    return filtered ? <EmptyState title={t('reviews.noMatch')} description={t('reviews.noMatchHint')} /> : <EmptyState title={t('reviews.empty')} description={t('reviews.emptyHint')} />;
  }
  return (
    <>
      <ul className="admin-reviews__list" aria-label={t('reviews.title')}>
        {list.rows.map((review) => (
          <li key={review.id}>
            <ReviewCard review={review} linked={review.id === linkedId} />
          </li>
        ))}
      </ul>
      <ListFooter list={list} labels={{ shown: (count) => t('common.shown', { count }), loadMore: t('common.loadMore') }} />
    </>
  );
}

function ReviewCard({ review, linked }: { review: Review; linked: boolean }) {
  const { t } = useTranslation();
  const [replying, setReplying] = useState(false);
  const headingId = `review-${review.id}`;
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    // jsdom has no scrolling.
    if (linked && typeof ref.current?.scrollIntoView === 'function') ref.current.scrollIntoView({ block: 'center' });
  }, [linked]);
  return (
    <article ref={ref} className={linked ? 'ui-card admin-review admin-review--linked' : 'ui-card admin-review'} aria-labelledby={headingId} aria-current={linked ? 'true' : undefined}>
      <header className="admin-review__header">
        <Stars rating={review.rating} />
        <h2 id={headingId} className="admin-review__who">
          {review.contact.name || review.contact.email || t('reviews.unnamed')}
        </h2>
        <span className="ui-muted">
          <Link to={`/customers/${review.customer.id}`}>{review.customer.display_name}</Link>
          {review.contact.email ? <> · {review.contact.email}</> : null}
        </span>
        <DateText kind="date" value={review.created_at} className="ui-muted admin-review__date" />
      </header>
      <p className="admin-pre admin-review__body">{review.body}</p>
      {replying ? (
        <ReplyForm review={review} onDone={() => setReplying(false)} />
      ) : review.reply !== null ? (
        <div className="admin-review__reply">
          <p className="admin-review__reply-meta ui-small">
            <strong>{t('reviews.yourReply')}</strong>{' '}
            <span className="ui-muted">
              {review.replied_by ? t('reviews.repliedBy', { name: review.replied_by.name }) : null} <DateText kind="date" value={review.replied_at} />
            </span>
          </p>
          <p className="admin-pre">{review.reply}</p>
          <Button size="small" onClick={() => setReplying(true)} aria-label={t('reviews.editReplyTo', { name: review.contact.name })}>
            {t('reviews.editReply')}
          </Button>
        </div>
      ) : (
        <Button size="small" variant="primary" onClick={() => setReplying(true)} aria-label={t('reviews.replyTo', { name: review.contact.name })}>
          {t('reviews.reply')}
        </Button>
      )}
    </article>
  );
}

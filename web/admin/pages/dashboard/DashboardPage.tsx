import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { activityModuleLabel } from '../../../../contract/activity-labels.ts';
import { EmptyState, ErrorState, Spinner } from '../../../ui/components/index.ts';
import { formatNumber } from '../../../ui/format.ts';
import { isUiLanguage } from '../../../ui/i18n.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { fetchReviewSummary, reviewKeys, type ReviewSummary } from '../reviews/queries.ts';
import { ratings } from '../reviews/review-filters.ts';
import { Stars } from '../reviews/Stars.tsx';
import { fetchRecentActivity, recentActivityKey } from './queries.ts';
import { RatingChart } from './RatingChart.tsx';

/** Staff console: how contacts rate the business, and what they did in the portal lately. */
export function DashboardPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('dashboard.title'));
  return (
    <>
      <h1>{t('dashboard.title')}</h1>
      <div className="admin-dashboard__grid">
        <ReviewsCard />
        <ActivityCard />
      </div>
    </>
  );
}

function ReviewsCard() {
  const { t } = useTranslation();
  const summary = useQuery({ queryKey: reviewKeys.summary({}), queryFn: ({ signal }) => fetchReviewSummary({}, signal) });
  let body;
  if (summary.isPending) body = <Spinner label={t('dashboard.loadingReviews')} />;
  else if (summary.isError) body = <ErrorState title={t('dashboard.reviewsFailed')} message={errorMessage(t, summary.error)} retryLabel={t('common.retry')} onRetry={() => void summary.refetch()} />;
  else if (summary.data.count === 0) body = <EmptyState title={t('dashboard.noReviews')} description={t('dashboard.noReviewsHint')} />;
  else body = <ReviewFigures summary={summary.data} />;
  return (
    <section className="ui-card" aria-labelledby="dashboard-reviews">
      <h2 id="dashboard-reviews">{t('dashboard.reviews')}</h2>
      {body}
      <ul className="admin-dashboard__links">
        <li>
          <Link to="/reviews">{t('dashboard.allReviews')}</Link>
        </li>
        <li>
          <Link to="/reviews?replied=false">{t('dashboard.awaitingReply')}</Link>
        </li>
      </ul>
    </section>
  );
}

function ReviewFigures({ summary }: { summary: ReviewSummary }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const rows = ratings.map((rating) => ({ rating, label: t('reviews.stars', { count: rating }), count: summary.distribution[rating] }));
  return (
    <>
      <dl className="admin-dashboard__figures">
        <div>
          <dt>{t('dashboard.averageRating')}</dt>
          <dd>
            {summary.average === null ? '–' : formatNumber(summary.average, locale)} {summary.average === null ? null : <Stars rating={summary.average} decorative />}
          </dd>
        </div>
        <div>
          <dt>{t('dashboard.reviewCount')}</dt>
          <dd>{formatNumber(summary.count, locale)}</dd>
        </div>
      </dl>
      <RatingChart
        rows={rows}
        title={t('dashboard.distribution')}
        tableCaption={t('dashboard.distributionTable')}
        ratingLabel={t('reviews.rating')}
        countLabel={t('dashboard.reviewCount')}
        shareLabel={t('dashboard.share')}
        locale={locale}
      />
    </>
  );
}

function ActivityCard() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const language = isUiLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  const report = useQuery({ queryKey: recentActivityKey, queryFn: ({ signal }) => fetchRecentActivity(signal) });
  let body;
  if (report.isPending) body = <Spinner label={t('dashboard.loadingActivity')} />;
  else if (report.isError) body = <ErrorState title={t('dashboard.activityFailed')} message={errorMessage(t, report.error)} retryLabel={t('common.retry')} onRetry={() => void report.refetch()} />;
  else
    body = (
      <>
        <dl className="admin-dashboard__figures">
          <div>
            <dt>{t('dashboard.activities')}</dt>
            <dd>{formatNumber(report.data.total, locale)}</dd>
          </div>
        </dl>
        {report.data.modules.length === 0 ? (
          <p className="ui-muted">{t('dashboard.noActivity')}</p>
        ) : (
          <div className="ui-table-wrap">
            <table className="ui-table admin-dashboard__table">
              <caption className="ui-visually-hidden">{t('dashboard.activityByModule')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('activityReport.module')}</th>
                  <th scope="col" className="admin-dashboard__num">
                    {t('activityReport.count')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.data.modules.map((entry) => (
                  <tr key={entry.module}>
                    <th scope="row">{activityModuleLabel(language, entry.module)}</th>
                    <td className="admin-dashboard__num">{formatNumber(entry.count, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </>
    );
  return (
    <section className="ui-card" aria-labelledby="dashboard-activity">
      <h2 id="dashboard-activity">{t('dashboard.activity')}</h2>
      {body}
      <ul className="admin-dashboard__links">
        <li>
          <Link to="/reports/portal-activities">{t('dashboard.activityReport')}</Link>
        </li>
      </ul>
    </section>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/PortalContext.tsx';
import { ContactDetails } from '../../components/ContactDetails.tsx';
import { LoadFailed, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { PayAll } from '../pay/PayNow.tsx';
import { Banner } from './Banner.tsx';
import { Figures } from './Figures.tsx';
import { OrderCards } from './OrderCards.tsx';
import { OverdueInstalments } from './OverdueInstalments.tsx';
import { dashboardKeys, fetchDashboard } from './queries.ts';
import { RecentActivity } from './RecentActivity.tsx';
import { SubscriptionCard } from '../subscriptions/SubscriptionCard.tsx';

export function DashboardPage() {
  const { t } = useTranslation();
  const me = useMe();
  const dashboard = useQuery({ queryKey: dashboardKeys.all, queryFn: ({ signal }) => fetchDashboard(signal) });
  const data = dashboard.data;

  if (dashboard.isPending) {
    return (
      <>
        <PageHeader title={t('dashboard.title')} />
        <Loading />
      </>
    );
  }
  if (!data) {
    return (
      <>
        <PageHeader title={t('dashboard.title')} />
        <LoadFailed message={errorMessage(t, dashboard.error)} onRetry={() => void dashboard.refetch()} />
      </>
    );
  }
  // Null while the portal's sales orders are switched off or the contact's role reads no orders.
  const orders = data.orders;
  return (
    <>
      <PageHeader title={t('dashboard.welcome', { name: data.contact_name })}>
        <p className="ui-muted">{t('dashboard.customer', { customer: data.customer.display_name })}</p>
      </PageHeader>
      {data.show_banner && data.banner_message ? <Banner message={data.banner_message} contactId={me.contact?.id ?? ''} /> : null}
      {data.figures ? (
        <section aria-labelledby="overview-heading" className="p-overview">
          <h2 id="overview-heading" className="ui-visually-hidden">
            {t('dashboard.overview')}
          </h2>
          <Figures figures={data.figures} />
        </section>
      ) : null}
      <PayAll />
      {data.figures ? <OverdueInstalments /> : null}
      {orders ? <OrderCards orders={orders} /> : null}
      <SubscriptionCard />
      <div className="p-columns">
        <RecentActivity items={data.recent_activity} />
        <section className="p-card" aria-labelledby="business-contact-heading">
          <h2 id="business-contact-heading" className="p-card__title">
            {t('contact.heading', { name: data.organization.name })}
          </h2>
          <ContactDetails details={data.organization} />
        </section>
      </div>
    </>
  );
}

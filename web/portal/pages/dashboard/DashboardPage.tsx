import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/PortalContext.tsx';
import { ContactDetails } from '../../components/ContactDetails.tsx';
import { LoadFailed, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { portalApi } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import type { Dashboard } from '../../lib/types.ts';
import { useResource } from '../../lib/useResource.ts';
import { Banner } from './Banner.tsx';
import { RecentActivity } from './RecentActivity.tsx';

/** Figures later modules fill in; until then each says what it will show. */
const upcoming = ['outstandingInvoices', 'overdue', 'estimates', 'lastPayment'] as const;

export function DashboardPage() {
  const { t } = useTranslation();
  const me = useMe();
  const dashboard = useResource(() => portalApi.get<Dashboard>('/dashboard'), me.customer?.id ?? '');

  if (dashboard.status === 'loading') {
    return (
      <>
        <PageHeader title={t('dashboard.title')} />
        <Loading />
      </>
    );
  }
  if (dashboard.status === 'error') {
    return (
      <>
        <PageHeader title={t('dashboard.title')} />
        <LoadFailed message={errorMessage(t, dashboard.error)} onRetry={dashboard.reload} />
      </>
    );
  }
  const data = dashboard.data;
  return (
    <>
      <PageHeader title={t('dashboard.welcome', { name: data.contact_name })}>
        <p className="ui-muted">{t('dashboard.customer', { customer: data.customer.display_name })}</p>
      </PageHeader>
      {data.show_banner && data.banner_message ? <Banner message={data.banner_message} contactId={me.contact?.id ?? ''} /> : null}
      <section aria-labelledby="overview-heading" className="p-overview">
        <h2 id="overview-heading" className="ui-visually-hidden">
          {t('dashboard.overview')}
        </h2>
        <ul className="p-tiles">
          {upcoming.map((key) => (
            <li key={key} className="p-tile">
              <h3 className="p-tile__title">{t(`dashboard.tiles.${key}.title`)}</h3>
              <p className="ui-muted">{t(`dashboard.tiles.${key}.empty`)}</p>
            </li>
          ))}
        </ul>
      </section>
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

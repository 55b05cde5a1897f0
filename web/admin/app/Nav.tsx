import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { cx } from '../../ui/components/index.ts';
import { useOpenDisputeCount } from '../pages/disputes/useOpenDisputeCount.ts';
import { canManageSettings, useSession } from './SessionContext.tsx';

interface NavItem {
  to: string;
  label: string;
  /** A count shown beside the label (open disputes). */
  count?: number;
}

export function Nav({ id, open }: { id: string; open: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const admin = canManageSettings(session);
  const openDisputes = useOpenDisputeCount();
  const main: NavItem[] = [
    { to: '/dashboard', label: t('nav.dashboard') },
    { to: '/customers', label: t('nav.customers') },
    { to: '/invoices', label: t('nav.invoices') },
    { to: '/estimates', label: t('nav.estimates') },
    { to: '/retainer-invoices', label: t('nav.retainerInvoices') },
    { to: '/credit-notes', label: t('nav.creditNotes') },
    { to: '/payments', label: t('nav.payments') },
    { to: '/items', label: t('nav.items') },
    { to: '/price-lists', label: t('nav.priceLists') },
    { to: '/plans', label: t('nav.plans') },
    { to: '/sales-orders', label: t('salesOrders.navLabel') },
    { to: '/shipments', label: t('shipments.navLabel') },
    { to: '/subscriptions', label: t('subscriptions.navLabel') },
    { to: '/projects', label: t('projects.navLabel') },
    { to: '/disputes', label: t('nav.disputes'), count: openDisputes },
    { to: '/reviews', label: t('nav.reviews') },
    { to: '/portal-links', label: t('nav.portalLinks') },
    { to: '/activity', label: t('nav.activity') },
    { to: '/reports/portal-activities', label: t('activityReport.navLabel') },
    { to: '/notifications', label: t('nav.notifications') },
    ...(admin ? [{ to: '/outbox', label: t('nav.outbox') }] : []),
  ];
  const settings: NavItem[] = admin
    ? [
        { to: '/settings/portal', label: t('nav.portalSettings') },
        { to: '/settings/payments', label: t('nav.paymentSettings') },
        { to: '/settings/subscriptions', label: t('subscriptionSettings.navLabel') },
        { to: '/settings/taxes', label: t('nav.taxes') },
        { to: '/settings/number-series', label: t('nav.numberSeries') },
        { to: '/settings/warehouses', label: t('nav.warehouses') },
        { to: '/settings/carriers', label: t('carriers.navLabel') },
        { to: '/settings/staff', label: t('nav.staff') },
        { to: '/settings/api-keys', label: t('nav.apiKeys') },
        { to: '/settings/webhooks', label: t('nav.webhooks') },
      ]
    : [];
  const link = (item: NavItem) => (
    <li key={item.to}>
      <NavLink to={item.to} className={({ isActive }) => cx('admin-nav__link', isActive && 'admin-nav__link--active')}>
        {item.label}
        {item.count ? (
          <span className="admin-nav__count">
            <span aria-hidden="true">{item.count > 99 ? '99+' : item.count}</span>
            <span className="ui-visually-hidden">{t('nav.openCount', { count: item.count })}</span>
          </span>
        ) : null}
      </NavLink>
    </li>
  );
  return (
    <nav id={id} className={cx('admin-nav', open && 'admin-nav--open')} aria-label={t('nav.label')}>
      <ul className="admin-nav__list">{main.map(link)}</ul>
      {settings.length > 0 ? (
        <>
          <h2 className="admin-nav__heading" id={`${id}-settings`}>
            {t('nav.settings')}
          </h2>
          <ul className="admin-nav__list" aria-labelledby={`${id}-settings`}>
            {settings.map(link)}
          </ul>
        </>
      ) : null}
    </nav>
  );
}

import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { cx } from '../../ui/components/index.ts';
import { canManageSettings, useSession } from './SessionContext.tsx';

interface NavItem {
  to: string;
  label: string;
}

export function Nav({ id, open }: { id: string; open: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const admin = canManageSettings(session);
  const main: NavItem[] = [
    { to: '/customers', label: t('nav.customers') },
    { to: '/portal-links', label: t('nav.portalLinks') },
    { to: '/activity', label: t('nav.activity') },
    { to: '/notifications', label: t('nav.notifications') },
    ...(admin ? [{ to: '/outbox', label: t('nav.outbox') }] : []),
  ];
  const settings: NavItem[] = admin
    ? [
        { to: '/settings/portal', label: t('nav.portalSettings') },
        { to: '/settings/staff', label: t('nav.staff') },
        { to: '/settings/api-keys', label: t('nav.apiKeys') },
      ]
    : [];
  const link = (item: NavItem) => (
    <li key={item.to}>
      <NavLink to={item.to} className={({ isActive }) => cx('admin-nav__link', isActive && 'admin-nav__link--active')}>
        {item.label}
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

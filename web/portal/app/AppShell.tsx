import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { AccountSwitcher } from '../components/AccountSwitcher.tsx';
import { Brand } from '../components/Brand.tsx';
import { ContactDetails } from '../components/ContactDetails.tsx';
import { SkipLink } from '../../ui/components/SkipLink.tsx';
import { UserMenu } from '../components/UserMenu.tsx';
import { CartBadge } from './CartBadge.tsx';
import { visibleNavItems } from './navItems.ts';
import { useMe, usePortal } from './PortalContext.tsx';
import { useFocusOnNavigate } from './useFocusOnNavigate.ts';

/** The signed-in frame: header (brand, account switcher, user menu), navigation, page, contact footer. */
export function AppShell() {
  const { t } = useTranslation();
  const { branding } = usePortal();
  const me = useMe();
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigate(main);
  const items = visibleNavItems(me);
  return (
    <div className="p-shell">
      <SkipLink label={t('common.skipToContent')} />
      <header className="p-shell__header">
        {me.return_url ? (
          <div className="p-shell__return">
            {/* The business's own app opened this session: the way back to it. */}
            <a href={me.return_url}>
              <span aria-hidden="true">← </span>
              {t('portalSession.backTo', { name: branding.name })}
            </a>
          </div>
        ) : null}
        <div className="p-shell__bar">
          <Brand />
          <AccountSwitcher me={me} />
          <UserMenu me={me} />
        </div>
        <nav className="p-nav" aria-label={t('nav.label')}>
          <ul>
            {items.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} className="p-nav__link">
                  {t(item.label)}
                  {item.cartBadge ? <CartBadge /> : null}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="p-shell__main">
        <Outlet />
      </main>
      <footer className="p-shell__footer">
        <div className="p-shell__footer-inner">
          <h2 className="p-footer__heading">{t('contact.heading', { name: branding.name })}</h2>
          <ContactDetails details={branding.contact} compact />
        </div>
      </footer>
    </div>
  );
}

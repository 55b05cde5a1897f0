import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { SkipLink } from '../../ui/components/index.ts';
import { TimerWidget } from '../pages/projects/TimerWidget.tsx';
import { Nav } from './Nav.tsx';
import { NotificationBell } from './NotificationBell.tsx';
import { UserMenu } from './UserMenu.tsx';
import { useSession } from './SessionContext.tsx';

/** Header, navigation and main region of every signed-in page. */
export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // A new page: close the phone menu and move focus to the content, as a page load would.
  useEffect(() => {
    setMenuOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location.pathname]);

  const organization = session.organization;
  return (
    <div className="admin">
      <SkipLink label={t('shell.skipToContent')} />
      <header className="admin-header">
        <button
          type="button"
          className="admin-menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="admin-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span className="admin-menu-toggle__icon" aria-hidden="true" />
          <span>{t('shell.menu')}</span>
        </button>
        <div className="admin-brand">
          {organization.logo_url ? <img src={organization.logo_url} alt="" className="admin-brand__logo" /> : <span className="admin-brand__mark" aria-hidden="true">{organization.name.slice(0, 1).toUpperCase()}</span>}
          <span className="admin-brand__name">{organization.name}</span>
        </div>
        <div className="admin-header__actions">
          <TimerWidget />
          <NotificationBell />
          <UserMenu />
        </div>
      </header>
      <div className="admin-body">
        <Nav id="admin-nav" open={menuOpen} />
        <main id="main" ref={mainRef} tabIndex={-1} className="admin-main">
          {children}
        </main>
      </div>
    </div>
  );
}

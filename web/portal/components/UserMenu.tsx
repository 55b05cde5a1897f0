import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePortal } from '../app/PortalContext.tsx';
import type { Me } from '../app/session.ts';
import { can } from '../lib/permissions.ts';
import { Avatar } from './Avatar.tsx';
import { Menu } from './Menu.tsx';

export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { signOut } = usePortal();
  const name = me.contact?.name ?? me.email;
  return (
    <Menu
      className="p-user-menu"
      ariaLabel={t('header.userMenu', { name })}
      label={
        <>
          <Avatar url={me.contact?.avatar_url} name={name} size={32} decorative />
          <span className="p-user-menu__name">{name}</span>
        </>
      }
    >
      {(close) => (
        <ul className="p-menu__list">
          <li>
            <Link className="p-menu__item" to="/account" onClick={close}>
              {t('nav.myAccount')}
            </Link>
          </li>
          {can(me, 'pay') ? (
            <li>
              <Link className="p-menu__item" to="/payment-methods" onClick={close}>
                {t('paymentMethods.nav')}
              </Link>
            </li>
          ) : null}
          <li>
            <button
              type="button"
              className="p-menu__item"
              onClick={() => {
                close();
                void signOut();
              }}
            >
              {t('nav.signOut')}
            </button>
          </li>
        </ul>
      )}
    </Menu>
  );
}

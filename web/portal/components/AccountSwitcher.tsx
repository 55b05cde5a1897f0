import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePortal } from '../app/PortalContext.tsx';
import { portalApi } from '../lib/client.ts';
import { errorMessage } from '../lib/errors.ts';
import type { Me } from '../lib/types.ts';
import { Menu } from './Menu.tsx';

/** For an email that is a contact of several customers: switch between their accounts. */
export function AccountSwitcher({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { setMe } = usePortal();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  if (me.accounts.length < 2) return null;

  async function choose(contactPersonId: string, close: () => void) {
    setError(undefined);
    try {
      setMe(await portalApi.put<Me>('/me/account', { contact_person_id: contactPersonId }));
      close();
      void navigate('/');
    } catch (caught) {
      setError(errorMessage(t, caught));
    }
  }

  const currentName = me.customer?.display_name ?? '';
  return (
    <Menu
      className="p-account-switcher"
      align="start"
      ariaLabel={t('header.switchAccount', { name: currentName })}
      label={<span className="p-account-switcher__name">{currentName}</span>}
    >
      {(close) => (
        <>
          <p className="p-menu__heading">{t('header.accounts')}</p>
          <ul className="p-menu__list">
            {me.accounts.map((account) => {
              const current = account.customer_id === me.customer?.id;
              return (
                <li key={account.contact_person_id}>
                  <button
                    type="button"
                    className="p-menu__item"
                    aria-current={current ? 'true' : undefined}
                    onClick={() => (current ? close() : void choose(account.contact_person_id, close))}
                  >
                    {account.customer_name}
                    {current ? <span className="ui-visually-hidden"> ({t('accounts.current')})</span> : null}
                  </button>
                </li>
              );
            })}
          </ul>
          {error ? (
            <p role="alert" className="ui-field__error">
              {error}
            </p>
          ) : null}
        </>
      )}
    </Menu>
  );
}

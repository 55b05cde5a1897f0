import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiMutation } from '../../ui/query/mutations.ts';
import { usePortal } from '../app/PortalContext.tsx';
import { switchAccount, type Me } from '../app/session.ts';
import { errorMessage } from '../lib/errors.ts';
import { Menu } from './Menu.tsx';

/** For an email that is a contact of several customers: switch between their accounts. */
export function AccountSwitcher({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { setMe } = usePortal();
  const navigate = useNavigate();
  // The new account's answer replaces the session; that drops every cached answer of the old one.
  const choose = useApiMutation({ mutationFn: switchAccount, onSuccess: setMe });
  if (me.accounts.length < 2) return null;

  const pick = (contactPersonId: string, close: () => void) =>
    choose.mutate(contactPersonId, {
      onSuccess: () => {
        close();
        void navigate('/');
      },
    });

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
                    onClick={() => (current ? close() : pick(account.contact_person_id, close))}
                  >
                    {account.customer_name}
                    {current ? <span className="ui-visually-hidden"> ({t('accounts.current')})</span> : null}
                  </button>
                </li>
              );
            })}
          </ul>
          {choose.isError ? (
            <p role="alert" className="ui-field__error">
              {errorMessage(t, choose.error)}
            </p>
          ) : null}
        </>
      )}
    </Menu>
  );
}

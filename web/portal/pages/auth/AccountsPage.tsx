import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePortal } from '../../app/PortalContext.tsx';
import { switchAccount } from '../../app/session.ts';
import { useAfterAuth } from '../../app/useAfterAuth.ts';
import { AuthLayout } from '../../components/AuthLayout.tsx';
import { Button } from '../../../ui/components/Button.tsx';
import { EmptyState } from '../../../ui/components/Feedback.tsx';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { FormAlert, LoadFailed, Loading } from '../../components/Feedback.tsx';
import { errorMessage } from '../../lib/errors.ts';

/** The account chooser: one email, contact of several customers of this business. */
export function AccountsPage() {
  const { t } = useTranslation();
  const { me, refreshMe } = usePortal();
  const afterAuth = useAfterAuth();
  const [loadError, setLoadError] = useState<unknown>();
  const choose = useApiMutation({ mutationFn: switchAccount, onSuccess: afterAuth });
  // The button being answered: while one is, the others wait.
  const busyId = choose.isPending || choose.isSuccess ? choose.variables : undefined;

  useEffect(() => {
    if (me === undefined) refreshMe().catch(setLoadError);
  }, [me, refreshMe]);

  let body;
  if (loadError) {
    body = (
      <>
        <LoadFailed message={errorMessage(t, loadError)} />
        <p>
          <Link to="/login">{t('link.backToSignIn')}</Link>
        </p>
      </>
    );
  } else if (!me) {
    body = me === null ? <Link to="/login">{t('link.backToSignIn')}</Link> : <Loading />;
  } else if (me.accounts.length === 0) {
    body = <EmptyState title={t('accounts.none')} />;
  } else {
    body = (
      <>
        <p>{t('accounts.intro', { email: me.email })}</p>
        <FormAlert message={choose.isError ? errorMessage(t, choose.error) : undefined} />
        <ul className="p-choice-list">
          {me.accounts.map((account) => {
            const current = me.customer?.id === account.customer_id && me.state === 'signed_in';
            return (
              <li key={account.contact_person_id}>
                <Button
                  variant="secondary"
                  className="p-choice"
                  busy={busyId === account.contact_person_id}
                  disabled={busyId !== undefined && busyId !== account.contact_person_id}
                  aria-current={current ? 'true' : undefined}
                  onClick={() => choose.mutate(account.contact_person_id)}
                >
                  <span className="p-choice__name">{account.customer_name}</span>
                  {current ? <span className="p-choice__note">{t('accounts.current')}</span> : null}
                </Button>
              </li>
            );
          })}
        </ul>
      </>
    );
  }
  return <AuthLayout title={t('accounts.title')}>{body}</AuthLayout>;
}

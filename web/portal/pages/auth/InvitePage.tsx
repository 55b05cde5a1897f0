import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAfterAuth } from '../../app/useAfterAuth.ts';
import { AuthLayout } from '../../components/AuthLayout.tsx';
import { Button } from '../../../ui/components/Button.tsx';
import { FormTextInput } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { FormAlert, Loading } from '../../components/Feedback.tsx';
import { existingPasswordSchema, newPasswordDefaults, newPasswordSchema } from '../../components/new-password.ts';
import { NewPasswordFields } from '../../components/NewPasswordFields.tsx';
import { TokenProblem } from '../../components/TokenProblem.tsx';
import { isApiError } from '../../lib/errors.ts';
import { adoptLinkLanguage } from '../../lib/i18n.ts';
import { acceptInvitation, fetchInvitation, linkKey, type Invitation } from './queries.ts';

/** Opening the invitation only reads it; the token is used by the button's POST. */
export function InvitePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const invitation = useQuery({ queryKey: linkKey('invitation', token), queryFn: ({ signal }) => fetchInvitation(token, signal) });
  const language = invitation.data?.language;
  useEffect(() => adoptLinkLanguage(language), [language]);

  if (invitation.isPending) {
    return (
      <AuthLayout title={t('invite.loadingTitle')}>
        <Loading />
      </AuthLayout>
    );
  }
  if (invitation.isError) return <TokenProblem kind="invitation" error={invitation.error} onRetry={() => void invitation.refetch()} />;
  return <AcceptInvitation invitation={invitation.data} token={token} />;
}

function AcceptInvitation({ invitation, token }: { invitation: Invitation; token: string }) {
  const { t } = useTranslation();
  const afterAuth = useAfterAuth();
  const [gone, setGone] = useState<unknown>();
  // Someone with an account already confirms with its password; anyone else chooses one.
  const form = useZodForm(invitation.has_password ? existingPasswordSchema : newPasswordSchema, { defaultValues: newPasswordDefaults() });
  const accept = useApiMutation({ mutationFn: (password: string) => acceptInvitation(token, password), onSuccess: afterAuth });
  const submit = useServerSubmit(form, async ({ password }) => {
    try {
      await accept.mutateAsync(password);
    } catch (error) {
      // The link may have expired or been used while the page was open.
      if (isApiError(error, 'TOKEN_EXPIRED', 'TOKEN_USED', 'TOKEN_INVALID')) return setGone(error);
      if (isApiError(error, 'WEAK_PASSWORD')) return form.setError('password', { type: 'server', message: t('errors.WEAK_PASSWORD') }, { shouldFocus: true });
      throw error;
    }
  });

  if (gone) return <TokenProblem kind="invitation" error={gone} onRetry={() => window.location.reload()} />;
  return (
    <AuthLayout title={invitation.has_password ? t('invite.titleExisting') : t('invite.title')}>
      <p>{t('invite.intro', { organization: invitation.organization_name })}</p>
      <dl className="p-summary">
        <div>
          <dt>{t('invite.organization')}</dt>
          <dd>{invitation.organization_name}</dd>
        </div>
        <div>
          <dt>{t('invite.customer')}</dt>
          <dd>{invitation.customer_name}</dd>
        </div>
        <div>
          <dt>{t('common.email')}</dt>
          <dd>{invitation.email}</dd>
        </div>
      </dl>
      <form onSubmit={(event) => void submit(event)} className="p-form" noValidate>
        <FormAlert message={formErrorMessage(form)} />
        {/* Lets password managers store the new password under the right address. */}
        <input type="hidden" name="username" autoComplete="username" value={invitation.email} />
        {invitation.has_password ? (
          <FormTextInput
            control={form.control}
            name="password"
            label={t('invite.existingPassword')}
            hint={t('invite.existingPasswordHint')}
            type="password"
            autoComplete="current-password"
            required
          />
        ) : (
          <NewPasswordFields control={form.control} />
        )}
        <Button variant="primary" type="submit" busy={form.formState.isSubmitting || accept.isSuccess} className="p-button--block">
          {invitation.has_password ? t('invite.acceptExisting') : t('invite.submit')}
        </Button>
      </form>
    </AuthLayout>
  );
}

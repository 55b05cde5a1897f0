import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { usePortal } from '../../app/PortalContext.tsx';
import { AuthLayout } from '../../components/AuthLayout.tsx';
import { Loading } from '../../components/Feedback.tsx';
import { TokenProblem } from '../../components/TokenProblem.tsx';
import { pathForState } from '../../lib/navigation.ts';
import { openPortalSession } from './queries.ts';

/**
 * The page a portal session's URL opens (the business's app sent the person here): it uses the URL once,
 * at once — nobody has to click, the app already vouched for them — and goes where the app asked.
 */
export function PortalSessionPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { setMe } = usePortal();
  const navigate = useNavigate();
  const open = useMutation({ mutationFn: () => openPortalSession(token) });
  const { mutate } = open;
  // Once, also when React runs effects twice in development: a second POST would find the URL used.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    mutate(undefined, {
      onSuccess: ({ me, path }) => {
        setMe(me);
        void navigate(pathForState(me, path), { replace: true });
      },
    });
  }, [mutate, setMe, navigate]);

  if (open.isError) return <TokenProblem kind="session" error={open.error} onRetry={() => mutate()} />;
  return (
    <AuthLayout title={t('portalSession.opening')}>
      <Loading label={t('portalSession.opening')} />
    </AuthLayout>
  );
}

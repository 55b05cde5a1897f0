import { isCancelledError } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../../ui/api/errors.ts';
import { LoadFailed, Loading } from '../components/Feedback.tsx';
import { portalSession } from '../lib/client.ts';
import { errorMessage } from '../lib/errors.ts';
import { loginPathFor, pathForState } from '../lib/navigation.ts';
import { usePortal } from './PortalContext.tsx';
import { fetchMe } from './session.ts';

const isUnauthenticated = (error: unknown) => error instanceof ApiError && error.status === 401;

/**
 * Guards the signed-in pages. The session is checked again on every navigation, so a contact whose
 * access was just disabled lands on sign-in at the next click; any 401 later does the same.
 */
export function RequireSession() {
  const { t } = useTranslation();
  const { me, refreshMe, setMe } = usePortal();
  const location = useLocation();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>();
  const here = useRef(location);
  here.current = location;

  useEffect(() => {
    let checking = false;
    // A 401 can also mean "wrong current password": only a session that is really gone goes to sign-in.
    portalSession.onUnauthenticated = () => {
      // The check's own 401 comes back here: one check at a time.
      if (checking) return;
      checking = true;
      fetchMe()
        .then(
          () => undefined,
          (caught: unknown) => {
            if (!isUnauthenticated(caught)) return;
            setMe(null);
            void navigate(loginPathFor(here.current), { replace: true });
          },
        )
        .finally(() => {
          checking = false;
        });
    };
    return () => {
      portalSession.onUnauthenticated = undefined;
    };
  }, [navigate, setMe]);

  useEffect(() => {
    setError(undefined);
    refreshMe().catch((caught: unknown) => {
      // A 401 is handled by onUnauthenticated; a check dropped for a newer one says nothing.
      if (!isUnauthenticated(caught) && !isCancelledError(caught)) setError(caught);
    });
  }, [location.pathname, refreshMe]);

  if (me === null) return <Navigate to={loginPathFor(location)} replace />;
  if (me === undefined) {
    return (
      <main id="main" className="p-page-state">
        {error ? <LoadFailed message={errorMessage(t, error)} onRetry={() => void refreshMe().catch(setError)} /> : <Loading />}
      </main>
    );
  }
  if (me.state !== 'signed_in') return <Navigate to={pathForState(me, `${location.pathname}${location.search}`)} replace />;
  return <Outlet />;
}

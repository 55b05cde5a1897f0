import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { applyBrandColor } from '../../ui/brand.ts';
import { setDisplayTimeZone } from '../../ui/format.ts';
import { isUiLanguage, toUiLanguage } from '../../ui/i18n.ts';
import { apiSession } from '../lib/client.ts';
import { rememberLanguage } from '../lib/i18n.ts';
import { fetchSession, forgetSession, sessionKeys, signOut as endSession, type StaffSession } from './session-queries.ts';

export type { StaffSession } from './session-queries.ts';

type SessionState = { status: 'loading' } | { status: 'signed_out' } | { status: 'error'; error: unknown } | { status: 'signed_in'; session: StaffSession };

interface SessionApi {
  state: SessionState;
  /** After sign-in, sign-up or a change of the staff member: the answer is the session already. */
  adopt: (session: StaffSession) => void;
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionApi | undefined>(undefined);

/** The session is one query (`sessionKeys.all`): read at start, written by sign-in and sign-out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  const query = useQuery({ queryKey: sessionKeys.all, queryFn: ({ signal }) => fetchSession(signal), staleTime: Infinity });
  const session = query.data;

  // Signed in, the console speaks the staff member's saved language (on any device), unless the
  // address asks for one with ?lang=; the organization's colour is the accent.
  useEffect(() => {
    if (!session) return;
    applyBrandColor(session.organization.brand_color);
    setDisplayTimeZone(session.organization.time_zone);
    const language = session.user.language;
    const asked = toUiLanguage(new URLSearchParams(window.location.search).get('lang'));
    if (!asked && isUiLanguage(language) && i18n.resolvedLanguage !== language) {
      rememberLanguage(language);
      void i18n.changeLanguage(language);
    }
  }, [session, i18n]);

  useEffect(() => {
    apiSession.onUnauthenticated = () => forgetSession(queryClient);
    return () => {
      apiSession.onUnauthenticated = undefined;
    };
  }, [queryClient]);

  const adopt = useCallback((next: StaffSession) => queryClient.setQueryData(sessionKeys.all, next), [queryClient]);
  const refresh = useCallback(() => queryClient.refetchQueries({ queryKey: sessionKeys.all }), [queryClient]);
  const signOut = useCallback(async () => {
    try {
      await endSession();
    } finally {
      apiSession.clear();
      applyBrandColor(undefined);
      setDisplayTimeZone(undefined);
      forgetSession(queryClient);
    }
  }, [queryClient]);

  const { status, error } = query;
  const value = useMemo((): SessionApi => {
    const state: SessionState =
      status === 'pending' ? { status: 'loading' } : session ? { status: 'signed_in', session } : session === null ? { status: 'signed_out' } : { status: 'error', error };
    return { state, adopt, refresh, signOut };
  }, [status, session, error, adopt, refresh, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSessionState(): SessionApi {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSessionState outside SessionProvider');
  return value;
}

/** The signed-in staff session; only for pages inside the signed-in shell. */
export function useSession(): StaffSession {
  const { state } = useSessionState();
  if (state.status !== 'signed_in') throw new Error('useSession without a session');
  return state.session;
}

export function canManageSettings(session: StaffSession): boolean {
  return session.user.role === 'owner' || session.user.role === 'admin';
}

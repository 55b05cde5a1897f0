import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../ui/api.ts';
import { applyBrandColor } from '../../ui/brand.ts';
import { setDisplayTimeZone } from '../../ui/format.ts';
import { isUiLanguage, toUiLanguage } from '../../ui/i18n.ts';
import { rememberLanguage } from '../lib/i18n.ts';
import { api } from '../lib/client.ts';
import type { StaffSession } from '../lib/types.ts';

type SessionState = { status: 'loading' } | { status: 'signed_out' } | { status: 'error'; error: unknown } | { status: 'signed_in'; session: StaffSession };

interface SessionApi {
  state: SessionState;
  /** After sign-in or sign-up: the answer is a StaffSession already. */
  adopt: (session: StaffSession) => void;
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionApi | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  // Cached answers belong to the staff member who was signed in: they go with the session.
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();

  // Signed in, the console speaks the staff member's saved language (on any device), unless the
  // address asks for one with ?lang=.
  const adopt = useCallback(
    (session: StaffSession) => {
      applyBrandColor(session.organization.brand_color);
      setDisplayTimeZone(session.organization.time_zone);
      const language = session.user.language;
      const asked = toUiLanguage(new URLSearchParams(window.location.search).get('lang'));
      if (!asked && isUiLanguage(language) && i18n.resolvedLanguage !== language) {
        rememberLanguage(language);
        void i18n.changeLanguage(language);
      }
      setState({ status: 'signed_in', session });
    },
    [i18n],
  );

  const refresh = useCallback(async () => {
    try {
      adopt(await api.get<StaffSession>('/session'));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) setState({ status: 'signed_out' });
      else setState({ status: 'error', error });
    }
  }, [adopt]);

  const signOut = useCallback(async () => {
    try {
      await api.delete('/session');
    } finally {
      api.csrfToken = undefined;
      queryClient.clear();
      applyBrandColor(undefined);
      setDisplayTimeZone(undefined);
      setState({ status: 'signed_out' });
    }
  }, [queryClient]);

  useEffect(() => {
    api.onUnauthenticated = () => {
      queryClient.clear();
      setState((current) => (current.status === 'signed_in' ? { status: 'signed_out' } : current));
    };
    void refresh();
  }, [refresh, queryClient]);

  const value = useMemo(() => ({ state, adopt, refresh, signOut }), [state, adopt, refresh, signOut]);
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

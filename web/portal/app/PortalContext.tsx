import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { basePath, portalClient, portalSession } from '../lib/client.ts';
import { switchLanguage } from '../lib/i18n.ts';
import { fetchMe, sessionKeys, type Branding, type Me } from './session.ts';

interface PortalState {
  branding: Branding;
  /** undefined: not asked yet; null: nobody is signed in. */
  me: Me | null | undefined;
  /** The answer of a sign-in step or of a change to the account (`PATCH /me`…). */
  setMe: (me: Me | null) => void;
  /** Asks the server who is signed in (a 401 rejects). */
  refreshMe: () => Promise<Me>;
  signOut: () => Promise<void>;
}

const PortalContext = createContext<PortalState | undefined>(undefined);

export function PortalProvider({ branding, children }: { branding: Branding; children: ReactNode }) {
  const [me, setMeState] = useState<Me | null | undefined>(undefined);
  const queryClient = useQueryClient();
  // Cached answers belong to one customer account: switching accounts or signing out drops them.
  const account = useRef<string | null | undefined>(undefined);

  const setMe = useCallback(
    (next: Me | null) => {
      const nextAccount = next?.customer?.id ?? null;
      if (account.current !== undefined && account.current !== nextAccount) {
        // Everything but the session check itself, which may be under way for the new account.
        queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.all[0] });
        queryClient.getMutationCache().clear();
      }
      account.current = nextAccount;
      setMeState(next);
      if (next?.state === 'signed_in') switchLanguage(next.language, true);
      if (!next) portalSession.clear();
    },
    [queryClient],
  );

  const refreshMe = useCallback(async () => {
    // Pages that ask at the same time (the signed-in shell, the account chooser) share one request.
    const fresh = await queryClient.fetchQuery({ queryKey: sessionKeys.me(), queryFn: ({ signal }) => fetchMe(signal), staleTime: 0 });
    setMe(fresh);
    return fresh;
  }, [queryClient, setMe]);

  const signOut = useCallback(async () => {
    try {
      await portalClient.delete('/session');
    } finally {
      // A fresh page load: nothing of the signed-out contact stays in memory.
      window.location.replace(`${basePath}/login?signed_out=1`);
    }
  }, []);

  const value = useMemo(() => ({ branding, me, setMe, refreshMe, signOut }), [branding, me, setMe, refreshMe, signOut]);
  return <PortalContext.Provider value={value}>{children}</PortalContext.Provider>;
}

export function usePortal(): PortalState {
  const state = useContext(PortalContext);
  if (!state) throw new Error('usePortal outside PortalProvider');
  return state;
}

/** The signed-in contact; only for pages inside the signed-in shell. */
export function useMe(): Me {
  const { me } = usePortal();
  if (!me) throw new Error('useMe without a session');
  return me;
}

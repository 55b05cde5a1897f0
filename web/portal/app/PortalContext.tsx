import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { basename, portalApi } from '../lib/client.ts';
import { switchLanguage } from '../lib/i18n.ts';
import type { Branding, Me } from '../lib/types.ts';

interface PortalState {
  branding: Branding;
  /** undefined: not asked yet; null: nobody is signed in. */
  me: Me | null | undefined;
  setMe: (me: Me | null) => void;
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
      if (account.current !== undefined && account.current !== nextAccount) queryClient.clear();
      account.current = nextAccount;
      setMeState(next);
      if (next?.state === 'signed_in') switchLanguage(next.language, true);
      if (!next) portalApi.csrfToken = undefined;
    },
    [queryClient],
  );

  const refreshMe = useCallback(async () => {
    const fresh = await portalApi.get<Me>('/me');
    setMe(fresh);
    return fresh;
  }, [setMe]);

  const signOut = useCallback(async () => {
    try {
      await portalApi.delete('/session');
    } finally {
      // A fresh page load: nothing of the signed-out contact stays in memory.
      window.location.replace(`${basename}/login?signed_out=1`);
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

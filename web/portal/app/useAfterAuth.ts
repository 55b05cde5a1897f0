import { useCallback } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { pathForState } from '../lib/navigation.ts';
import type { Me } from './session.ts';
import { usePortal } from './PortalContext.tsx';

/** Stores the answer of a sign-in step and goes where its state says, keeping `?next=`. */
export function useAfterAuth(): (me: Me) => void {
  const { setMe } = usePortal();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return useCallback(
    (me: Me) => {
      setMe(me);
      void navigate(pathForState(me, params.get('next')), { replace: true });
    },
    [setMe, navigate, params],
  );
}

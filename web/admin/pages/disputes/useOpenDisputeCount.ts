import { useEffect, useState } from 'react';
import type { Dispute } from '../../lib/billing-types.ts';
import { api } from '../../lib/client.ts';
import type { Page } from '../../lib/types.ts';

const changed = 'portico:disputes-changed';

/** Tells the navigation to count again (after a resolve). */
export function notifyDisputesChanged(): void {
  window.dispatchEvent(new Event(changed));
}

/** Open disputes for the navigation: one small request (at most 100 counted, shown as "99+"). */
export function useOpenDisputeCount(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    let alive = true;
    const load = (): void => {
      api.get<Page<Dispute>>('/disputes?status=open&limit=100').then(
        (page) => alive && setCount(page.data.length),
        () => undefined,
      );
    };
    load();
    window.addEventListener(changed, load);
    return () => {
      alive = false;
      window.removeEventListener(changed, load);
    };
  }, []);
  return count;
}

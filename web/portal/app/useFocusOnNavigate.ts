import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

let firstPage = true;

/**
 * After a navigation inside the app, moves focus to the page's main region, as a full page load
 * would: screen readers then read the new page instead of staying on the clicked link.
 */
export function useFocusOnNavigate(target: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const last = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (last.current === pathname) return;
    last.current = pathname;
    if (firstPage) {
      firstPage = false;
      return;
    }
    target.current?.focus();
  }, [pathname, target]);
}

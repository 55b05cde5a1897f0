import type { Me } from '../app/session.ts';

/** Only paths inside the portal are followed after sign-in, never another site. */
export function safeNext(next: string | null | undefined): string | undefined {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  return next;
}

function withNext(path: string, next: string | undefined): string {
  return next ? `${path}?next=${encodeURIComponent(next)}` : path;
}

/** Where a person goes once an authentication step answers with `Me`. */
export function pathForState(me: Me, next?: string | null): string {
  const target = safeNext(next);
  switch (me.state) {
    case 'two_factor_required':
      return withNext('/two-factor', target);
    case 'two_factor_setup_required':
      return withNext('/two-factor/setup', target);
    case 'choose_account':
      return withNext('/accounts', target);
    case 'signed_in':
      return target ?? '/';
  }
}

export function loginPathFor(location: { pathname: string; search: string }): string {
  // Always with ?next=, even for the dashboard: the sign-in page then says why the person is there.
  return `/login?next=${encodeURIComponent(`${location.pathname}${location.search}`)}`;
}

import { useEffect, type ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { PortalProvider, usePortal } from '../portal/app/PortalContext.tsx';
import type { Branding, Me } from '../portal/app/session.ts';

/** A business's portal as GET /portal answers it. */
export const testBranding: Branding = {
  name: 'Acme Services',
  portal_name: 'Acme Portal',
  slug: 'acme',
  brand_color: '#2255aa',
  time_zone: 'Europe/Berlin',
  logo_url: null,
  allow_self_signup: true,
  contact: { email: 'billing@acme.test', phone: null, address: null, website: null },
};

/** A portal page at an address, inside the portal's context (nobody signed in unless the page sets it). */
export function PortalPage({ address, branding = testBranding, children }: { address: string; branding?: Branding; children: ReactNode }) {
  return (
    <MemoryRouter initialEntries={[address]}>
      <PortalProvider branding={branding}>{children}</PortalProvider>
    </MemoryRouter>
  );
}

/** A contact signed in to the portal, as GET /me answers. */
export function testMe(patch: Partial<Me> = {}): Me {
  return {
    state: 'signed_in',
    csrf_token: 'csrf-token',
    email: 'ada@example.test',
    language: 'en',
    two_factor_enabled: false,
    show_sales_orders: true,
    allow_reviews: false,
    allow_forwarding: true,
    show_projects: true,
    allow_time_entry_approval: true,
    return_url: null,
    contact: { id: 'contact-1', first_name: 'Ada', last_name: 'Lovelace', name: 'Ada Lovelace', email: 'ada@example.test', phone: null, avatar_url: '', permissions: ['view_documents', 'approve_estimates'] },
    customer: { id: 'customer-1', display_name: 'Analytical Engines', currency: 'USD' },
    accounts: [],
    ...patch,
  };
}

/** Renders its children once `me` is the portal's session, as the signed-in shell does. */
export function SignedIn({ me, children }: { me: Me; children: ReactNode }) {
  const portal = usePortal();
  const { setMe } = portal;
  useEffect(() => setMe(me), [me, setMe]);
  return portal.me ? <>{children}</> : null;
}

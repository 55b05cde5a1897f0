import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { PortalProvider } from '../portal/app/PortalContext.tsx';
import type { Branding } from '../portal/app/session.ts';

/** A business's portal as GET /portal answers it. */
export const testBranding: Branding = {
  name: 'Acme Services',
  portal_name: 'Acme Portal',
  slug: 'acme',
  brand_color: '#2255aa',
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

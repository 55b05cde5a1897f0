import { BrowserRouter, Route, Routes } from 'react-router';
import { PortalProvider } from '../../app/PortalContext.tsx';
import type { Branding } from '../../app/session.ts';
import { slug } from '../../lib/client.ts';
import './hosted.css';
import { HostedPage, HostedPageMissing } from './HostedPage.tsx';

/** `/pay/{slug}/{plan_code}`: the hosted payment pages of the portal app, outside the portal's own paths. */
export const hostedBasename = `/pay/${encodeURIComponent(slug)}`;

export function isHostedPagePath(pathname: string = window.location.pathname): boolean {
  return pathname.startsWith('/pay/');
}

export function HostedPageApp({ branding }: { branding: Branding }) {
  return (
    <BrowserRouter basename={hostedBasename}>
      <PortalProvider branding={branding}>
        <Routes>
          <Route path=":planCode" element={<HostedPage />} />
          <Route path="*" element={<HostedPageMissing />} />
        </Routes>
      </PortalProvider>
    </BrowserRouter>
  );
}

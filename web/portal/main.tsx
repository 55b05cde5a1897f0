import { QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { ErrorMessageProvider } from '../ui/errors.tsx';
import { setDisplayTimeZone } from '../ui/format.ts';
import { createQueryClient } from '../ui/query/query-client.ts';
import { App } from './App.tsx';
import { PortalUnavailable } from './components/PortalUnavailable.tsx';
import { applyBrand } from './lib/brand.ts';
import { errorMessage, fieldMessage } from './lib/errors.ts';
import { initI18n } from './lib/i18n.ts';
import { fetchBranding } from './app/session.ts';
import '../ui/styles.css';
import './styles/portal.css';
import './styles/billing.css';
import './styles/pay.css';
import './styles/orders.css';
import './styles/company.css';

async function start() {
  await initI18n();
  const root = createRoot(document.getElementById('root') as HTMLElement);
  try {
    // Branding first: every page, even sign-in, wears the business's name, logo and colour.
    const branding = await fetchBranding();
    applyBrand(branding.brand_color);
    setDisplayTimeZone(branding.time_zone);
    root.render(
      <QueryClientProvider client={createQueryClient()}>
        <ErrorMessageProvider message={errorMessage} field={fieldMessage}>
          <App branding={branding} />
        </ErrorMessageProvider>
      </QueryClientProvider>,
    );
  } catch (error) {
    applyBrand(undefined);
    root.render(<PortalUnavailable error={error} />);
  }
}

void start();

import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { ErrorMessageProvider } from '../ui/errors.tsx';
import { createQueryClient } from '../ui/query/query-client.ts';
import '../ui/styles.css';
import './admin.css';
import './billing.css';
import './catalog.css';
import './orders.css';
import './projects.css';
import './reviews.css';
import { App } from './app/App.tsx';
import { errorMessage, fieldMessage } from './lib/errors.ts';
import { initAdminI18n } from './lib/i18n.ts';

const i18n = await initAdminI18n();
const queryClient = createQueryClient();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <ErrorMessageProvider message={errorMessage} field={fieldMessage}>
            <App />
          </ErrorMessageProvider>
        </QueryClientProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

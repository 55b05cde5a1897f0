import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import '../ui/styles.css';
import './admin.css';
import './billing.css';
import { App } from './app/App.tsx';
import { initAdminI18n } from './lib/i18n.ts';

const i18n = await initAdminI18n();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <main>Portico</main>
    </StrictMode>,
  );
}

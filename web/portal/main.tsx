// Placeholder entry so the multi-page build has its portal input; the portal app replaces it.
const root = document.getElementById('root');
if (root) root.textContent = 'Portal';

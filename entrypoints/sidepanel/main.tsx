// Side panel entry: mounts the App inside an error boundary; everything else lives in components/.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from '../../components/App';
import { ErrorBoundary } from '../../components/ErrorBoundary';
// oxlint-disable-next-line import/no-unassigned-import -- a stylesheet is imported for its effect
import '../../components/sidepanel.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);

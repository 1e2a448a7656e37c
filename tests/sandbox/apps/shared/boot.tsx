// Start-up shared by every sandbox console: honour `?reset=1`, then mount the app.
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { resetIfAsked } from './state.ts';

export function boot(app: ReactNode): void {
  resetIfAsked();
  const el = document.getElementById('root');
  if (!el) throw new Error('sandbox: #root is missing from index.html');
  createRoot(el).render(<StrictMode>{app}</StrictMode>);
}

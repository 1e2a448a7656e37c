// Start-up shared by every sandbox console: honour `?reset=1`, then mount the app.
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { startChurnIfAsked } from './churn.ts';
import { resetIfAsked } from './state.ts';

/** `css`: the app's stylesheet (imported with `?inline`), added to <head> before the first render. */
export function boot(app: ReactNode, css = ''): void {
  resetIfAsked();
  if (css) {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
  }
  const el = document.getElementById('root');
  if (!el) throw new Error('sandbox: #root is missing from index.html');
  createRoot(el).render(<StrictMode>{app}</StrictMode>);
  startChurnIfAsked();
}

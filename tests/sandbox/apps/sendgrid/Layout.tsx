// SendGrid app chrome: left navigation with the Settings submenu (docs/console-labels.md, "SendGrid: navigation and Mail Settings").
import type { ReactNode } from 'react';
import { IdShuffle } from '../shared/hooks.tsx';
import { linkProps, usePath } from '../shared/router.ts';

const NAV: [string, string, boolean?][] = [
  ['Dashboard', '/'],
  ['Account Details', '/account/details', true],
  ['Your Products', '/account/products', true],
  ['Settings', '/settings/api_keys'],
  ['API Keys', '/settings/api_keys', true],
  ['IP Addresses', '/settings/ip_addresses', true],
  ['Mail Settings', '/settings/mail_settings', true],
  ['Sender Authentication', '/settings/sender_auth', true],
  ['Subuser Management', '/settings/subusers', true],
  ['Tracking', '/settings/tracking', true],
];

export function Layout({ children }: { children: ReactNode }) {
  const path = usePath();
  return (
    <div className="app">
      <IdShuffle />
      <nav className="sidebar" aria-label="Main">
        <strong>SendGrid</strong>
        {NAV.map(([label, href, sub]) => (
          <a key={label} className={sub ? 'sub' : undefined} aria-current={path === href ? 'page' : undefined} {...linkProps(href)}>
            {label}
          </a>
        ))}
      </nav>
      <main>{children}</main>
    </div>
  );
}

// SendGrid sandbox console (app.sendgrid.com): account, subusers, sender auth, tracking, webhooks, API keys, IPs.
import { boot } from '../shared/boot.tsx';
import { usePath } from '../shared/router.ts';
import { AccountDetails, Products } from './Account.tsx';
import { ApiKeys } from './ApiKeys.tsx';
import { IpAddresses } from './IpAddresses.tsx';
import { Layout } from './Layout.tsx';
import { MailSettings } from './MailSettings.tsx';
import { DomainCreate, ReverseDns, SenderAuth } from './SenderAuth.tsx';
import { Subusers } from './Subusers.tsx';
import { Tracking } from './Tracking.tsx';
import { WebhookSettings } from './WebhookSettings.tsx';
import css from './styles.css?inline';
import type { SandboxPath } from '../../routes.ts';

const ROUTES: Record<string, () => React.ReactNode> = {
  '/account/details': AccountDetails,
  '/account/products': Products,
  '/settings/subusers': Subusers,
  '/settings/sender_auth': SenderAuth,
  '/settings/sender_auth/domain/create': DomainCreate,
  '/settings/sender_auth/reverse_dns': ReverseDns,
  '/settings/tracking': Tracking,
  '/settings/mail_settings': MailSettings,
  '/settings/mail_settings/webhook_settings': WebhookSettings,
  '/settings/api_keys': ApiKeys,
  '/settings/ip_addresses': IpAddresses,
} satisfies Record<SandboxPath<'app.sendgrid.com'>, () => React.ReactNode>;

function Routes() {
  const path = usePath().replace(/\/+$/, '') || '/';
  const Page = ROUTES[path];
  return Page ? <Page /> : <Dashboard />;
}

function Dashboard() {
  return (
    <>
      <h1>Dashboard</h1>
      <p>Welcome to the SendGrid sandbox. Use the navigation to reach a settings page.</p>
    </>
  );
}

boot(
  <Layout>
    <Routes />
  </Layout>,
  css,
);

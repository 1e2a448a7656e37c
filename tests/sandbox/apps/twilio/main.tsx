// Twilio sandbox console (console.twilio.com and 1console.twilio.com), built with Paste.
import { Anchor } from '@twilio-paste/core/anchor';
import { Box } from '@twilio-paste/core/box';
import { Text } from '@twilio-paste/core/text';
import type { ReactNode } from 'react';
import { boot } from '../shared/boot.tsx';
import { linkProps, usePath } from '../shared/router.ts';
import { ApiKeys, CreateApiKey } from './ApiKeys.tsx';
import { Dashboard } from './Dashboard.tsx';
import { A2pOverview, NumberSearch } from './Numbers.tsx';
import { PasteRoot } from './paste.tsx';
import { CreateService, Services } from './Services.tsx';
import type { SandboxPath } from '../../routes.ts';

const ROUTES: Record<string, () => ReactNode> = {
  '/us1/account/keys-credentials/api-keys': ApiKeys,
  '/us1/account/keys-credentials/api-keys/create': CreateApiKey,
  '/us1/develop/phone-numbers/manage/search': NumberSearch,
  '/us1/develop/sms/regulatory-compliance/a2p-10dlc-overview': A2pOverview,
  '/us1/develop/sms/services': Services,
  '/us1/develop/sms/services/create': CreateService,
} satisfies Record<SandboxPath<'console.twilio.com'>, () => ReactNode>;

const NAV: [string, string][] = [
  ['Account Dashboard', '/'],
  ['API keys & tokens', '/us1/account/keys-credentials/api-keys'],
  ['Buy a number', '/us1/develop/phone-numbers/manage/search'],
  ['A2P 10DLC', '/us1/develop/sms/regulatory-compliance/a2p-10dlc-overview'],
  ['Messaging Services', '/us1/develop/sms/services'],
];

function Shell({ children }: { children: ReactNode }) {
  return (
    <Box display="flex" minHeight="100vh">
      <Box as="nav" aria-label="Main" width="size30" backgroundColor="colorBackgroundInverse" padding="space60">
        <Text as="p" color="colorTextInverse" fontWeight="fontWeightBold" marginBottom="space60">
          twilio
        </Text>
        {NAV.map(([label, href]) => (
          <Box key={href} marginBottom="space40">
            <Anchor {...linkProps(href)} variant="inverse">
              {label}
            </Anchor>
          </Box>
        ))}
      </Box>
      <Box as="main" flexGrow={1} padding="space100" backgroundColor="colorBackgroundBody">
        {children}
      </Box>
    </Box>
  );
}

function Routes() {
  const path = usePath().replace(/\/+$/, '') || '/';
  const Page = ROUTES[path] ?? Dashboard;
  return <Page />;
}

boot(
  <PasteRoot>
    <Shell>
      <Routes />
    </Shell>
  </PasteRoot>,
);

// Segment app chrome: top bar and left navigation, so pages sit in a realistic shell.
import { Heading, Link, majorScale, Pane, Text } from 'evergreen-ui';
import type { ReactNode } from 'react';
import { IdShuffle } from '../shared/hooks.tsx';
import { linkProps } from '../shared/router.ts';

const NAV: [string, string][] = [
  ['Home', '/acme'],
  ['Unify settings', '/acme/unify/spaces/default/settings/identity-resolution'],
  ['Engage settings', '/acme/engage/spaces/default/settings/channels'],
];

export function Layout({ children }: { children: ReactNode }) {
  return (
    <Pane display="flex" minHeight="100vh" background="tint1">
      <IdShuffle />
      <Pane is="nav" aria-label="Main" width={220} background="#0e1a2b" padding={majorScale(2)}>
        <Heading size={500} color="white" marginBottom={majorScale(3)}>
          Segment
        </Heading>
        {NAV.map(([label, href]) => (
          <Pane key={href} marginBottom={majorScale(1)}>
            <Link {...linkProps(href)} color="neutral">
              <Text color="white">{label}</Text>
            </Link>
          </Pane>
        ))}
      </Pane>
      <Pane is="main" flex={1} padding={majorScale(4)}>
        {children}
      </Pane>
    </Pane>
  );
}

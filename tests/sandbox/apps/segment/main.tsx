// Segment sandbox console (app.segment.com): Unify identity resolution and Engage channel set-up, built with Evergreen.
import { Heading, Link, majorScale, Pane, Paragraph } from 'evergreen-ui';
import { boot } from '../shared/boot.tsx';
import { formLayout } from '../shared/layout.ts';
import { linkProps, matchPath, usePath } from '../shared/router.ts';
import { Channels } from './Channels.tsx';
import { IdentityResolution } from './IdentityResolution.tsx';
import { Layout } from './Layout.tsx';
import { SmsSetup } from './SmsSetup.tsx';

export const WORKSPACE = 'acme';
export const SPACE = 'default';
const engage = (ws: string, space: string) => `/${ws}/engage/spaces/${space}/settings/channels`;

function Routes() {
  const path = usePath();
  let m = matchPath('/:ws/unify/spaces/:space/settings/identity-resolution', path);
  if (m) return <IdentityResolution />;
  m = matchPath('/:ws/engage/spaces/:space/settings/channels', path);
  if (m) return <Channels base={engage(m.ws!, m.space!)} emailOpen={false} />;
  m = matchPath('/:ws/engage/spaces/:space/settings/channels/sendgrid', path);
  if (m) return <Channels base={engage(m.ws!, m.space!)} emailOpen />;
  m = matchPath('/:ws/engage/spaces/:space/settings/channels/twilio', path);
  if (m && formLayout(['page', 'sheet']) === 'sheet') return <Channels base={engage(m.ws!, m.space!)} emailOpen={false} smsOpen />;
  if (m) return <SmsSetup base={engage(m.ws!, m.space!)} space={m.space!} />;
  return <Home />;
}

function Home() {
  return (
    <Pane padding={majorScale(4)}>
      <Heading size={700} marginBottom={majorScale(2)}>
        Workspace {WORKSPACE}
      </Heading>
      <Paragraph>
        <Link {...linkProps(`/${WORKSPACE}/unify/spaces/${SPACE}/settings/identity-resolution`)}>
          Unify settings: Identity Resolution
        </Link>
      </Paragraph>
      <Paragraph>
        <Link {...linkProps(engage(WORKSPACE, SPACE))}>Engage settings: Channels</Link>
      </Paragraph>
    </Pane>
  );
}

boot(
  <Layout>
    <Routes />
  </Layout>,
);

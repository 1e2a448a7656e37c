// Messaging Services list and the create wizard, whose form is an iframe from www.twilio.com (docs/console-labels.md, "Frames").
import { Box } from '@twilio-paste/core/box';
import { Button } from '@twilio-paste/core/button';
import { Heading } from '@twilio-paste/core/heading';
import { Table, TBody, Td, Th, THead, Tr } from '@twilio-paste/core/table';
import { useEffect } from 'react';
import { askedLayout } from '../shared/layout.ts';
import { navigate } from '../shared/router.ts';
import { usePersisted, wasReset } from '../shared/state.ts';

type Service = { sid: string; name: string; useCase: string };
const LEGACY_ORIGIN = 'https://www.twilio.com';
export const FRAME_URL = `${LEGACY_ORIGIN}/console/sms/services/create?__override_layout__=embed&x-target-region=us1`;

export function Services() {
  const [services] = usePersisted<Service[]>('twilio.services', []);
  return (
    <Box maxWidth="size80">
      <Box display="flex" justifyContent="space-between" alignItems="center" marginBottom="space60">
        <Heading as="h1" variant="heading10" marginBottom="space0">Messaging Services</Heading>
        <Button variant="primary" onClick={() => navigate('/us1/develop/sms/services/create')}>Create Messaging Service</Button>
      </Box>
      <Table>
        <THead><Tr><Th>Friendly name</Th><Th>SID</Th><Th>Use case</Th></Tr></THead>
        <TBody>
          {services.length === 0 ? <Tr><Td colSpan={3}>No Messaging Services yet.</Td></Tr> : services.map((s) => (
            <Tr key={s.sid}><Td>{s.name}</Td><Td>{s.sid}</Td><Td>{s.useCase}</Td></Tr>
          ))}
        </TBody>
      </Table>
    </Box>
  );
}

/**
 * The outer page only frames the legacy wizard. The frame tells us its route (mirrored into `currentFrameUrl`, as the
 * real console does) and the finished service; messages from any other origin are ignored.
 */
export function CreateService() {
  const [services, setServices] = usePersisted<Service[]>('twilio.services', []);
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== LEGACY_ORIGIN || typeof e.data !== 'object' || e.data === null) return;
      const data = e.data as { type?: string; path?: string; service?: Service };
      if (data.type === 'sandbox:frame-route' && typeof data.path === 'string') {
        const url = new URL(location.href);
        url.searchParams.set('currentFrameUrl', data.path);
        history.replaceState(null, '', url.pathname + url.search);
      }
      if (data.type === 'sandbox:service-created' && data.service && !services.some((s) => s.sid === data.service?.sid)) {
        setServices([...services, data.service]);
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [services, setServices]);

  return (
    <Box>
      <Heading as="h1" variant="heading10">Create Messaging Service</Heading>
      {/* Not sandboxed, like the real console's frame: the copilot refuses to fill into sandboxed frames. */}
      {/* oxlint-disable-next-line react/iframe-missing-sandbox */}
      <iframe src={`${FRAME_URL}${wasReset ? '&reset=1' : ''}${askedLayout() ? `&layout=${askedLayout()}` : ''}`} title="Create Messaging Service" style={{ width: "100%", height: "80vh", border: 0 }} />
    </Box>
  );
}

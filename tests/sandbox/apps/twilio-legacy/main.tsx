// Legacy Twilio console pages on www.twilio.com, framed by console.twilio.com: the Messaging Service create wizard.
import { Box } from '@twilio-paste/core/box';
import { boot } from '../shared/boot.tsx';
import { usePath } from '../shared/router.ts';
import { PasteRoot } from '../twilio/paste.tsx';
import { Wizard } from './Wizard.tsx';

function Routes() {
  const path = usePath();
  if (path.startsWith('/console/sms/services/create')) return <Wizard />;
  return <Box padding="space100">This legacy console page is not part of the sandbox. Open console.twilio.com instead.</Box>;
}

boot(
  <PasteRoot>
    <Routes />
  </PasteRoot>,
);

// Background service worker: wires each domain's handlers; the logic lives in utils/.
// Each domain adds one import and one registration line below.
// oxlint-disable-next-line import/no-unassigned-import -- imported for its effect: zod never probes `new Function`
import '../utils/zodConfig';
import { openPanelFromToolbar } from '../utils/progress/panelOpening';
import { registerProgressHandlers } from '../utils/progress/handlers';
import { startVault } from '../utils/vault/background';
import { registerGuidance } from '../utils/guidance/background';
import { registerVerifyHandlers } from '../utils/verify/service';
import { registerDnsHandlers } from '../utils/dns/background';

export default defineBackground(() => {
  openPanelFromToolbar();
  registerProgressHandlers();
  startVault();
  registerGuidance();
  registerVerifyHandlers();
  registerDnsHandlers();
});

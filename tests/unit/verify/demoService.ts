// The Verify service over an in-process fake (or the demo account), with the real vault and a progress store.
import type { ProgressStore } from '../../../utils/progress/store';
import { forgetSecret, keepSecret, readSecret } from '../../../utils/vault/store';
import { createVerifyService } from '../../../utils/verify/service';
import type { FakeApis } from '../../fake-apis/fake';
import { fakeTransport } from '../../fake-apis/transport';

/** A new service is what a restarted service worker builds: nothing carried in memory. */
export function serviceOver(apis: Pick<FakeApis, 'handle'>, progress: ProgressStore, now = () => new Date(Date.UTC(2026, 10, 29, 14, 2))) {
  return createVerifyService({
    readSecret,
    keepSecret,
    forgetSecret,
    applyProgress: async (a) => (await progress.run(a)).state,
    readProgress: () => progress.read(),
    transport: ({ sendgrid, twilio }) => fakeTransport(apis as FakeApis, { subuserKey: sendgrid.subuser, parentKey: sendgrid.parent, twilio }),
    now,
    isOffline: () => false,
  });
}

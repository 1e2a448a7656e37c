// Every message is registered through `handle` (so SENDERS is enforced), exactly once; and the background's
// real handlers answer every refused sender with the declared refusal before doing anything.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refusalOf, refusalSentence } from '../../../utils/messaging/handle';
import { SENDERS, type ProtocolMap } from '../../../utils/messaging/protocol';
import { registerDnsHandlers } from '../../../utils/dns/background';
import { registerGuidance } from '../../../utils/guidance/background';
import { registerProgressHandlers } from '../../../utils/progress/handlers';
import { readProgress, runProgress } from '../../../utils/progress/store';
import { startVault } from '../../../utils/vault/background';
import { keepSecret, readVault } from '../../../utils/vault/store';
import { registerVerifyHandlers } from '../../../utils/verify/service';
import { deliver } from '../progress/deliver';

const ROOT = join(__dirname, '../../..');
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry) ? [path] : [];
  });
}
const FILES = ['utils', 'entrypoints', 'components'].flatMap(sources).map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }));
const NAMES = Object.keys(SENDERS) as (keyof ProtocolMap)[];

/** Where each message is registered: `handle('name', …)` calls in the source. */
const REGISTERED = new Map<string, string[]>();
for (const { path, text } of FILES) {
  for (const m of text.matchAll(/\bhandle\(\s*'([^']+)'/g)) REGISTERED.set(m[1]!, [...(REGISTERED.get(m[1]!) ?? []), path]);
}
/** The background's own modules (entrypoints/background.ts registers these). */
const BACKGROUND_FILES = ['utils/progress/handlers.ts', 'utils/vault/handlers.ts', 'utils/verify/service.ts', 'utils/guidance/background.ts', 'utils/dns/background.ts'];
const inBackground = NAMES.filter((n) => REGISTERED.get(n)?.some((f) => BACKGROUND_FILES.includes(f)));

describe('registration', () => {
  it('registers every message in the protocol exactly once, through handle', () => {
    for (const name of NAMES) expect(REGISTERED.get(name), name).toHaveLength(1);
    expect([...REGISTERED.keys()].filter((n) => !(n in SENDERS))).toEqual([]);
  });

  it('has no listener that bypasses handle (no onMessage, no sender check of its own)', () => {
    const bypass = FILES.filter(({ path, text }) => !path.startsWith('utils/messaging/') && /\bonMessage\(|isExtensionPage\(|runtime\.onMessage/.test(text));
    expect(bypass.map((f) => f.path)).toEqual([]);
  });

  it('registers the background’s messages in the modules entrypoints/background.ts starts', () => {
    const background = readFileSync(join(ROOT, 'entrypoints/background.ts'), 'utf8');
    for (const starter of ['registerProgressHandlers', 'startVault', 'registerGuidance', 'registerVerifyHandlers', 'registerDnsHandlers']) {
      expect(background).toContain(`${starter}();`);
    }
    expect(inBackground.length).toBeGreaterThan(20);
  });
});

const EXT = fakeBrowser.runtime.id;
const SENDGRID = 'https://app.sendgrid.com/settings/api_keys';
const REFUSED_SENDERS = [
  { label: 'a console content script', sender: { id: EXT, url: SENDGRID, origin: 'https://app.sendgrid.com', frameId: 0, tab: { id: 3, url: SENDGRID } } },
  { label: 'another extension', sender: { id: 'another-extension', url: fakeBrowser.runtime.getURL('/sidepanel.html') } },
  { label: 'a web page', sender: { origin: 'https://evil.example' } },
  { label: 'the offscreen document', sender: { id: EXT, url: fakeBrowser.runtime.getURL('/offscreen.html') } },
];
/** A payload each message would accept from an allowed sender, so a refusal is the sender's doing. */
const PAYLOADS: Partial<Record<keyof ProtocolMap, unknown>> = {
  'progress.apply': { type: 'setTaskState', taskId: 'sendgrid.plan', status: 'done', source: 'manual' },
  'tabs.openConsole': { taskId: 'sendgrid.subuser' },
  'guidance.undoDone': { taskId: 'sendgrid.plan' },
  'vault.reveal': { name: 'sendgrid.apiKey' },
  'vault.resolve': { name: 'sendgrid.apiKey', keep: 'new' },
  'vault.forget': { name: 'sendgrid.apiKey' },
  'vault.setTtl': { minutes: 5 },
  'verify.keepCredentials': { sendgridApiKey: `SG.${'a'.repeat(22)}.${'b'.repeat(43)}` },
  'verify.undo': { taskId: 'sendgrid.plan' },
  'verify.run': { taskId: 'sendgrid.plan' },
};
const KEY = `SG.${'k'.repeat(22)}.${'s'.repeat(43)}`;

describe('the background’s real handlers', () => {
  beforeAll(() => {
    fakeBrowser.reset();
    registerProgressHandlers();
    startVault();
    registerGuidance();
    registerVerifyHandlers({ transport: () => () => Promise.reject(new Error('no network in this test')) });
    registerDnsHandlers();
  });
  beforeEach(async () => {
    await fakeBrowser.storage.session.clear();
    await runProgress({ type: 'setTaskState', onboardingId: (await readProgress()).activeId, taskId: 'sendgrid.subuser', status: 'done', source: 'manual' });
    await keepSecret('sendgrid.apiKey', KEY, { origin: 'https://app.sendgrid.com' });
  });

  const panelOnly = () => inBackground.filter((n) => !SENDERS[n].from.includes('content'));
  it.each(REFUSED_SENDERS)('answer $label with the declared refusal, and change nothing', async ({ sender }) => {
    const before = JSON.stringify([await readProgress(), await readVault()]);
    for (const name of panelOnly()) {
      const reply = await deliver(name, PAYLOADS[name], sender);
      expect(reply, name).toEqual(refusalOf(name, refusalSentence(name)));
      expect(JSON.stringify(reply), name).not.toContain(KEY.slice(3, 12));
    }
    expect(JSON.stringify([await readProgress(), await readVault()])).toBe(before);
  });
});

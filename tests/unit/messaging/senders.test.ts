// The sender policy: every message in the protocol, from every kind of sender, is answered or refused as
// SENDERS declares it — through `handle`, the one way the extension registers a handler.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { originOfPattern } from '../../../utils/guide/match';
import type { Platform } from '../../../utils/guide/schema';
import { handle, NOT_UNDERSTOOD, refusalOf, refusalSentence } from '../../../utils/messaging/handle';
import { REFUSED, SENDERS, type ProtocolMap } from '../../../utils/messaging/protocol';
import { CONSOLE_ORIGINS, senderKind, thisExtension, type Sender, type SenderKind } from '../../../utils/messaging/senders';
import { deliver } from '../progress/deliver';

const EXT = fakeBrowser.runtime.id;
const ours = (path: string) => fakeBrowser.runtime.getURL(path as '/');
const NAMES = Object.keys(SENDERS) as (keyof ProtocolMap)[];

/** One sender, with what it is (written out here, not computed by the code under test). */
interface Case {
  label: string;
  sender: Sender;
  kind?: SenderKind;
  console?: Platform;
}

const contentOn = (origin: string, frameId = 0): Sender => ({
  id: EXT, url: `${origin}/some/page`, origin, frameId, tab: { id: 4, url: `${origin}/some/page` },
});

const CASES: Case[] = [
  { label: 'the side panel', sender: { id: EXT, url: ours('/sidepanel.html'), origin: new URL(ours('/')).origin }, kind: 'panel' },
  { label: 'the side panel opened as a tab', sender: { id: EXT, url: ours('/sidepanel.html'), tab: { id: 9, url: ours('/sidepanel.html') } }, kind: 'panel' },
  { label: 'the offscreen document', sender: { id: EXT, url: ours('/offscreen.html') }, kind: 'offscreen' },
  { label: 'the background (Chrome service worker)', sender: { id: EXT, url: ours('/background.js') }, kind: 'background' },
  { label: 'the background (Firefox page)', sender: { id: EXT, url: ours('/_generated_background_page.html') }, kind: 'background' },
  ...(Object.entries(CONSOLE_ORIGINS) as [Platform, readonly string[]][]).flatMap(([console, origins]) =>
    origins.flatMap((origin) => [
      { label: `a content script on ${origin}`, sender: contentOn(origin), kind: 'content' as const, console },
      { label: `a content script in a frame on ${origin}`, sender: contentOn(origin, 7), kind: 'content' as const, console },
    ]),
  ),
  { label: 'a content script on another site', sender: contentOn('https://example.com') },
  { label: 'a content script on a look-alike host', sender: contentOn('https://app.sendgrid.com.evil.example') },
  { label: 'our page framed inside a web page', sender: { id: EXT, url: ours('/sidepanel.html'), tab: { id: 4, url: 'https://app.segment.com/' } } },
  { label: 'another extension’s side panel', sender: { id: 'another-extension', url: 'chrome-extension://another-extension/sidepanel.html' } },
  { label: 'another extension using our page’s URL', sender: { id: 'another-extension', url: ours('/sidepanel.html') } },
  { label: 'another extension’s content script on a console', sender: { ...contentOn('https://app.segment.com'), id: 'another-extension' } },
  { label: 'a web page with no tab or URL', sender: { origin: 'https://evil.example' } },
  { label: 'our id with no tab or URL', sender: { id: EXT } },
];

/** What SENDERS says about this case, read from its declared kind and console. */
function declaredAllowed(name: keyof ProtocolMap, c: Case): boolean {
  const rule = SENDERS[name];
  if (!c.kind || !rule.from.includes(c.kind)) return false;
  return c.kind !== 'content' || !rule.consoles || rule.consoles.includes(c.console!);
}

describe('who sent a message', () => {
  it.each(CASES)('$label is classified as declared', ({ sender, kind }) => {
    expect(senderKind(sender, thisExtension())).toBe(kind);
  });

  it('knows exactly the origins our content scripts run on (their match patterns)', () => {
    for (const [platform, origins] of Object.entries(CONSOLE_ORIGINS)) {
      const script = readFileSync(join(__dirname, `../../../entrypoints/${platform}.content.ts`), 'utf8');
      const patterns = [...script.match(/matches: \[([^\]]*)\]/)![1]!.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
      expect(new Set(patterns.map((p) => originOfPattern(p))), platform).toEqual(new Set(origins));
    }
  });
});

describe.each(NAMES)('%s', (name) => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('is answered for exactly the senders SENDERS declares, and refused with its declared reply otherwise', async () => {
    const answer = { answered: name };
    const fn = vi.fn(() => answer as never);
    const stop = handle(name, fn);
    try {
      const allowed = CASES.filter((c) => declaredAllowed(name, c));
      // Every message has someone who may send it.
      expect(allowed.length, 'allowed senders').toBeGreaterThan(0);
      for (const c of CASES) {
        fn.mockClear();
        const reply = await deliver(name, undefined, c.sender);
        if (declaredAllowed(name, c)) {
          expect(reply, c.label).toEqual(answer);
          expect(fn, c.label).toHaveBeenCalledOnce();
        } else {
          expect(reply, c.label).toEqual(refusalOf(name, refusalSentence(name)));
          expect(fn, c.label).not.toHaveBeenCalled();
        }
      }
    } finally {
      stop();
    }
  });

  it('refuses a payload that fails its schema without running the handler', async () => {
    const fn = vi.fn(() => ({ answered: name }) as never);
    const schema = { safeParse: () => ({ success: false as const }) };
    const stop = handle(name, fn, schema);
    try {
      const allowed = CASES.find((c) => declaredAllowed(name, c))!;
      expect(await deliver(name, { bad: true }, allowed.sender)).toEqual(refusalOf(name, NOT_UNDERSTOOD));
      expect(fn).not.toHaveBeenCalled();
    } finally {
      stop();
    }
  });
});

describe('what a console page can reach', () => {
  it('is only these messages: a deliberate list, so widening it is a visible change to this test', () => {
    const fromContent = NAMES.filter((n) => SENDERS[n].from.includes('content'));
    expect(fromContent.sort()).toEqual([
      'dns.verifyNote', 'guidance.check', 'guidance.pageDone', 'guidance.pageTask', 'guidance.report',
      'vault.capture', 'vault.capturePlan', 'vault.fill', 'vault.keyRow',
    ]);
    // Which listed API Key ID is the kept key's: SendGrid's content script only (the answer is an index).
    expect(SENDERS['vault.keyRow'].consoles).toEqual(['sendgrid']);
    // Progress, kept values, Verify, DNS records, tabs and fills from the panel stay the side panel's.
    expect(NAMES.filter((n) => /^(progress|verify|tabs)\./.test(n) || ['vault.list', 'vault.reveal', 'vault.fillActiveTab', 'vault.forgetAll'].includes(n))
      .every((n) => SENDERS[n].from.join() === 'panel')).toBe(true);
  });
});

describe('the refusal', () => {
  it('is one shape and, for the side panel’s messages, one sentence', () => {
    for (const name of NAMES) {
      const policy = SENDERS[name] as { refused?: unknown };
      const reply = refusalOf(name, refusalSentence(name));
      if ('refused' in policy) expect(reply).toBe(policy.refused);
      else expect(reply).toEqual({ ok: false, message: refusalSentence(name) });
      if (SENDERS[name].from.join() === 'panel') expect(refusalSentence(name)).toBe(REFUSED);
    }
  });

  it('never hands a refused caller data that is not blank', () => {
    const refusals = JSON.stringify(NAMES.map((n) => refusalOf(n, '')));
    // Declared refused replies are empty lists, blank states and nulls: no task is done, nothing is kept.
    expect(refusals).not.toMatch(/"status":"done"|"value":|"markdown":/);
  });
});

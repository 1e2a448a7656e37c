// Delivers one protocol message to the background's listener as if `sender` had sent it (the fake browser's own sender is `{}`).
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Sent = { res?: unknown; err?: unknown };
export async function deliver(type: string, data: unknown, sender: object): Promise<unknown> {
  const reply = await new Promise<Sent>((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger({ id: 1, type, data, timestamp: Date.now() }, sender as never, resolve as never);
  });
  if (reply.err) throw new Error(String((reply.err as { message?: string }).message));
  return reply.res;
}

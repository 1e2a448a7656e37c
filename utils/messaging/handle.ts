// The one way to answer a message: the sender is checked against SENDERS, the payload parsed, then the handler runs.
// Zod-free (schemas are passed in), so content scripts use it too.
import { onMessage, REFUSED, SENDERS, type ProtocolMap, type Refusal } from './protocol';
import { mayAsk, thisExtension, type Extension, type Sender, type SenderKind } from './senders';

type Name = keyof ProtocolMap;
type Answer<K extends Name> = Awaited<ReturnType<ProtocolMap[K]>>;
/** Anything with zod's `safeParse` (zod or zod/mini). */
interface Schema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}
type Handler<K extends Name, T> = (msg: { data: T; sender: Sender }) => Answer<K> | Promise<Answer<K>>;

/** A payload that failed its schema: the message's own refused reply, or this sentence. */
export const NOT_UNDERSTOOD = 'Refused: the request was not understood.';

const ONLY: Partial<Record<SenderKind, string>> = {
  content: 'Refused: only Engage Copilot on a console page can ask for this.',
  background: 'Refused: only Engage Copilot itself can ask for this.',
};
/** The refusal sentence: the shared one for side-panel messages, else who may send it. */
export function refusalSentence(name: Name): string {
  const [only, ...more] = SENDERS[name].from;
  return (!more.length && only && ONLY[only]) || REFUSED;
}

/** What a refused sender gets for this message (its declared reply, or the one refusal). */
export function refusalOf<K extends Name>(name: K, message: string): Answer<K> {
  const policy = SENDERS[name] as { refused?: Answer<K> };
  return 'refused' in policy ? (policy.refused as Answer<K>) : ({ ok: false, message } satisfies Refusal as Answer<K>);
}

/** May this sender send this message (SENDERS)? Exported for tests; `handle` is the one caller in the extension. */
export function senderMay(name: Name, sender: Sender, ext: Extension = thisExtension()): boolean {
  return mayAsk(SENDERS[name], sender, ext);
}

/**
 * Registers `fn` for `name`; returns the remover. A sender SENDERS does not allow gets the message's refused
 * reply and `fn` never runs; with a schema, so does a payload that does not parse, and `fn` gets the parsed data.
 */
export function handle<K extends Name, T>(name: K, fn: Handler<K, T>, schema: Schema<T>): () => void;
export function handle<K extends Name>(name: K, fn: Handler<K, unknown>): () => void;
export function handle<K extends Name, T>(name: K, fn: Handler<K, T | unknown>, schema?: Schema<T>): () => void {
  const refused = refusalOf(name, refusalSentence(name));
  // `onMessage`'s handler type is a union over every message; this one is K's, which is what it dispatches.
  return onMessage(name, (({ data, sender }: { data: unknown; sender: Sender }) => {
    if (!senderMay(name, sender)) return refused;
    if (!schema) return fn({ data, sender });
    const parsed = schema.safeParse(data);
    return parsed.success ? fn({ data: parsed.data, sender }) : refusalOf(name, NOT_UNDERSTOOD);
  }) as never);
}

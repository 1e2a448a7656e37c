// The single writer of progress (background only): versioned storage items, repair on every read, one write at a time.
import { storage } from 'wxt/utils/storage';
import { taskById } from '../guide';
import type { TaskId } from '../guide/schema';
import {
  PROGRESS_VERSION,
  ProgressActionSchema,
  type Notice,
  type ProgressAction,
  type ProgressResult,
  type ProgressState,
} from './model';
import { reduce, type ReduceContext } from './reducer';
import { NOTICES_KEY, PROGRESS_KEY, readNotices } from './items';
import { migrateV1, repair, type Repaired } from './repair';
import { createSerial } from '../serial';

export { NOTICES_KEY, PROGRESS_KEY, readNotices } from './items';
const MAX_NOTICES = 5;

export interface StoreDeps {
  now: () => number;
  newId: () => string;
  isConditional: (taskId: TaskId) => boolean;
  taskTitle: (taskId: TaskId) => string;
  /** Old task id → new; the guide's `TASK_RENAMES` unless a test passes its own. */
  renames?: Readonly<Record<string, string>>;
}

const guideDeps: StoreDeps = {
  now: () => Date.now(),
  newId: () => crypto.randomUUID(),
  isConditional: (id) => taskById(id).conditional !== undefined,
  taskTitle: (id) => taskById(id).title,
};

export interface ProgressStore {
  read(): Promise<ProgressState>;
  run(action: ProgressAction): Promise<ProgressResult>;
}

/** Creates a store; the item (and its migrations) is defined on first use, after a check for future versions. */
export function createProgressStore(overrides: Partial<StoreDeps> = {}): ProgressStore {
  const deps: StoreDeps = { ...guideDeps, ...overrides };
  const ctx = () => ({ now: deps.now(), newId: deps.newId, ...(deps.renames ? { renames: deps.renames } : {}) });

  const addNotice = async (n: Repaired['notice']) => {
    if (!n) return;
    const notice: Notice = { id: deps.newId(), at: deps.now(), ...n };
    await storage.setItem(NOTICES_KEY, [...(await readNotices()), notice].slice(-MAX_NOTICES));
  };

  const ready = (async () => {
    // WXT refuses a "downgrade" (stored version above ours) by logging and leaving the value as is; we decide
    // ourselves: replace it with a fresh onboarding and say so. A non-numeric version is treated as version 1.
    const meta = (await storage.getMeta<{ v?: unknown }>(PROGRESS_KEY)) ?? {};
    if (typeof meta.v === 'number' && meta.v > PROGRESS_VERSION) {
      const r = repair(undefined, ctx(), meta.v);
      await storage.setItem(PROGRESS_KEY, r.state);
      await storage.setMeta(PROGRESS_KEY, { v: PROGRESS_VERSION });
      await addNotice(r.notice);
    } else if (meta.v !== undefined && (typeof meta.v !== 'number' || !Number.isInteger(meta.v) || meta.v < 1)) {
      await storage.removeMeta(PROGRESS_KEY, 'v');
    }
    return storage.defineItem<unknown>(PROGRESS_KEY, {
      version: PROGRESS_VERSION,
      migrations: {
        2: async (raw: unknown) => {
          const r = migrateV1(raw, ctx());
          if ('passThrough' in r) return r.passThrough;
          await addNotice(r.notice);
          return r.state;
        },
      },
    });
  })();

  // One promise chain: every read-modify-write runs after the previous one settles, so none is lost.
  const serial = createSerial(ready);

  /** Zod-validated read; repairs (and persists the repair) when the stored value is not valid. */
  const load = async (): Promise<ProgressState> => {
    const item = await ready;
    const raw = await item.getValue();
    // A version marker (or a stored null) means progress was written before: an empty value is then a fault.
    const wasWritten = raw === null && ((await item.getMeta()) as { v?: unknown }).v !== undefined;
    const r = repair(raw, ctx(), undefined, wasWritten);
    // Valid input comes back as zod's copy; write only when something was missing or repaired.
    if (raw === null || r.notice) {
      await item.setValue(r.state);
      await addNotice(r.notice);
    }
    return r.state;
  };

  const reduceCtx = (): ReduceContext => ({ ...ctx(), isConditional: deps.isConditional, taskTitle: deps.taskTitle });

  return {
    read: () => serial(load),
    run: (action) =>
      serial(async (): Promise<ProgressResult> => {
        const state = await load();
        const parsed = ProgressActionSchema.safeParse(action);
        if (!parsed.success)
          return { ok: false, state, message: `That change was not understood: ${parsed.error.issues[0]?.message ?? 'bad input'}.` };
        if (parsed.data.type === 'dismissNotice') {
          const id = parsed.data.noticeId;
          await storage.setItem(NOTICES_KEY, (await readNotices()).filter((n) => n.id !== id));
          return { ok: true, state };
        }
        const r = reduce(state, parsed.data, reduceCtx());
        if (!r.ok) return { ok: false, message: r.message, state };
        if (r.state !== state) await (await ready).setValue(r.state);
        return { ok: true, state: r.state };
      }),
  };
}

let defaultStore: ProgressStore | undefined;
const store = () => (defaultStore ??= createProgressStore());

/** Applies one action after every earlier one (single writer). Refused actions leave the state unchanged. */
export async function applyProgress(action: ProgressAction): Promise<ProgressState> {
  return (await store().run(action)).state;
}

/** Like `applyProgress`, with the refusal message when the action was refused. */
export function runProgress(action: ProgressAction): Promise<ProgressResult> {
  return store().run(action);
}

export function readProgress(): Promise<ProgressState> {
  return store().read();
}

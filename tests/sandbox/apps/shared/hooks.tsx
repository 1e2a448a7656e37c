// Hooks that give the sandbox pages the timing quirks of the real consoles.
import { useEffect, useId, useState } from 'react';
import { generatedId, lateDelay } from './random.ts';

/** False until a random 300–800 ms after mount: the field "arrives from the API" late. */
export function useLate(min?: number, max?: number): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setReady(true), lateDelay(min, max));
    return () => clearTimeout(t);
  }, [min, max]);
  return ready;
}

/** A generated id, fixed for this mount but different on every load. */
export function useGeneratedId(prefix: string): string {
  const [id] = useState(() => generatedId(prefix));
  return id;
}

/** A number from the URL (`?interval=150`), or `fallback`. */
export function numberParam(name: string, fallback: number): number {
  const n = Number(new URL(location.href).searchParams.get(name));
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** Which hard-case fixture this load asked for (`?fixture=<name>`), if any. */
export function fixture(): string | null {
  return new URL(location.href).searchParams.get('fixture');
}

/** A counter that ticks every `ms`; used as a React key to remount a field on a timer. */
export function useTick(ms: number, enabled: boolean): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    const t = setInterval(() => setTick((n) => n + 1), ms);
    return () => clearInterval(t);
  }, [ms, enabled]);
  return tick;
}

/** Consumes a random number of React ids so `useId` values (`:r3:`) differ per load, as in a busier real app. */
export function IdShuffle() {
  const [n] = useState(() => Math.floor(Math.random() * 12));
  return Array.from({ length: n }, (_, i) => <Burn key={i} />);
}
function Burn() {
  useId();
  return null;
}

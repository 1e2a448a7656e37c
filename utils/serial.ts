// One promise chain per store: each read-modify-write starts after the previous one settles, so none is lost.

/** A runner that queues work behind everything queued before it; a failure rejects only its own caller. */
export function createSerial(after: Promise<unknown> = Promise.resolve()): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = after.catch(() => undefined);
  return (work) => {
    const run = tail.then(work);
    tail = run.catch(() => undefined);
    return run;
  };
}

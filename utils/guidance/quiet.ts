// A guidance chore that failed is noted in one line (what failed and the error's kind), never with its message or payload.

/** A rejection handler for a chore nobody awaits: warns once, so nothing is left as an unhandled rejection. */
export function noteQuietly(what: string): (err: unknown) => void {
  return (err) => console.warn(`Engage Copilot guidance: ${what} failed (${err instanceof Error ? err.name : 'unknown error'}).`);
}

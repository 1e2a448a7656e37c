// Which guide pages a URL belongs to: WebExtension match patterns, plus Twilio's framed legacy pages.
import { MatchPattern } from 'wxt/utils/match-patterns';

const compiled = new Map<string, MatchPattern | null>();

/** Compile once; a malformed pattern matches nothing (the data tests catch it) instead of throwing. */
function patternFor(pattern: string): MatchPattern | null {
  let found = compiled.get(pattern);
  if (found === undefined) {
    try {
      found = new MatchPattern(pattern);
    } catch {
      found = null;
    }
    compiled.set(pattern, found);
  }
  return found;
}

export function isValidPattern(pattern: string): boolean {
  return patternFor(pattern) !== null;
}

/** Hosts whose pages carry the real page in `frameUrl` (docs/console-labels.md, "Frames"). */
const FRAMING_HOSTS = new Set(['console.twilio.com', '1console.twilio.com']);
const FRAMED_ORIGIN = 'https://www.twilio.com';

/**
 * The URL itself, plus the framed document's URL when a Twilio shell names it in `frameUrl`
 * (e.g. `console.twilio.com/us1/service/sms/create?frameUrl=/console/sms/services/create…`), so the
 * top page and the frame resolve to the same tasks; likewise the new console's `go?to=` links. Unparseable or very long URLs give nothing.
 */
export function candidateUrls(url: string): URL[] {
  if (typeof url !== 'string' || url.length > 8192) return [];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  const out = [parsed];
  if (FRAMING_HOSTS.has(parsed.hostname)) {
    const frame = parsed.searchParams.get('frameUrl');
    if (frame?.startsWith('/console')) push(out, frame, FRAMED_ORIGIN);
    // The new console's redirect helper, `1console.twilio.com/go?to=/account/__account__/…`, names its target page.
    const to = parsed.pathname === '/go' ? parsed.searchParams.get('to') : null;
    if (to?.startsWith('/') && !to.startsWith('//')) push(out, to, parsed.origin);
  }
  return out;
}

function push(out: URL[], path: string, origin: string): void {
  try {
    out.push(new URL(path, origin));
  } catch {
    // A malformed inner URL is ignored: the top URL still counts.
  }
}

/** True when any candidate URL is included by any of the patterns. */
export function urlMatches(url: string, patterns: readonly string[]): boolean {
  const candidates = candidateUrls(url);
  return patterns.some((p) => {
    const m = patternFor(p);
    // Pass strings: `includes(URL)` probes the `Location` global, which workers and Node lack.
    return m !== null && candidates.some((u) => m.includes(u.href));
  });
}

/** `https://host/...` → `https://host`; patterns with a wildcard host name no single origin and are skipped. */
export function originOfPattern(pattern: string): string | null {
  const m = /^(https?):\/\/([^/*]+)\//.exec(pattern);
  return m ? `${m[1]}://${m[2]}` : null;
}

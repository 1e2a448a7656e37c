// zod's object parsers probe once whether they may compile a faster parser with `new Function`. An extension's CSP
// forbids that, and the browser reports each probe as a content-security-policy violation (seen on every side-panel
// open). jitless skips the probe; the parsers are the same without it. Imported by the background and by each part of the
// side panel that parses with zod (they load after its first screen, which has no zod).
import { config } from 'zod/mini';

config({ jitless: true });

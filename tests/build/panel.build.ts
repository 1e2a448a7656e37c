// The side panel's first screen as built, in both builds: the early storage read runs first and as written, and the
// scripts the page loads before the checklist hold no zod (it loads with the sections that parse, after the first screen).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const OUT = resolve(ROOT, process.env.ENGAGE_OUT_DIR ?? '.output');

/** The scripts sidepanel.html loads, in document order: classic, module entry and the chunks it preloads. */
function firstScreenScripts(build: string): string[] {
  const html = join(OUT, build, 'sidepanel.html');
  if (!existsSync(html)) throw new Error(`No ${html}: run \`npx wxt build\` and \`npx wxt build -b firefox\` first (npm test does).`);
  const text = readFileSync(html, 'utf8');
  return [...text.matchAll(/<script[^>]*\ssrc="([^"]+)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => (m[1] ?? m[2])!.replace(/^\//, ''));
}

// Names zod's core gives its classes at runtime; minifying keeps them, as they are strings.
const ZOD_MARKS = ['$ZodType', '$ZodObject', '$ZodString'];

describe.each(['chrome-mv3', 'firefox-mv2'])('%s side panel', (build) => {
  it('starts the early read before the bundle, as a plain script the build left as written', () => {
    const scripts = firstScreenScripts(build);
    expect(scripts[0]).toBe('panel-early.js');
    const early = readFileSync(join(OUT, build, 'panel-early.js'), 'utf8');
    expect(early).toContain('storage.local.get');
    expect(early).not.toMatch(/\bimport\b|\bexport\b/);
  });

  it('loads no zod before the checklist is on screen, and does load it for the sections that parse', () => {
    const scripts = firstScreenScripts(build).filter((f) => f !== 'panel-early.js');
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) {
      const code = readFileSync(join(OUT, build, file), 'utf8');
      for (const mark of ZOD_MARKS) expect(code.includes(mark), `${file} holds zod (${mark})`).toBe(false);
    }
    // The check can see zod where it is: some chunk of the build has it.
    const anyZod = readFileSync(join(OUT, build, 'background.js'), 'utf8');
    expect(anyZod.includes('$ZodType')).toBe(true);
  });
});

// Both builds' manifests: icons at every store size, minimum browser versions, and only permissions the README explains.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const OUT = resolve(ROOT, process.env.ENGAGE_OUT_DIR ?? '.output');
const SIZES = ['16', '32', '48', '128'];

interface Manifest {
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
  browser_action?: { default_icon?: Record<string, string> };
  sidebar_action?: { default_icon?: Record<string, string> };
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  minimum_chrome_version?: string;
  content_scripts?: { matches: string[] }[];
  browser_specific_settings?: { gecko?: { strict_min_version?: string } };
}

const read = (build: string): Manifest => {
  const path = join(OUT, build, 'manifest.json');
  if (!existsSync(path)) throw new Error(`No ${path}: run \`npx wxt build\` and \`npx wxt build -b firefox\` first (npm test does).`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1'), `${path} is not a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every `code` name in the first column of the README's "What each permission is for" table. */
function explainedInReadme(): Set<string> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split('## What each permission is for')[1]?.split('\n## ')[0] ?? '';
  const names = new Set<string>();
  for (const line of section.split('\n')) {
    const first = line.startsWith('|') ? line.split('|')[1] ?? '' : '';
    for (const [, name] of first.matchAll(/`([^`]+)`/g)) if (name) names.add(name);
  }
  return names;
}

/** A match pattern's host (`https://www.twilio.com/console*` → `www.twilio.com/console*` stays as the README spells it). */
const hostOf = (pattern: string) => pattern.replace(/^\*?https?:\/\//, '').replace(/\/\*$/, '');

describe.each([
  ['chrome-mv3', 'Chrome'],
  ['firefox-mv2', 'Firefox'],
] as const)('the %s manifest', (build, browser) => {
  const manifest = read(build);

  it('names an icon at 16, 32, 48 and 128 px for the extension and its toolbar button, each a PNG of that size', () => {
    const action = manifest.action ?? manifest.browser_action;
    for (const icons of [manifest.icons, action?.default_icon, ...(browser === 'Firefox' ? [manifest.sidebar_action?.default_icon] : [])]) {
      expect(Object.keys(icons ?? {}).sort()).toEqual([...SIZES].sort());
      for (const size of SIZES) {
        const file = join(OUT, build, icons![size]!);
        expect(existsSync(file), `${build}: ${icons![size]} is missing`).toBe(true);
        expect(pngSize(file)).toEqual({ width: Number(size), height: Number(size) });
      }
    }
  });

  it('sets the minimum browser version the APIs it uses need', () => {
    if (browser === 'Chrome') expect(manifest.minimum_chrome_version).toBe('116');
    else expect(manifest.browser_specific_settings?.gecko?.strict_min_version).toBe('140.0');
  });

  it('asks for no permission, host or content-script site that the README’s permission table does not explain', () => {
    const explained = explainedInReadme();
    const asked = [
      ...(manifest.permissions ?? []),
      ...(manifest.optional_permissions ?? []),
      ...(manifest.host_permissions ?? []),
      ...(manifest.optional_host_permissions ?? []),
    ];
    const sites = (manifest.content_scripts ?? []).flatMap((c) => c.matches.map(hostOf));
    const unexplained = [...asked.filter((p) => !explained.has(p)), ...sites.filter((s) => !explained.has(s))];
    expect(unexplained).toEqual([]);
  });
});

describe('icons in the repository', () => {
  it('has each size rasterised from assets/icon.svg in public/icon/, so a build needs no rasteriser', () => {
    expect(readFileSync(join(ROOT, 'assets', 'icon.svg'), 'utf8')).toMatch(/<svg[\s\S]*viewBox="0 0 128 128"/);
    for (const size of SIZES) expect(pngSize(join(ROOT, 'public', 'icon', `${size}.png`))).toEqual({ width: Number(size), height: Number(size) });
  });
});

describe('clipboardRead', () => {
  it.each(['chrome-mv3', 'firefox-mv2'])('is optional in %s (asked for from the side panel), never required', (build) => {
    const manifest = read(build);
    expect(manifest.optional_permissions).toContain('clipboardRead');
    expect(manifest.permissions).not.toContain('clipboardRead');
  });
});

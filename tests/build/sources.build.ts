// The sources zip given to Mozilla's reviewers rebuilds exactly the files of the Firefox package.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const OUT = resolve(ROOT, process.env.ENGAGE_OUT_DIR ?? '.output');
const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

async function files(zipPath: string): Promise<Map<string, Buffer>> {
  if (!existsSync(zipPath)) throw new Error(`No ${zipPath}: run \`npm run zip:firefox\` first (npm test does).`);
  const zip = await JSZip.loadAsync(await readFile(zipPath));
  const out = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) out.set(entry.name, await entry.async('nodebuffer'));
  return out;
}

const shellEnv = () =>
  Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && key !== 'TEST' && !key.startsWith('VITEST')));

describe('the Firefox sources zip', () => {
  let workDir = '';
  afterAll(async () => {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it('builds, with the same dependencies, the very files of the Firefox package', async () => {
    const sources = await files(join(OUT, `${name}-${version}-sources.zip`));
    const shipped = await files(join(OUT, `${name}-${version}-firefox.zip`));
    expect(sources.has('package-lock.json') && sources.has('wxt.config.ts')).toBe(true);
    expect([...sources.keys()].filter((p) => p.startsWith('node_modules/') || p.startsWith('.output'))).toEqual([]);

    workDir = await mkdtemp(join(tmpdir(), 'engage-sources-'));
    for (const [path, bytes] of sources) {
      await mkdir(dirname(join(workDir, path)), { recursive: true });
      await writeFile(join(workDir, path), bytes);
    }
    // A reviewer runs `npm ci`; the same lock file gives these same packages, so link them instead of fetching.
    await symlink(join(ROOT, 'node_modules'), join(workDir, 'node_modules'));
    const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], {
      cwd: workDir,
      encoding: 'utf8',
      // As a reviewer's shell would be: without vitest's NODE_ENV=test and VITEST* variables, which change the bundle.
      env: { ...shellEnv(), ENGAGE_OUT_DIR: join(workDir, 'out') },
    });
    expect(build.status, build.stderr + build.stdout).toBe(0);

    const rebuilt = new Map<string, Buffer>();
    for (const path of shipped.keys()) {
      const file = join(workDir, 'out', 'firefox-mv2', path);
      if (existsSync(file)) rebuilt.set(path, await readFile(file));
    }
    const differing = [...shipped].filter(([path, bytes]) => !rebuilt.get(path)?.equals(bytes)).map(([path]) => path);
    expect(differing).toEqual([]);
  });
});

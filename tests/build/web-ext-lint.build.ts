// `web-ext lint` (Mozilla's add-on linter) on the Firefox build: no errors, and every warning from a library, not our code.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const BUILD = resolve(ROOT, process.env.ENGAGE_OUT_DIR ?? '.output', 'firefox-mv2');

interface Finding {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/**
 * What the linter flags inside bundled libraries, recognised by the library's own code at that spot:
 * zod 4 probes once whether `Function` is allowed (it then never uses it: extension CSP forbids eval),
 * and React DOM writes innerHTML only for `dangerouslySetInnerHTML`, which our components never use.
 */
const LIBRARY_CODE: { code: string; library: string; near: RegExp }[] = [
  { code: 'DANGEROUS_EVAL', library: 'zod (allowsEval probe)', near: /try\{return Function\(``\),!0\}catch\{return!1\}/ },
  { code: 'UNSAFE_VAR_ASSIGNMENT', library: 'React DOM (setInnerHTML)', near: /http:\/\/www\.w3\.org\/2000\/svg`\|\|`innerHTML`in \w+\)\w+\.innerHTML=/ },
  { code: 'UNSAFE_VAR_ASSIGNMENT', library: 'React DOM (createElement script)', near: /\.innerHTML=`<script><\\\/script>`/ },
];

function around(finding: Finding): string {
  const lines = readFileSync(join(BUILD, finding.file ?? ''), 'utf8').split('\n');
  const text = lines[(finding.line ?? 1) - 1] ?? '';
  const at = finding.column ?? 0;
  return text.slice(Math.max(0, at - 200), at + 200);
}

describe('web-ext lint on the Firefox build', () => {
  const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', BUILD, '--no-config-discovery', '--output', 'json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as { errors: Finding[]; warnings: Finding[]; notices: Finding[] };

  it('reports no errors', () => {
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}:${e.line ?? ''} ${e.message}`)).toEqual([]);
  });

  it('reports no warning from our own code (only known spots in bundled libraries)', () => {
    const ours = report.warnings.filter((w) => !LIBRARY_CODE.some((l) => l.code === w.code && w.file && l.near.test(around(w))));
    expect(ours.map((w) => `${w.code} ${w.file ?? ''}:${w.line ?? ''}:${w.column ?? ''} ${w.message}`)).toEqual([]);
  });
});

// `npm run bench`: runs every tests/bench/*.bench.ts module with tsx, then prints one table of all their figures.
// A module prints what it likes and ends with lines `@@bench {"metric",…}` (see tests/bench/report.ts).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const modules = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();

const rows = [];
let failedModules = 0;
for (const file of modules) {
  console.log(`\n▶ ${file}`);
  const r = spawnSync('npx', ['tsx', join(here, file)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  for (const line of (r.stdout ?? '').split('\n')) {
    if (line.startsWith('@@bench ')) rows.push({ module: file.replace('.bench.ts', ''), ...JSON.parse(line.slice(8)) });
    else if (line.trim()) console.log(`  ${line}`);
  }
  if (r.status !== 0) {
    failedModules++;
    console.log(`✖ ${file} exited with ${r.status ?? r.signal}`);
  }
}

const cols = ['module', 'metric', 'with', 'without', 'ratio', 'budget', 'ok'];
const cell = (row, c) => (c === 'ok' ? (row.ok === undefined ? '' : row.ok ? 'yes' : 'NO') : String(row[c] ?? ''));
const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r, c).length)));
const line = (vals) => `| ${vals.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
console.log(`\n${line(cols)}\n${line(widths.map((w) => '-'.repeat(w)))}`);
for (const r of rows) console.log(line(cols.map((c) => cell(r, c))));
const over = rows.filter((r) => r.ok === false);
console.log(`\n${rows.length} figures from ${modules.length} module(s); ${over.length} over budget; ${failedModules} module(s) failed.`);
process.exit(over.length || failedModules ? 1 : 0);

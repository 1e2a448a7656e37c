// The capture plan the background hands content scripts: the same targets and "Keep for …" the guide says,
// and the content-script side of carry bundles neither the guide data nor classic zod (40 KB gzip budget).
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allTasks, consumersOf, deepLinkFor, tasksForUrl } from '../../../utils/guide/index';
import { planTargetFor, planTargetsAt } from '../../../utils/carry/plan';
import { capturePlanOf } from '../../../utils/vault/plan';

const plan = capturePlanOf(allTasks());
const pageOf = (taskId: string) => deepLinkFor(allTasks().find((t) => t.id === taskId)!, { workspace: 'acme', space: 'default' });

describe('the capture plan', () => {
  it('lists every target the guide marks as showing a value, in guide order', () => {
    const fromGuide = allTasks().flatMap((t) => t.targets.filter((x) => x.captures).map((x) => `${t.id}/${x.key}`));
    expect(fromGuide.length).toBeGreaterThan(0);
    expect(plan.targets.map((t) => `${t.taskId}/${t.target.key}`)).toEqual(fromGuide);
  });

  it('offers “Keep for …” the console of the first task that uses the value', () => {
    for (const { target } of plan.targets) {
      expect(plan.keepFor[target.captures]).toBe(consumersOf(target.captures)[0]?.platform);
    }
    expect(plan.keepFor['twilio.apiKeySid']).toBe('segment');
  });

  it('finds on each console page the same capture targets as the guide’s own URL lookup', () => {
    for (const task of allTasks()) {
      const url = pageOf(task.id);
      const fromGuide = tasksForUrl(url).flatMap((t) => t.targets.filter((x) => x.captures).map((x) => `${t.id}/${x.key}`));
      expect(planTargetsAt(plan, url).map((t) => `${t.taskId}/${t.target.key}`), url).toEqual(fromGuide);
    }
  });

  it('finds the Twilio API key page’s capture targets inside the console shell’s framed URL too', () => {
    const framed = 'https://console.twilio.com/us1/develop?frameUrl=/console/project/api-keys/create';
    expect(planTargetsAt(plan, framed).map((t) => `${t.taskId}/${t.target.captures}`)).toEqual([
      'twilio.apikey/twilio.apiKeySid',
      'twilio.apikey/twilio.apiKeySecret',
    ]);
  });

  it('recognises which target on this page shows a pasted Account SID, and none on a page that does not show it', () => {
    const keysPage = plan.targets.find((t) => t.target.captures === 'twilio.accountSid')!;
    const url = pageOf(keysPage.taskId);
    expect(planTargetFor(plan, url, 'twilio.accountSid')?.taskId).toBe(keysPage.taskId);
    expect(planTargetFor(plan, 'https://app.sendgrid.com/settings/api_keys', 'twilio.accountSid')).toBeUndefined();
  });
});

/** Relative modules a file imports for their values (`import type` is erased and costs nothing). */
function valueImports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)) out.push(m[1]!);
  return out;
}

function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of valueImports(file)) {
      if (!spec.startsWith('.')) {
        seen.add(spec);
        continue;
      }
      const base = resolve(dirname(file), spec);
      const found = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((p) => existsSync(p));
      if (found) todo.push(found);
    }
  }
  return seen;
}

describe('credential carry in the content script', () => {
  it('imports neither the guide data, the guide index, the rules nor any zod (they live in the background; zod/mini alone is half the page budget)', () => {
    const reached = [...reachable(resolve(__dirname, '../../../utils/carry/index.ts'))];
    // data/literals.ts holds plain constants (the shape recogniser needs SendGrid's webhook URL); tree-shaking keeps only those.
    const offending = reached.filter((p) => p === 'zod' || p === 'zod/mini' || /utils\/guide\/(index|data\/(?!literals)|rules|schema)/.test(p) || /utils\/vault\/(messages|store|handlers|background)\.ts$/.test(p));
    expect(offending).toEqual([]);
    // The walk does reach the messaging library, so an empty `offending` is not an empty walk.
    expect(reached).toContain('@webext-core/messaging');
  });
});

describe('the console content scripts', () => {
  // Their checks are hand-written (utils/guidance/page-parse.ts) and picks use storage.local itself: both libraries
  // would otherwise cost a third of the 40 KB budget.
  it.each(['segment', 'sendgrid', 'twilio'])('%s imports neither zod nor WXT storage items', (name) => {
    const reached = [...reachable(resolve(__dirname, `../../../entrypoints/${name}.content.ts`))];
    expect(reached.filter((p) => p === 'zod' || p === 'zod/mini' || p === 'wxt/utils/storage')).toEqual([]);
    expect(reached.some((p) => p.endsWith('utils/guidance/page-parse.ts'))).toBe(true);
  });
});

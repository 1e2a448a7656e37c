// Derived from the guide: every task with targets has a sandbox page, and ROUTES.md names every page the sandbox has.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allTasks, deepLinkFor, tasksForUrl } from '../../../utils/guide';
import { FIRST_TARGET_AT, SANDBOX_ROUTES, sandboxRouteFor } from '../../sandbox/routes';
import { SANDBOX_SLUGS } from '../../sandbox/server/walk';

const guided = allTasks().filter((t) => t.targets.length > 0);

describe('sandbox completeness', () => {
  it.each(guided.map((t) => [t.id, t] as const))('%s has a sandbox page where its first target shows', (id, task) => {
    const url = FIRST_TARGET_AT[id]?.url ?? deepLinkFor(task, SANDBOX_SLUGS);
    expect(sandboxRouteFor(url), `${id}: no sandbox route answers ${url} (tests/sandbox/routes.ts)`).not.toBeNull();
    expect(tasksForUrl(url).map((t) => t.id), `${id}: its match patterns miss ${url}`).toContain(id);
    const key = FIRST_TARGET_AT[id]?.target;
    if (key) expect(task.targets.map((t) => t.key), `${id}: no target ${key}`).toContain(key);
  });

  it('lists only guided tasks as starting off their deep link', () => {
    for (const id of Object.keys(FIRST_TARGET_AT)) expect(guided.map((t) => t.id)).toContain(id);
  });

  it('names every sandbox page in ROUTES.md', () => {
    const doc = readFileSync(join(process.cwd(), 'tests/sandbox/ROUTES.md'), 'utf8');
    for (const [host, routes] of Object.entries(SANDBOX_ROUTES)) {
      for (const route of routes.filter((r) => r !== '/')) {
        const path = route.replace(/\/\*$/, '').replace(':ws', SANDBOX_SLUGS.workspace).replace(':space', SANDBOX_SLUGS.space);
        const tail = path.split('/settings/')[1] ?? path;
        expect(doc.includes(`${host}${path}`) || doc.includes(tail), `ROUTES.md lacks ${host}${path}`).toBe(true);
      }
    }
  });

  it('answers only the routes in the table', () => {
    expect(sandboxRouteFor('https://app.sendgrid.com/settings/subusers/')).toEqual({ host: 'app.sendgrid.com', route: '/settings/subusers' });
    expect(sandboxRouteFor('https://www.twilio.com/console/sms/services/create/senders?x=1')?.route).toBe('/console/sms/services/create/*');
    expect(sandboxRouteFor('https://app.sendgrid.com/settings/nowhere')).toBeNull();
    expect(sandboxRouteFor('https://segment.com/docs/engage/contact/')).toBeNull();
  });
});

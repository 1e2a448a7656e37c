// The Verify section of the side panel as a person sees it, shared by the Verify end-to-end tests.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { TaskId } from '../../utils/guide/schema.ts';
import { allChecks } from '../../utils/verify/checks/index.ts';
import { FAKE } from '../fake-apis/credentials.ts';
import { createFakeApis, FAKE_HOSTS, type FakeApis } from '../fake-apis/fake.ts';
import { launchBrowser, openPanel, startSandbox, type ExtensionBrowser, type Sandbox } from './harness/index.ts';

export const CHECKABLE = [...new Set(allChecks.map((c) => c.taskId))];

/** The Verify section as a person sees it. */
export class Verify {
  constructor(readonly page: Page) {}
  get section(): Locator {
    return this.page.getByRole('region', { name: 'Verify with the SendGrid and Twilio APIs' });
  }
  row(taskId: TaskId): Locator {
    return this.section.locator(`li[data-task="${taskId}"]`);
  }
  get status(): Locator {
    return this.section.locator('output.verify-status');
  }
  async fill(label: string, value: string) {
    await this.section.getByLabel(label, { exact: true }).fill(value);
  }
  async enterEverything() {
    await this.fill('SendGrid subuser API key', FAKE.subuserKey);
    await this.fill('Parent API key', FAKE.parentKey);
    await this.section.getByLabel('Keep the parent key for this session').check();
    await this.fill('Twilio Account SID', FAKE.accountSid);
    await this.fill('Twilio API Key SID', FAKE.apiKeySid);
    await this.fill('Twilio API Key secret', FAKE.apiKeySecret);
    await this.section.getByRole('button', { name: 'Keep these keys' }).click();
    await this.status.getByText('Kept for this browser session.').waitFor();
  }
  /** Clicks "Verify all" (or one task's Verify) and waits for the run's summary line. */
  async verify(taskId?: TaskId, timeout = 30_000) {
    const button = taskId ? this.row(taskId).getByRole('button', { name: /^Verify / }) : this.section.getByRole('button', { name: 'Verify all' });
    await button.click();
    await this.status.filter({ hasText: /^Done: |^The check/ }).waitFor({ timeout });
  }
  async verdicts(): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const id of CHECKABLE) out[id] = (await this.row(id).getAttribute('data-verdict')) ?? '';
    return out;
  }
  async report(): Promise<string> {
    await this.section.getByRole('button', { name: 'Readiness report' }).click();
    return this.section.getByRole('textbox', { name: 'Readiness report (Markdown)', includeHidden: true }).inputValue();
  }
}


/**
 * One browser for a describe block: the sandbox with the fake APIs at their hostnames, the built extension, its
 * side panel open and every key entered. Call inside `describe`; read `browser` and `v` inside tests.
 */
export function verifySession(): { fake: FakeApis; readonly browser: ExtensionBrowser; readonly v: Verify } {
  const fake = createFakeApis();
  let sandbox: Sandbox | undefined;
  let browser: ExtensionBrowser | undefined;
  let v: Verify | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox({ hosts: Object.fromEntries(FAKE_HOSTS.map((h) => [h, fake.nodeHandler])) });
    browser = await launchBrowser({ sandbox });
    const panel = await openPanel(browser);
    v = new Verify(panel.page);
    await v.section.waitFor();
    await v.enterEverything();
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });
  return {
    fake,
    get browser() {
      return browser!;
    },
    get v() {
      return v!;
    },
  };
}

// The side panel as a person sees it: find things by role and visible name, act by clicking and typing.
import type { Locator, Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser.ts';
import { guide, taskById } from '../../../utils/guide/index.ts';
import type { TaskId } from '../../../utils/guide/schema.ts';

export type RowStatus = 'to do' | 'done' | 'skipped';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One open side-panel tab. Every label here is one the panel shows; when the UI's wording changes,
 * this is the one file to update.
 */
export class SidePanel {
  constructor(readonly page: Page) {}

  /** Waits until the checklist shows real progress (the panel sets `data-panel-ready` then). */
  async ready(timeoutMs = 15_000): Promise<this> {
    await this.page.locator('html[data-panel-ready="true"]').waitFor({ state: 'attached', timeout: timeoutMs });
    return this;
  }

  async reload(): Promise<this> {
    await this.page.reload();
    return this.ready();
  }

  get checklist(): Locator {
    return this.page.getByRole('region', { name: 'Checklist', exact: true });
  }

  /** The checklist row of a task; its accessible name ends with ", to do", ", done" or ", skipped". */
  row(taskId: TaskId, status?: RowStatus): Locator {
    const title = escape(taskById(taskId).title);
    const name = new RegExp(`^${title}\\s*,\\s*${status ? escape(status) : '(to do|done|skipped)'}\\b`);
    return this.checklist.getByRole('button', { name });
  }

  /** The status the checklist row announces to a screen reader. */
  async statusOf(taskId: TaskId): Promise<RowStatus> {
    for (const status of ['to do', 'done', 'skipped'] as const) {
      if ((await this.row(taskId, status).count()) > 0) return status;
    }
    throw new Error(`The checklist row of ${taskId} does not say its status.`);
  }

  /** The "N of M" a stage heading shows. */
  stageCount(stageIndex: number): Locator {
    const stage = guide.stages[stageIndex];
    if (!stage) throw new Error(`The guide has no stage #${stageIndex}.`);
    return this.checklist.getByRole('heading', { level: 3, name: new RegExp(`^${escape(stage.title)}`) }).locator('.count');
  }

  /** The open task's card (a region named by the task's title). */
  card(taskId: TaskId): Locator {
    return this.page.getByRole('region', { name: taskById(taskId).title, exact: true });
  }

  /** Opens a task from the checklist, as a person clicking its row. */
  async openTask(taskId: TaskId): Promise<Locator> {
    await this.row(taskId).click();
    const card = this.card(taskId);
    await card.waitFor();
    return card;
  }

  /** Opens the task and clicks "Mark done"; returns once the checklist row reads done. */
  async markDone(taskId: TaskId): Promise<void> {
    const card = await this.openTask(taskId);
    await card.getByRole('button', { name: 'Mark done', exact: true }).click();
    await this.row(taskId, 'done').waitFor();
  }

  /** Opens the task and clicks its "Open in console" button. */
  async openInConsole(taskId: TaskId): Promise<void> {
    const card = await this.openTask(taskId);
    await card.getByRole('button', { name: /^Open in console/ }).click();
  }

  get onboardingSelect(): Locator {
    return this.page.getByRole('combobox', { name: 'Onboarding', exact: true });
  }

  /** Names of every onboarding in the switcher, e.g. ["My onboarding (US)", "Acme (US)"]. */
  async onboardingNames(): Promise<string[]> {
    return (await this.onboardingSelect.locator('option').allInnerTexts()).map((t) => t.trim());
  }

  /** The selected onboarding's option text. */
  async activeOnboarding(): Promise<string> {
    return (await this.onboardingSelect.locator('option:checked').innerText()).trim();
  }

  /** "New onboarding…", fill the form, "Create". The new onboarding becomes the active one. */
  async createOnboarding(settings: { name: string; workspace?: string; space?: string; region?: 'US' | 'EU' }): Promise<void> {
    await this.page.getByRole('button', { name: 'New onboarding…', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New onboarding' });
    await dialog.getByLabel('Name', { exact: true }).fill(settings.name);
    if (settings.region) await dialog.getByRole('radio', { name: new RegExp(`^${settings.region} `) }).check();
    if (settings.workspace) await dialog.getByLabel(/^Segment workspace slug/).fill(settings.workspace);
    if (settings.space) await dialog.getByLabel(/^Engage space slug/).fill(settings.space);
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await this.onboardingSelect.locator('option:checked', { hasText: settings.name }).waitFor({ state: 'attached' });
  }

  /** "Settings…" of the active onboarding: set the workspace and space slugs, "Save". */
  async setWorkspace(workspace: string, space: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Settings…', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Settings of/ });
    await dialog.getByLabel(/^Segment workspace slug/).fill(workspace);
    await dialog.getByLabel(/^Engage space slug/).fill(space);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** Picks an onboarding in the switcher by its name. */
  async switchTo(name: string): Promise<void> {
    const option = this.onboardingSelect.locator('option', { hasText: new RegExp(`^${escape(name)} \\(`) });
    const value = await option.getAttribute('value');
    if (value === null) throw new Error(`No onboarding named “${name}” in the switcher.`);
    await this.onboardingSelect.selectOption(value);
    await this.onboardingSelect.locator('option:checked', { hasText: name }).waitFor({ state: 'attached' });
  }

  /** "Delete…" the active onboarding and confirm. */
  async deleteActive(): Promise<void> {
    const before = await this.activeOnboarding();
    await this.page.getByRole('button', { name: 'Delete…', exact: true }).click();
    const confirm = this.page.getByRole('alertdialog', { name: /^Delete/ });
    await confirm.getByRole('button', { name: 'Delete onboarding', exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    await this.onboardingSelect.locator('option', { hasText: before }).waitFor({ state: 'detached' });
  }

  /** The live status line at the bottom ("Marked … done.", errors). */
  get status(): Locator {
    return this.page.locator('output[aria-live]').last();
  }
}

/** Opens `sidepanel.html` in a new tab and waits until it shows real progress. */
export async function openPanel(browser: ExtensionBrowser): Promise<SidePanel> {
  return new SidePanel(await browser.openSidePanel()).ready();
}

// Makes the toolbar button open the checklist: Chrome's side panel, or Firefox's sidebar.
import { browser } from 'wxt/browser';

/** Firefox's sidebar API, which Chrome's typings do not describe. */
interface SidebarHost {
  sidebarAction?: { open(): Promise<void> };
  browserAction?: { onClicked: { addListener(cb: () => void): void } };
}

export function openPanelFromToolbar(): void {
  if (browser.sidePanel?.setPanelBehavior) {
    // A failure here only means the button does nothing; the panel still opens from the browser's own menu.
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((err: unknown) => {
      console.warn('Engage Copilot: could not make the toolbar button open the side panel', err);
    });
    return;
  }
  const host = browser as unknown as SidebarHost;
  const sidebar = host.sidebarAction;
  if (!sidebar) return;
  // sidebarAction.open() must run synchronously inside the click handler (a user-action requirement).
  const onClicked = browser.action?.onClicked ?? host.browserAction?.onClicked;
  onClicked?.addListener(() => {
    void sidebar.open().catch(() => undefined);
  });
}

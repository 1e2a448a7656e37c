// What the overlay offers the guidance engine and the vault: its parts build on these, buildOverlay returns one.

/** A button another domain adds to the callout (the vault's "Keep for Segment" / "Fill"). */
export interface OverlayAction {
  label: string;
  /** Receives the real DOM event so the receiver can insist on `event.isTrusted`. */
  onActivate(event: MouseEvent): void;
}
export interface OverlayIssue {
  message: string;
  fix?: { label: string; onApply(event: MouseEvent): void };
}
export type ValidationState = 'valid' | 'invalid' | null;
export interface OverlayGuide {
  anchor: Element;
  title: string;
  instruction: string;
  /** A line in guide markup, e.g. "Expected: `https://…`". */
  expected?: string;
  earlier?: string;
  /** True when the element came from the person's own "show me the field" choice. */
  remembered: boolean;
}
export interface OverlayMissing {
  title: string;
  label: string;
  instruction: string;
  /** Where the control is when it is not on this page (an existing service's own settings). */
  elsewhere?: string;
  earlier?: string;
}
export interface OverlayHandlers {
  onShowMe(): void;
  onForgetPick(): void;
  onDismiss(): void;
}
/**
 * `owner`: the task a message belongs to (the engine hides it when that task moves on); without one it is a note
 * that goes when the ring moves to another control. `about`: the console control a note concerns; it stays while
 * the ring is in that control's form or dialog.
 */
export interface BannerOptions {
  owner?: string;
  actions?: OverlayAction[];
  about?: Element;
}
export type BannerKind = 'task' | 'note' | 'all';
export interface Overlay {
  show(guide: OverlayGuide): void;
  showMissing(m: OverlayMissing): void;
  /** A message at the screen's edge, beside any callout, with a close button. */
  showBanner(text: string, opts?: BannerOptions): void;
  hideBanner(which?: BannerKind): void;
  setValidation(state: ValidationState, issues: OverlayIssue[], okText?: string): void;
  addAction(action: OverlayAction): () => void;
  hide(): void;
  readonly anchor: Element | null;
  readonly root: HTMLElement;
}

/** The part of a BrowserWindow brought forward. */
export interface FocusableWindow {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/** A second start of Raadsnota (the single-instance lock refused it) brings the first window forward instead. */
export function bringForward(window: FocusableWindow | undefined): void {
  if (window === undefined) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/**
 * Forms with changes not yet saved register here. Leaving the screen through the app's links, the back button or
 * closing the window asks first, so that a user's typing is never lost by a mistaken click.
 */
const dirty = new Set<string>();

export const LEAVE_QUESTION =
  'U hebt wijzigingen die nog niet zijn opgeslagen. Wilt u deze pagina verlaten en ze kwijtraken?';

export function markDirty(form: string, isDirty: boolean): void {
  if (isDirty) dirty.add(form);
  else dirty.delete(form);
}

export function hasUnsaved(): boolean {
  return dirty.size > 0;
}

/**
 * Screens that save by themselves (the memo editor's autosave) register how to save now: leaving first lets them
 * save, and asks only about what could not be saved (a conflict, the server gone).
 */
const flushers = new Map<string, () => Promise<boolean>>();

export function registerFlush(form: string, flush: (() => Promise<boolean>) | undefined): void {
  if (flush) flushers.set(form, flush);
  else flushers.delete(form);
}

/** Saves what every registered screen holds; true when nothing unsaved is left. */
export async function flushAll(): Promise<boolean> {
  await Promise.all([...flushers.values()].map((flush) => flush()));
  return !hasUnsaved();
}

export function canFlush(): boolean {
  return flushers.size > 0;
}

/** True when the user may leave: nothing unsaved, or they said so (and the forms are then forgotten). */
export function mayLeave(ask: (question: string) => boolean = (q) => window.confirm(q)): boolean {
  if (!hasUnsaved()) return true;
  if (!ask(LEAVE_QUESTION)) return false;
  dirty.clear();
  return true;
}

import { useEffect, useRef, type RefObject } from 'react';

/**
 * A native <dialog> shown as a modal while the component is mounted: the browser keeps the focus in it, Escape
 * closes it (`cancel`), and the focus returns to where it was.
 */
export function useModal(onCancel: () => void): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef(onCancel);
  useEffect(() => {
    cancel.current = onCancel;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onCancelEvent = (event: Event): void => {
      event.preventDefault();
      cancel.current();
    };
    // Escape from an editor in the dialog, whose key handling may keep the browser from raising `cancel`.
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') onCancelEvent(event);
    };
    dialog.addEventListener('cancel', onCancelEvent);
    dialog.addEventListener('keydown', onKey);
    dialog.showModal();
    return () => {
      dialog.removeEventListener('cancel', onCancelEvent);
      dialog.removeEventListener('keydown', onKey);
      dialog.close();
    };
  }, []);
  return ref;
}

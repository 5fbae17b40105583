import { useEffect, useId, useRef } from 'react';

type Props = {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * Asks before something that cannot be undone: a modal alert dialog with the question, what it means and two
 * buttons, the safe one first and focused. Escape cancels. Shown while mounted.
 */
export function ConfirmDialog({ title, message, confirmLabel, cancelLabel, onConfirm, onCancel }: Props) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  // Closing first gives the page back its focus and its inertness before the caller moves on.
  const answer = (choice: () => void) => () => {
    dialog.current?.close();
    choice();
  };
  const cancel = answer(onCancel);
  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      className="confirm-dialog"
      onCancel={(event) => {
        event.preventDefault();
        cancel();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        cancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-message`}>{message}</p>
      <div className="actions">
        <button type="button" className="button" autoFocus onClick={cancel}>
          {cancelLabel}
        </button>
        <button type="button" className="button primary" onClick={answer(onConfirm)}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

/**
 * A form's submit, as its steps: check the input, send, then either take the result or show the failure. Pure (no
 * Vue, no Element Plus), unit-tested; `useFormSubmit` wires it to a form and a dialog.
 */
export interface SubmitSteps<T> {
  /** Checks the input and shows what is wrong; false stops here, nothing is sent. */
  check: () => boolean | Promise<boolean>;
  /** The call. */
  send: () => Promise<T>;
  /** After a successful call (close, say so, tell the parent). A throw here is shown like a failed call. */
  succeeded: (result: T) => unknown;
  /** Shows a failed call (or a throw from `succeeded`). */
  failed: (err: unknown) => void;
  /** On while the call and `succeeded` run (the button's loading state), off after. */
  busy: (on: boolean) => void;
}

/**
 * A submit handler running the steps. While one run is under way (checking included), another call does nothing:
 * a double click, or Enter pressed during a click's call, sends once.
 */
export function submitter<T>(steps: SubmitSteps<T>): () => Promise<void> {
  let running = false;
  return async () => {
    if (running) return;
    running = true;
    try {
      if (!(await steps.check())) return;
      steps.busy(true);
      try {
        await steps.succeeded(await steps.send());
      } catch (err) {
        steps.failed(err);
      } finally {
        steps.busy(false);
      }
    } finally {
      running = false;
    }
  };
}

/** The form's own checks (field → message, or null/'' when fine), keeping only the fields with a message. */
export function checkErrors(
  checks: Record<string, string | null | undefined | false>,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(checks)) if (message) errors[field] = message;
  return errors;
}

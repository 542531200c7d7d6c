import { useEffect, useMemo, useState } from 'react';
import type { ApiError, ApiResult } from '../../api/contract/api-error.js';
import type { z } from '../../core/model/zod-nl.js';
import { markDirty } from '../app/unsaved.js';
import { fieldErrors } from './field-errors.js';
import { refusalOf } from './form-errors.js';

/** Tells the frame while the form `form` holds typing not yet saved, and forgets it when the form goes away. */
export function useUnsaved(form: string, dirty: boolean): void {
  useEffect(() => {
    markDirty(form, dirty);
  }, [form, dirty]);
  useEffect(
    () => () => {
      markDirty(form, false);
    },
    [form],
  );
}

export interface Submission {
  /** The messages per field of the last refusal, the browser's own check or the server's; '' for the rest. */
  errors: Map<string, string[]>;
  /** Shows a refusal the form found itself, before any check (a choice not made). */
  refuse: (refusal: ApiError) => void;
  busy: boolean;
  /**
   * Sends what the shared schema passed, and gives the operation's output; a refusal (the schema's or the server's)
   * is kept for the fields to show, and gives undefined.
   */
  submit: <T, R>(
    checked: z.ZodSafeParseResult<T>,
    send: (input: T) => Promise<ApiResult<R>>,
  ) => Promise<R | undefined>;
}

/** One way for every form to check, send, and show each refusal at its field. */
export function useSubmission(fields: readonly string[]): Submission {
  const [refusal, setRefusal] = useState<ApiError | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const errors = useMemo(
    () => (refusal ? fieldErrors(refusal, fields) : new Map<string, string[]>()),
    [refusal, fields],
  );
  return {
    errors,
    refuse: setRefusal,
    busy,
    submit: async (checked, send) => {
      if (!checked.success) {
        setRefusal(refusalOf(checked.error));
        return undefined;
      }
      setBusy(true);
      const result = await send(checked.data);
      setBusy(false);
      if (!result.ok) {
        setRefusal(result.error);
        return undefined;
      }
      setRefusal(undefined);
      return result.value;
    },
  };
}

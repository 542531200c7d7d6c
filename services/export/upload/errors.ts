import type { Issue } from '../../../core/errors.js';

/**
 * The Documenten API refused a request for a reason that another try will not mend (a 4xx): bad input, said in Dutch
 * with the API's own field errors as issues.
 */
export class UploadRefused extends Error {
  constructor(
    message: string,
    readonly issues: readonly Issue[] = [],
    readonly field?: string,
  ) {
    super(message);
    this.name = 'UploadRefused';
  }
}

/** The Documenten API could not be reached, or kept failing (5xx, 429, timeouts) after every try. */
export class UploadUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UploadUnavailable';
  }
}

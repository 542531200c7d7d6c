/**
 * Something the caller named is not in the register: a motie, toezegging, memo or version. Bad input: nothing
 * changed.
 */
export class NotFound extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFound';
  }
}

/**
 * A change that the register's current state refuses: a number that is already taken, or a version that was sent and
 * so can no longer change. Bad input too: nothing changed.
 */
export class Conflict extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Conflict';
  }
}

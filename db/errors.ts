/**
 * A register that this version of Raadsnota cannot open safely: written by a newer version, with a migration history
 * it does not know, or damaged. The edges report it as bad input, with the message, and change nothing.
 */
export class RegisterRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RegisterRefused';
  }
}

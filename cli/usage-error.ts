/** Thrown for a wrong command line; reported like bad input (exit code 2), with the usage after it. */
export class UsageError extends Error {}

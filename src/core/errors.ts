/** Exit statuses of every command (eligibility-rules.md, cli.md). */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Marks our errors; a registered symbol, because each lazily loaded bundle has its own copy of the class. */
const ESS_ERROR = Symbol.for('ess.error');

/** An error the user can act on: its message is French and complete; no stack trace is shown. */
export class EssError extends Error {
  readonly [ESS_ERROR] = true;

  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
    this.name = 'EssError';
  }

  static is(error: unknown): error is EssError {
    return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[ESS_ERROR] === true;
  }
}

/** Wrong command line: unknown option, bad value, missing argument. */
export class UsageError extends EssError {
  constructor(message: string) {
    super(message, EXIT_USAGE);
    this.name = 'UsageError';
  }
}

/** An input the command cannot read at all (missing file, folder instead of file…). */
export class InputError extends EssError {
  constructor(message: string) {
    super(message, EXIT_USAGE);
    this.name = 'InputError';
  }
}

/** Exit statuses of every command (eligibility-rules.md, cli.md). */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** An error the user can act on: its message is French and complete; no stack trace is shown. */
export class EssError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
    this.name = 'EssError';
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

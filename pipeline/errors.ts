/** A problem with one input file: reported as one line naming the file and the reason. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'InputError';
  }
}

/**
 * The exit codes of every command (the README's table says the same):
 * 0 done; 1 some files failed, the others were imported; 2 nothing was done: no file
 * succeeded, or an input or output of the command itself (database, gold file, output
 * file) cannot be used; 64 the command line is wrong (unknown command or option, a bad
 * or conflicting option value); 70 an internal error (a bug).
 */
export const EXIT = { ok: 0, partial: 1, failed: 2, usage: 64, internal: 70 } as const;

/** Ends a command with one line on stderr and an exit code; never shows a stack trace. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failed,
  ) {
    super(message);
    this.name = 'CommandError';
  }
}

/** The command line itself is wrong: a bad option value, options that exclude each other. */
export class UsageError extends CommandError {
  constructor(message: string) {
    super(message, EXIT.usage);
    this.name = 'UsageError';
  }
}

/** A database file that cannot be used: missing, not SQLite, not chitieu's. */
export class DatabaseError extends CommandError {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`, EXIT.failed);
    this.name = 'DatabaseError';
  }
}

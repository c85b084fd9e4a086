/** A problem with the user's input: printed as one line, exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Output and exit-status conventions shared by every subcommand. */
export interface CommandContext {
  /** Writes one line (or a block) to standard output. */
  out(text: string): void;
  /** Writes one line to standard error. */
  err(text: string): void;
}

/** One `council <name>` subcommand. Returns the exit status; throws UsageError for bad input. */
export interface CliCommand {
  readonly summary: string;
  run(args: string[], ctx: CommandContext): Promise<number> | number;
}

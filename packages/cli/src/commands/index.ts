import type { CliCommand } from '../cli-error.ts';

/**
 * The subcommand table. One line per subcommand; each lives in its own file under commands/.
 * Add new subcommands here (keep the list in alphabetical order).
 */
export const COMMANDS: Record<string, () => Promise<CliCommand>> = {
};

import type { CliCommand } from '../cli-error.ts';

/**
 * The subcommand table. One line per subcommand; each lives in its own file under commands/.
 * Add new subcommands here (keep the list in alphabetical order).
 */
export const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  analyze: async () => (await import('./analyze.ts')).default,
  members: async () => (await import('./members.ts')).default,
  power: async () => (await import('./power.ts')).default,
  presidency: async () => (await import('./presidency.ts')).default,
  replay: async () => (await import('./replay.ts')).default,
  record: async () => (await import('./record.ts')).default,
  sanctions: async () => (await import('./sanctions.ts')).default,
  rules: async () => (await import('./rules.ts')).default,
  serve: async () => (await import('./serve.ts')).default,
  start: async () => (await import('./start.ts')).default,
  vote: async () => (await import('./vote.ts')).default,
};

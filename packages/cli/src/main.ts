import { COMMANDS } from './commands/index.ts';
import { UsageError, type CommandContext } from './cli-error.ts';

const ctx: CommandContext = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

function usage(): string {
  const names = Object.keys(COMMANDS).sort();
  return `usage: council <command> [options]\ncommands: ${names.join(', ')}`;
}

/** Runs `council <argv>`: 0 on success, 2 on bad input (one line naming the problem), 1 on an internal error. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ctx.out(usage());
    return name === undefined ? 2 : 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    ctx.err(`council: unknown command '${name}'. ${usage().split('\n')[1] ?? ''}`);
    return 2;
  }
  try {
    const command = await load();
    return await command.run(rest, ctx);
  } catch (error) {
    if (error instanceof UsageError) {
      ctx.err(`council ${name}: ${error.message}`);
      return 2;
    }
    ctx.err(
      `council ${name}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return 1;
  }
}

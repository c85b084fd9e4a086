import { parseArgs } from 'node:util';
import { RULES } from '@council/engine';
import { UsageError, type CliCommand } from '../cli-error.ts';
import { parseFlags } from '../flags.ts';

const command: CliCommand = {
  summary: 'The rules the engine applies, with their sources: council rules [ID] [--json]',
  run(args, ctx) {
    const { values, positionals } = parseFlags(() =>
      parseArgs({
        args,
        options: { json: { type: 'boolean' } },
        allowPositionals: true,
        strict: true,
      }),
    );
    const id = positionals[0];
    const rules =
      id === undefined ? Object.values(RULES) : [RULES[id]].filter((r) => r !== undefined);
    if (id !== undefined && rules.length === 0)
      throw new UsageError(`unknown rule '${id}' (known: ${Object.keys(RULES).join(', ')})`);
    if (values.json) {
      ctx.out(JSON.stringify(id === undefined ? rules : rules[0]));
      return 0;
    }
    for (const r of rules) ctx.out(`${r.id}\n  ${r.summary}\n  Source: ${r.source}`);
    return 0;
  },
};
export default command;

import { parseArgs } from 'node:util';
import { governmentOn, stateName } from '@council/engine';
import { loadMembership } from '@council/record';
import type { CliCommand } from '../cli-error.ts';
import { councilForDate } from '../council-args.ts';
import { parseFlags } from '../flags.ts';

const command: CliCommand = {
  summary:
    'Who sits on the Council on a date, and who presides: council members --date YYYY-MM-DD [--json]',
  run(args, ctx) {
    const { values } = parseFlags(() =>
      parseArgs({
        args,
        options: { date: { type: 'string' }, json: { type: 'boolean' } },
        strict: true,
      }),
    );
    const table = loadMembership();
    const council = councilForDate(table, values.date);
    if (values.json) {
      ctx.out(
        JSON.stringify({
          date: council.date,
          size: council.size,
          president: council.president,
          members: council.members,
        }),
      );
      return 0;
    }
    ctx.out(
      `Security Council on ${council.date}: ${council.size} members; President: ${stateName(table, council.president, council.date)}`,
    );
    for (const m of council.members) {
      const gov = m.permanent ? governmentOn(table, m.code, council.date) : undefined;
      const flags = [
        m.permanent ? 'permanent' : 'elected',
        ...(gov ? [gov] : []),
        ...(m.code === council.president ? ['presides'] : []),
      ];
      ctx.out(`  ${m.code}  ${m.name} (${flags.join(', ')})`);
    }
    return 0;
  },
};
export default command;

import { parseArgs } from 'node:util';
import { adjudicate, describeResult, stateName } from '@council/engine';
import { loadMembership } from '@council/record';
import type { CliCommand } from '../cli-error.ts';
import { ballotsFromLists, councilForDate } from '../council-args.ts';
import { parseFlags } from '../flags.ts';

const command: CliCommand = {
  summary:
    'Adjudicate a vote: council vote --date D --yes rest --no CHN,RUS [--abstain ..] [--absent ..] [--procedural] [--json]',
  run(args, ctx) {
    const { values } = parseFlags(() =>
      parseArgs({
        args,
        options: {
          date: { type: 'string' },
          yes: { type: 'string' },
          no: { type: 'string' },
          abstain: { type: 'string' },
          absent: { type: 'string' },
          procedural: { type: 'boolean' },
          json: { type: 'boolean' },
        },
        strict: true,
      }),
    );
    const table = loadMembership();
    const council = councilForDate(table, values.date);
    const lists = {
      ...(values.yes !== undefined ? { yes: values.yes } : {}),
      ...(values.no !== undefined ? { no: values.no } : {}),
      ...(values.abstain !== undefined ? { abstain: values.abstain } : {}),
      ...(values.absent !== undefined ? { absent: values.absent } : {}),
    };
    const ballots = ballotsFromLists(council, table, lists);
    const r = adjudicate({
      date: council.date,
      members: council.members,
      ballots,
      procedural: values.procedural ?? false,
    });
    if (values.json) {
      ctx.out(
        JSON.stringify({
          outcome: r.outcome,
          yes: r.yes,
          no: r.no,
          abstain: r.abstain,
          absent: r.absent,
          required: r.required,
          vetoedBy: r.vetoedBy,
          permanentAgainst: r.permanentAgainst,
        }),
      );
    } else {
      ctx.out(describeResult(r, (c) => stateName(table, c, council.date)));
    }
    return 0;
  },
};
export default command;

import { parseArgs } from 'node:util';
import { presidencyOfYear, stateName } from '@council/engine';
import { loadMembership } from '@council/record';
import { UsageError, type CliCommand } from '../cli-error.ts';
import { parseFlags } from '../flags.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const command: CliCommand = {
  summary: 'The President of each month of a year: council presidency --year YYYY [--json]',
  run(args, ctx) {
    const { values } = parseFlags(() =>
      parseArgs({
        args,
        options: { year: { type: 'string' }, json: { type: 'boolean' } },
        strict: true,
      }),
    );
    const table = loadMembership();
    if (values.year === undefined) throw new UsageError('--year YYYY is required');
    const year = Number(values.year);
    const first = Number(table.coverage.from.slice(0, 4));
    const last = Number(table.coverage.to.slice(0, 4));
    if (!/^\d{4}$/.test(values.year) || year < first || year > last)
      throw new UsageError(`--year '${values.year}' must be a year from ${first} to ${last}`);
    const months = presidencyOfYear(table, year);
    if (values.json) {
      ctx.out(JSON.stringify({ year, months }));
      return 0;
    }
    for (const m of months)
      ctx.out(
        `${MONTHS[m.month - 1]} ${year}: ${stateName(table, m.president, `${year}-${String(m.month).padStart(2, '0')}-01`)} (${m.president})`,
      );
    return 0;
  },
};
export default command;

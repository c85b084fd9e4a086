/**
 * Argument checks shared by the council subcommands: dates inside the membership record, State codes,
 * and the --yes/--no/--abstain/--absent lists of `council vote`.
 */
import {
  councilOn,
  isIsoDate,
  type Choice,
  type Council,
  type MembershipTable,
} from '@council/engine';
import { UsageError } from './cli-error.ts';

/** Checks a --date value and returns the Council sitting on it. */
export function councilForDate(table: MembershipTable, date: string | undefined): Council {
  if (date === undefined) throw new UsageError('--date YYYY-MM-DD is required');
  if (!isIsoDate(date))
    throw new UsageError(`--date '${date}' is not a date in the form YYYY-MM-DD`);
  const { from, to } = table.coverage;
  if (date < from || date > to)
    throw new UsageError(
      `--date ${date} is outside ${from.slice(0, 4)}–${to.slice(0, 4)}, the years the membership record covers`,
    );
  return councilOn(table, date);
}

const LISTS = ['yes', 'no', 'abstain', 'absent'] as const;

/**
 * Turns the four vote lists into ballots. Each list is comma-separated codes or `rest` (every member not
 * named in another list); members named nowhere are absent.
 */
export function ballotsFromLists(
  council: Council,
  table: MembershipTable,
  lists: Partial<Record<(typeof LISTS)[number], string>>,
): Record<string, Choice> {
  const ballots: Record<string, Choice> = {};
  const seenIn = new Map<string, string>();
  let restList: (typeof LISTS)[number] | undefined;
  const members = new Set(council.members.map((m) => m.code));
  for (const list of LISTS) {
    const value = lists[list];
    if (value === undefined) continue;
    for (const raw of value.split(',')) {
      const code = raw.trim().toUpperCase();
      if (code === '') throw new UsageError(`--${list} has an empty entry in '${value}'`);
      if (code === 'REST') {
        if (restList) throw new UsageError(`'rest' appears in both --${restList} and --${list}`);
        restList = list;
        continue;
      }
      if (!/^[A-Z]{3}$/.test(code))
        throw new UsageError(`--${list}: '${raw}' is not a three-letter State code`);
      if (!table.names[code]) throw new UsageError(`--${list}: unknown State code '${code}'`);
      if (!members.has(code))
        throw new UsageError(
          `--${list}: ${code} is not a member of the Council on ${council.date}`,
        );
      const earlier = seenIn.get(code);
      if (earlier)
        throw new UsageError(
          earlier === list
            ? `${code} appears twice in --${list}`
            : `${code} appears in both --${earlier} and --${list}`,
        );
      seenIn.set(code, list);
      ballots[code] = list;
    }
  }
  if (restList) for (const code of members) if (!seenIn.has(code)) ballots[code] = restList;
  return ballots;
}

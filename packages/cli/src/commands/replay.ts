import { parseArgs } from 'node:util';
import { runScenario, type ScenarioRun } from '@council/engine';
import { loadMembership } from '@council/record';
import { UsageError, type CliCommand, type CommandContext } from '../cli-error.ts';
import { parseFlags } from '../flags.ts';
import { readScenario } from '../scenario-files.ts';

/** Prints a replay's timeline for people: one line per event, decisions with their rule, conflicts marked. */
export function printTimeline(run: ScenarioRun, title: string, ctx: CommandContext): void {
  ctx.out(title);
  ctx.out('='.repeat(Math.min(title.length, 100)));
  for (const e of run.timeline) {
    const marker =
      e.kind === 'decision'
        ? '=>'
        : e.kind === 'conflict'
          ? '!!'
          : e.kind === 'rejection'
            ? 'xx'
            : e.kind === 'fact'
              ? '..'
              : '--';
    ctx.out(
      `${e.at.slice(0, 16).padEnd(16)} ${marker} ${e.text}${e.rule ? `  [rule: ${e.rule}]` : ''}`,
    );
    if (e.source && (e.kind === 'decision' || e.kind === 'fact'))
      ctx.out(`${' '.repeat(20)}source: ${e.source}`);
  }
  const pending = Object.entries(run.summary.drafts).filter(
    ([, d]) => d.kind === 'resolution' && !d.votedOn && d.status === 'circulated',
  );
  ctx.out('');
  for (const [id] of pending) ctx.out(`Never put to a vote: ${run.state.drafts[id]?.title ?? id}`);
  for (const [id, p] of Object.entries(run.summary.proposals))
    ctx.out(
      `Committee proposal ${id}: ${p.status}${p.holds.length ? `; holds: ${p.holds.map((h) => `${h.member} (${h.reason}, ${h.status}, lapses ${h.lapsesOn})`).join(', ')}` : ''}`,
    );
  ctx.out(
    `Conflicts between sources: ${run.conflicts.length}${run.conflicts.length ? ` (${run.conflicts.map((c) => c.id).join(', ')})` : ''}`,
  );
  if (run.rejections.length)
    ctx.out(
      `Rejected commands: ${run.rejections.map((r) => `line ${r.line}: ${r.rejection.code}`).join('; ')}`,
    );
}

const command: CliCommand = {
  summary: 'Replay a scenario folder through the engine: council replay <scenario folder> [--json]',
  run(args, ctx) {
    const { values, positionals } = parseFlags(() =>
      parseArgs({
        args,
        options: { json: { type: 'boolean' } },
        allowPositionals: true,
        strict: true,
      }),
    );
    const folder = positionals[0];
    if (!folder)
      throw new UsageError(
        'a scenario folder is required, e.g. council replay data/scenarios/2022-dprk',
      );
    if (positionals.length > 1)
      throw new UsageError(`one scenario folder at a time (got ${positionals.length})`);
    const scenario = readScenario(folder);
    const run = runScenario(scenario.spec, scenario.lines, loadMembership());
    if (values.json) {
      ctx.out(
        JSON.stringify(
          {
            scenario: scenario.spec.id,
            title: scenario.spec.title,
            timeline: run.timeline,
            conflicts: run.conflicts,
            summary: run.summary,
          },
          null,
          2,
        ),
      );
    } else {
      printTimeline(run, scenario.spec.title, ctx);
    }
    return 0;
  },
};
export default command;

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseScenarioLines, replay, runScenario, type ScenarioSpec } from '../src/index.ts';
import { loadMembership } from '@council/record';

const dir = fileURLToPath(new URL('../../../data/scenarios', import.meta.url));
const table = loadMembership();

function load(name: string) {
  const spec = JSON.parse(readFileSync(join(dir, name, 'scenario.json'), 'utf8')) as ScenarioSpec;
  const parsed = parseScenarioLines(readFileSync(join(dir, name, 'events.jsonl'), 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return {
    spec,
    lines: parsed.lines,
    expected: JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as unknown,
  };
}

describe.each(readdirSync(dir).filter((d) => existsSync(join(dir, d, 'expected.json'))))(
  'scenario %s',
  (name) => {
    const { spec, lines, expected } = load(name);

    it('replays to every outcome in expected.json', () => {
      const run = runScenario(spec, lines, table);
      expect(run.summary).toEqual(expected);
    });

    it('is deterministic and survives a JSON round trip of its events', () => {
      const a = runScenario(spec, lines, table);
      const b = runScenario(spec, lines, table);
      expect(b.events).toEqual(a.events);
      const events = JSON.parse(JSON.stringify(a.events)) as typeof a.events;
      expect(replay(events)).toEqual(a.state);
    });

    it('every act and fact carries a source', () => {
      for (const l of lines) if (l.kind !== 'conflict') expect(l.source.length).toBeGreaterThan(0);
    });
  },
);

describe('the 2022 DPRK scenario against the article', () => {
  it('reports each place where the article and the sourced record disagree', () => {
    const { spec, lines } = load('2022-dprk');
    const run = runScenario(spec, lines, table);
    const norway = run.conflicts.find((c) => c.id === 'norway-20-jan');
    expect(norway?.claims.map((c) => c.by)).toEqual(['article', 'record']);
    expect(run.timeline.filter((e) => e.kind === 'conflict')).toHaveLength(run.conflicts.length);
    expect(run.summary.groupStatements['stakeout-2022-01-20']?.councilMembersNotSigning).toContain(
      'NOR',
    );
  });

  it('names the rule behind every Council decision', () => {
    const { spec, lines } = load('2022-dprk');
    const decisions = runScenario(spec, lines, table).timeline.filter((e) => e.kind === 'decision');
    expect(decisions.length).toBeGreaterThanOrEqual(5);
    for (const d of decisions) expect(d.ruleId).toBeTruthy();
  });
});

describe('scenario files', () => {
  it('report the line of a malformed entry', () => {
    const parsed = parseScenarioLines(
      '{"at":"2022-01-01","source":"x","fact":"ok"}\n{"at":"2022-13-01","source":"x","fact":"bad"}\nnot json',
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.line)).toEqual([2, 3]);
  });
});

import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import analyze from '../../cli/src/commands/analyze.ts';
import power from '../../cli/src/commands/power.ts';
import { UsageError, type CliCommand } from '../../cli/src/cli-error.ts';

async function run(command: CliCommand, args: string[]): Promise<{ status: number; out: string }> {
  let out = '';
  const status = await command.run(args, { out: (t) => (out += `${t}\n`), err: () => undefined });
  return { status, out };
}

describe('council power', () => {
  it('prints exact fractions and decimals per player in JSON', async () => {
    const { status, out } = await run(power, [
      '--game',
      'unsc',
      '--index',
      'shapley-shubik,banzhaf',
      '--json',
    ]);
    expect(status).toBe(0);
    const json = JSON.parse(out) as { players: Record<string, unknown>[] };
    expect(json.players[0]).toMatchObject({
      id: 'CHN',
      shapleyShubik: '421/2145',
      banzhaf: '106/635',
      banzhafAbsolute: '53/1024',
      swings: '848',
    });
    expect(json.players[0]?.['shapleyShubikDecimal']).toBeCloseTo(0.19627, 5);
  });
  it('reads a game from a JSON file and writes power bars as SVG', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'council-power-'));
    const file = join(dir, 'eec.json');
    writeFileSync(
      file,
      JSON.stringify({
        players: ['DE', 'FR', 'IT', 'NL', 'BE', 'LU'].map((id, i) => ({
          id,
          weights: [[4, 4, 4, 2, 2, 1][i]],
        })),
        quotas: [12],
      }),
    );
    const svg = join(dir, 'bars.svg');
    const { status, out } = await run(power, ['--game', file, '--exact', '--svg', svg]);
    expect(status).toBe(0);
    expect(out).toMatch(/LU\s+1\s+0\s+0\s+0/);
    expect(existsSync(svg) && readFileSync(svg, 'utf8')).toContain('<svg');
  });
  it('gives the exact probability of adoption for independent votes (--p)', async () => {
    const { out } = await run(power, [
      '--game',
      'unsc',
      '--p',
      'CHN=0.9,FRA=0.9,GBR=0.9,RUS=0.9,USA=0.9,*=3/5',
      '--json',
    ]);
    const json = JSON.parse(out) as {
      adoptionProbability: string;
      adoptionProbabilityDecimal: number;
    };
    expect(json.adoptionProbabilityDecimal).toBeCloseTo(0.558153656534016, 14);
    await expect(run(power, ['--game', 'unsc', '--p', 'CHN=0.9'])).rejects.toThrow(
      /no probability for 'FRA'/,
    );
  });
  it('names bad input', async () => {
    await expect(run(power, ['--game', 'nowhere'])).rejects.toThrow(UsageError);
    await expect(run(power, ['--game', 'unsc', '--index', 'gini'])).rejects.toThrow(
      /unknown index 'gini'/,
    );
    await expect(run(power, ['--game', 'eu27', '--bogus'])).rejects.toThrow(UsageError);
    const dir = mkdtempSync(join(tmpdir(), 'council-power-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ players: [{ id: 'a', weights: [1.5] }], quotas: [1] }));
    await expect(run(power, ['--game', file])).rejects.toThrow(/weight 1.5/);
  });
});

describe('council analyze draft', () => {
  it('the 26 May 2022 draft: vetoed; China or Russia alone blocks; both must change to adopt', async () => {
    const { status, out } = await run(analyze, [
      'draft',
      '--date',
      '2022-05-26',
      '--yes',
      'rest',
      '--no',
      'CHN,RUS',
      '--json',
    ]);
    expect(status).toBe(0);
    const json = JSON.parse(out) as {
      ifVotedNow: { outcome: string };
      probability: Record<string, string>;
      blockingAlone: string[];
      whatItTakes: { outcome: string; size: number; sets: { members: string[] }[] }[];
    };
    expect(json.ifVotedNow.outcome).toBe('vetoed');
    expect(json.probability['vetoed']).toBe('1');
    expect(json.blockingAlone).toEqual(['CHN', 'RUS']);
    const adopt = json.whatItTakes.find((w) => w.outcome === 'adopted');
    expect(adopt?.size).toBe(2);
    expect(adopt?.sets[0]?.members).toEqual(['CHN', 'RUS']);
  });
  it('accepts probabilities and names bad ones', async () => {
    const { out } = await run(analyze, [
      'draft',
      '--date',
      '2022-05-26',
      '--yes',
      'rest',
      '--prob',
      'RUS=yes:1/4,no:3/4',
    ]);
    expect(out).toContain('adopted 1/4');
    await expect(
      run(analyze, ['draft', '--date', '2022-05-26', '--prob', 'RUS=yes:1/4']),
    ).rejects.toThrow(/sum to 1\/4/);
    await expect(run(analyze, ['draft', '--date', '2022-05-26', '--no', 'DEU'])).rejects.toThrow(
      /not a member/,
    );
    await expect(
      run(analyze, ['draft', '--date', '2022-05-26', '--yes', 'CHN', '--no', 'CHN']),
    ).rejects.toThrow(/both/);
    await expect(run(analyze, ['nothing'])).rejects.toThrow(/unknown subcommand/);
  });
});

import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allEntries } from './model.ts';
import { factsOnly, readStore, writeStore } from './store.ts';
import { parseConsolidatedXml } from './xml-import.ts';
import { regimeOf } from './views.ts';
import { fixture } from '../test/support.ts';

describe('the project store (data/sanctions)', () => {
  it('keeps facts and leaves out narrative text written by others', () => {
    const list = parseConsolidatedXml(fixture('small.xml'));
    const dir = mkdtempSync(join(tmpdir(), 'sanctions-'));
    writeStore(list, 'small.xml', dir);
    expect(readdirSync(dir).sort()).toEqual(['dprk-1718.json', 'entries.jsonl', 'list.json']);
    const text = readFileSync(join(dir, 'entries.jsonl'), 'utf8');
    expect(text).not.toMatch(/Narrative|alias note|address note|range note/);
    const back = readStore(dir);
    expect(back.individuals).toEqual(list.individuals.map(factsOnly));
    expect(back.entities).toEqual(list.entities.map(factsOnly));
    const dprk = JSON.parse(readFileSync(join(dir, 'dprk-1718.json'), 'utf8')) as {
      lastReference: unknown;
      individuals: number;
    };
    expect(dprk).toMatchObject({ lastReference: { individual: 901, entity: 901 }, individuals: 1 });
  });

  it('ships the 2024 list so a fresh clone works without ../shared', () => {
    const shipped = readStore();
    expect(shipped.individuals).toHaveLength(682);
    expect(shipped.entities).toHaveLength(193);
    expect(allEntries(shipped).filter((e) => regimeOf(e) === 'DPRK')).toHaveLength(155);
    expect(allEntries(shipped).some((e) => e.comments !== undefined)).toBe(false);
  });

  it('names the directory when nothing is stored there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sanctions-empty-'));
    expect(() => readStore(dir)).toThrow(/no stored list/);
  });
});

/**
 * Read-only routes over the historical record (@council/record) and power analysis (@council/analysis).
 * Thin on purpose: query parameters are validated here, the libraries answer. The record database is opened
 * on first use (it builds itself from the committed data when missing).
 */
import { z } from 'zod';
import type * as RecordLib from '@council/record';
import type * as AnalysisLib from '@council/analysis';
import type { QueryRoute } from './app.ts';
import { ApiError } from './errors.ts';
import { parseWith } from './http/body.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected YYYY-MM-DD');
const range = { from: isoDate.optional(), to: isoDate.optional() };
const topic = z.string().min(1).max(200).optional();
const member = z
  .string()
  .regex(/^[A-Z]{3}$/, 'expected a three-letter code such as RUS')
  .optional();

const schemas = {
  resolutions: z.strictObject({
    ...range,
    topic,
    year: z.coerce.number().int().min(1946).max(2100).optional(),
  }),
  vetoes: z.strictObject({ ...range, topic, member }),
  meetings: z.strictObject({ ...range, topic }),
  stats: z.strictObject({}),
  power: z.strictObject({
    game: z.string().min(1).max(60).default('unsc'),
    indices: z.string().min(1).max(200).optional(),
  }),
};

const params = (query: URLSearchParams) => Object.fromEntries(query);
const defined = <T extends object>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

export async function queryRoutes(): Promise<Record<string, QueryRoute>> {
  type Record_ = typeof RecordLib;
  type Analysis = typeof AnalysisLib;
  let recordDb: RecordLib.RecordDb | undefined;
  const record = async () => {
    if (!recordDb) {
      const lib: Record_ = await import('@council/record');
      recordDb = lib.RecordDb.open();
    }
    return recordDb;
  };
  const powerCache = new Map<string, unknown>();

  return {
    'record/stats': async (q) => {
      parseWith(schemas.stats, params(q), 'invalid_query');
      return (await record()).stats();
    },
    'record/resolutions': async (q) => {
      const p = parseWith(schemas.resolutions, params(q), 'invalid_query');
      return { resolutions: (await record()).resolutions(defined(p)) };
    },
    'record/vetoes': async (q) => {
      const p = parseWith(schemas.vetoes, params(q), 'invalid_query');
      return { vetoes: (await record()).vetoes(defined(p)) };
    },
    'record/meetings': async (q) => {
      const p = parseWith(schemas.meetings, params(q), 'invalid_query');
      return { meetings: (await record()).meetings(defined(p)) };
    },
    'analysis/power': async (q) => {
      const p = parseWith(schemas.power, params(q), 'invalid_query');
      const lib: Analysis = await import('@council/analysis');
      if (!(lib.BUILT_IN_GAMES as readonly string[]).includes(p.game)) {
        throw new ApiError(
          400,
          'invalid_query',
          `game: expected one of ${lib.BUILT_IN_GAMES.join(', ')}`,
        );
      }
      let indices;
      try {
        indices = p.indices ? lib.parseIndexList(p.indices) : undefined;
      } catch (error) {
        throw new ApiError(
          400,
          'invalid_query',
          `indices: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      const cacheKey = `${p.game}|${indices?.join(',') ?? ''}`;
      if (!powerCache.has(cacheKey))
        powerCache.set(cacheKey, lib.powerIndices(lib.builtInGame(p.game), indices));
      return powerCache.get(cacheKey);
    },
  };
}

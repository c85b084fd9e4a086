/**
 * Importer for the DPRK missile flight tests (CNS North Korea Missile Test Database as adapted by
 * nagix/nk-missile-tests). Keeps the figures (date and time in UTC, missile, type, facility, apogee,
 * distance, bearing, outcome) and drops the description texts.
 */
import { ImportError } from './sc.ts';
import type { MissileRow } from '../types.ts';

export const MISSILE_TESTS_FILE = 'dprk-missile-tests/test.en.json';
export const MISSILE_NAMES_FILE = 'dprk-missile-tests/missile.en.json';
export const FACILITIES_FILE = 'dprk-missile-tests/facility.en.json';

function num(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return null;
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ImportError(
      `${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

/** Where each launch object starts in the file (1-based line of its "date" key), in file order. */
function launchLines(text: string): number[] {
  const lines: number[] = [];
  const re = /"date"\s*:/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push(text.slice(0, m.index).split('\n').length);
  }
  return lines;
}

export function importMissiles(
  testsText: string,
  missilesText: string,
  facilitiesText: string,
): MissileRow[] {
  const tests = parseJson(testsText, MISSILE_TESTS_FILE) as {
    timeBins?: { data?: Record<string, unknown>[] }[];
  };
  const missiles = parseJson(missilesText, MISSILE_NAMES_FILE) as Record<
    string,
    { name?: string; type?: string }
  >;
  const facRoot = parseJson(facilitiesText, FACILITIES_FILE) as {
    facilities?: Record<string, { name?: string }>;
  };
  const facilities = facRoot.facilities ?? {};
  if (!Array.isArray(tests.timeBins))
    throw new ImportError(`${MISSILE_TESTS_FILE}: no "timeBins" array`);
  const lines = launchLines(testsText);
  const out: MissileRow[] = [];
  let k = 0;
  for (const bin of tests.timeBins) {
    for (const t of bin.data ?? []) {
      const line = lines[k] ?? 0;
      k += 1;
      const where = `${MISSILE_TESTS_FILE}:${line}`;
      const date = String(t['date'] ?? '');
      if (!/^\d{4}-\d{2}(-\d{2})?$/.test(date))
        throw new ImportError(`${where}: date '${date}' is not YYYY-MM[-DD]`);
      const missileId = String(t['missile'] ?? '');
      const missile = missiles[missileId];
      if (!missile) throw new ImportError(`${where}: unknown missile '${missileId}'`);
      const facilityId = String(t['facility'] ?? '');
      const facility = facilities[facilityId];
      if (!facility) throw new ImportError(`${where}: unknown facility '${facilityId}'`);
      const time = String(t['time'] ?? '');
      const tm = /^(\d{1,2}:\d{2})/.exec(time);
      const landing = String(t['landing'] ?? 'unknown');
      out.push({
        date,
        timeUtc: tm ? (tm[1] ?? '').padStart(5, '0') : null,
        series: num(t['series']),
        missileId,
        missile: missile.name ?? missileId,
        type: missile.type ?? 'Unknown',
        facilityId,
        facility: facility.name ?? facilityId,
        landing: landing === 'unknown' || landing === 'na' ? null : landing,
        apogeeKm: num(t['apogee']),
        distanceKm: num(t['distance']),
        bearingDeg: num(t['bearing']),
        outcome: String(t['outcome'] ?? 'unknown'),
        src: `${MISSILE_TESTS_FILE}#${line}`,
      });
    }
  }
  return out;
}

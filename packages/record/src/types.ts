/**
 * The record's own data formats: one JSON object per line in the files under data/record/.
 * Every record names where it came from (`src`: dataset/file#line) and the corrections applied (`fix`).
 */

/** Votes in favour, against, abstaining. */
export type Tally = [yes: number, no: number, abstain: number];

/** How a resolution was adopted, as the source states it. */
export type Voting = 'recorded' | 'unanimous' | 'without_vote' | 'not_stated';

export interface MeetingRow {
  /** Meeting key: "S/PV.8947", "S/PV.4950 (Resumption 1)", or "VTC 2020-12-29 #n" for the 2020 videoconferences. */
  meeting: string;
  /** Meeting number (from S/PV.N), null for videoconferences. */
  number: number | null;
  date: string | null;
  topic: string;
  closed: boolean;
  vtc: boolean;
  /** The outcome cell, whitespace normalised: symbols, tallies and outcome labels only. */
  outcome: string;
  src: string;
  fix?: string[];
}

export interface ResolutionRow {
  number: number;
  symbol: string;
  date: string;
  meeting: string;
  topic: string;
  tally: Tally | null;
  voting: Voting;
  src: string;
  fix?: string[];
}

export interface StatementRow {
  symbol: string;
  date: string;
  meeting: string;
  topic: string;
  src: string;
  fix?: string[];
}

export interface VetoRow {
  date: string;
  draft: string;
  meeting: string;
  topic: string;
  /** Vetoing permanent members: SUN (USSR to 24 Dec 1991), RUS, USA, GBR, FRA, CHN. */
  vetoedBy: string[];
  tally: Tally | null;
  src: string;
  /** Public sources for entries added by hand (data/record/vetoes-added.json). */
  sources?: string[];
  fix?: string[];
}

export interface MissileRow {
  /** Launch date in UTC (YYYY-MM-DD; YYYY-MM when the source gives only a month). */
  date: string;
  timeUtc: string | null;
  series: number | null;
  missileId: string;
  missile: string;
  /** SRBM, MRBM, IRBM, ICBM, SLBM, SLV, HGV or Unknown, as the source classes it. */
  type: string;
  facilityId: string;
  facility: string;
  landing: string | null;
  apogeeKm: number | null;
  distanceKm: number | null;
  bearingDeg: number | null;
  outcome: string;
  src: string;
  fix?: string[];
}

export interface GaRollCallRow {
  rcid: number;
  session: number;
  date: string;
  /** The resolution or document symbol as the source gives it (e.g. "R/1/66", "A/RES/74/1"). */
  unres: string;
  important: boolean;
  amend: boolean;
  para: boolean;
  /** Issue codes: me, nu, di, hr, co, ec. */
  issues: string[];
  /** Space-separated State codes (ISO 3166-1 alpha-3 / 3166-3) voting yes, no, abstaining. */
  yes: string;
  no: string;
  abstain: string;
  src: string;
}

/** One reviewed correction to an imported record (data/record/corrections.json). */
export interface Correction {
  id: string;
  dataset: 'meetings' | 'resolutions' | 'statements' | 'vetoes' | 'missiles';
  /** All listed fields must equal the record's (before correction); exactly one record must match. */
  match: Record<string, string | number | boolean | null>;
  /** Field values to set. */
  set?: Record<string, unknown>;
  /** Text replacements in string fields. */
  replace?: { field: string; from: string; to: string }[];
  /** Remove the record (a duplicate row). */
  drop?: boolean;
  reason: string;
  sources: string[];
}

/**
 * Small hand-made source files in the layout of ../shared/data, written to a temporary folder.
 * The rows are real facts (dates, symbols, tallies) but the files are our own, tiny, and editable per test.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const MEETINGS_CSV = `year,date,date_raw,meeting_record,press_release,topic,outcome,vtc,vtc_letter_procedure,vtc_letter_outcome,continuation_row,source_file
2022,2022-05-26,26 May,S/PV.9048,SC/14904,Non-proliferation - Democratic People's Republic of Korea,Draft resolution S/2022/431 vetoed by China and Russian Federation | 13-0-2,false,,,false,scact2022_table_en.html
2022,2022-03-25,25 March,S/PV.9004,SC/14842,"Non-proliferation/Democratic People\u00e2\u0080\u0099s Republic of Korea",S/RES/2627 (2022) | 15-0-0,false,,,false,scact2022_table_en.html
2022,2022-01-27,27 January,S/PV.8956,SC/14780,The situation in Cyprus,S/RES/2618 (2022) | 15-0-0,false,,,false,scact2022_table_en.html
2017,2017-12-22,22 December,S/PV.8151,SC/13141,Non-proliferation/Democratic People's Republic of Korea,S/RES/2397 (2017) | 15-0-0,false,,,false,scact2017_table_en.html
1970,,22/23 November,S/PV.1558,,Complaint by Guinea,S/RES/289 (1970) | 15-0-0,false,,,false,scact1970_table_en.html
1950,1950-09-06,6 September,S/PV.496,,Complaint of aggression upon the Republic of Korea,Draft resolution S/1653 vetoed by USSR | 9-1-1,false,,,false,scact1950_table_en.html
1946,1946-12-19,19 December,S/PV.87,,Greek complaint concerning the situation in northern Greece,S/RES/15 (1946) | adopted unanimously,false,,,false,scact1946_table_en.html
1946,1946-12-16,16 December,S/PV.84,,Greek complaint concerning the situation in northern Greece,S/RES/14 (1946) | 9-0-2,false,,,false,scact1946_table_en.html
`;

export const OUTCOMES_CSV = `year,date,meeting_record,topic,kind,symbol,resolution_number,tally_raw,yes,no,abstain
2022,2022-03-25,S/PV.9004,Non-proliferation/Democratic People's Republic of Korea,resolution,S/RES/2627 (2022),2627,15-0-0,15,0,0
2022,2022-01-27,S/PV.8956,The situation in Cyprus,resolution,S/RES/2618 (2022),2618,15-0-0,15,0,0
2017,2017-12-22,S/PV.8151,Non-proliferation/Democratic People's Republic of Korea,resolution,S/RES/2397 (2017),2397,15-0-0,15,0,0
1970,,S/PV.1558,Complaint by Guinea,resolution,S/RES/289 (1970),289,15-0-0,15,0,0
1946,1946-12-19,S/PV.87,Greek complaint concerning the situation in northern Greece,resolution,S/RES/15 (1946),15,adopted unanimously,,,
1946,1946-12-16,S/PV.84,Greek complaint concerning the situation in northern Greece,resolution,S/RES/14 (1946),14,9-0-2,9,0,2
2022,2022-05-06,S/PV.9028,Maintenance of peace and security of Ukraine,presidential_statement,S/PRST/2022/3,,,,,
`;

export const VETOES_CSV = `date,date_raw,draft,meeting_record,agenda_item,vetoed_by,vetoed_by_raw
2022-05-26,26 May 2022,S/2022/431,S/PV.9048,Non-proliferation - Democratic People's Republic of Korea,CHN;RUS,China Russian Federation
1950-09-06,06 September 1950,S/1653,S/PV.496,Complaint of aggression upon the Republic of Korea,USSR,USSR
`;

export const WPDL_CSV = `year,date,month,draft,meeting_record,agenda_item,crisis_topic,region,member_veto1,member_veto2,member_veto3,single_veto,multiple_vetoes,China,France,Russia,USSR,USA,UK,russia_china,usa_uk,usa_france,usa_france_uk,france_uk
2022,5/26/2022,5,S/2022/431,S/PV.9048,Non-proliferation - Democratic People's Republic of Korea,North Korea,East Asia,China,Russia,,0,1,1,0,1,0,0,0,1,0,0,0,0
2022,7/8/2022,7,S/2022/538,S/PV.9087,The situation in the Middle East,Syria,Middle East,Russia,,,1,0,0,0,1,0,0,0,0,0,0,0,0
`;

export const TESTS_JSON = JSON.stringify(
  {
    timeBins: [
      {
        year: 2017,
        data: [
          {
            date: '2017-11-28',
            time: '18:18 (UTC)',
            missile: 'hwasong-15',
            facility: 'pyongsong',
            landing: 'sea-of-japan',
            apogee: 4475,
            distance: 950,
            bearing: 90,
            outcome: 'success',
            description: 'not kept',
          },
        ],
      },
      {
        year: 2022,
        data: [
          {
            date: '2022-01-04',
            time: '23:10 (UTC)',
            missile: 'hwasong-12a',
            facility: 'pyongsong',
            landing: 'sea-of-japan',
            apogee: '30',
            distance: '700',
            bearing: 75,
            outcome: 'success',
            description: 'not kept',
          },
          {
            date: '2022-01-29',
            time: '22:52 (UTC)',
            missile: 'hwasong-12',
            facility: 'pyongsong',
            landing: 'sea-of-japan',
            apogee: 2000,
            distance: 800,
            bearing: 75,
            outcome: 'success',
            description: 'not kept',
          },
          {
            date: '1984-09',
            time: 'unknown',
            missile: 'scud-b',
            facility: 'pyongsong',
            landing: 'unknown',
            apogee: 'unknown',
            distance: 'unknown',
            bearing: 90,
            outcome: 'unknown',
            description: 'not kept',
          },
        ],
      },
    ],
  },
  null,
  1,
);

export const MISSILE_JSON = JSON.stringify({
  'hwasong-15': { name: 'Hwasong-15', type: 'ICBM' },
  'hwasong-12': { name: 'Hwasong-12', type: 'IRBM' },
  'hwasong-12a': { name: 'Hwasong-12A', type: 'MRBM' },
  'scud-b': { name: 'Scud-B', type: 'SRBM' },
});

export const FACILITY_JSON = JSON.stringify({
  facilities: { pyongsong: { name: 'Pyongsong Field', lat: 39.3, lon: 125.9 } },
});

export const ROLL_CALLS_CSV = `"rcid","session","importantvote","date","unres","amend","para","short","descr"
3,1,0,"1946-01-01","R/1/66",1,0,"SHORT TEXT","LONG TEXT NOT KEPT"
9001,73,1,"2018-12-01","A/RES/73/1",0,0,"X","Y"
`;

export const VOTES_CSV = `"rcid","country","country_code","vote"
3,"United States","US","yes"
3,"Russia","RU","no"
3,"Taiwan","TW","abstain"
9001,"United States","US","no"
9001,"Russia","RU","yes"
9001,"China","CN","yes"
9001,"Yugoslavia","YU","abstain"
`;

export const ISSUES_CSV = `"rcid","short_name","issue"
9001,"hr","Human rights"
`;

export interface Fixture {
  shared: string;
  record: string;
  root: string;
}

/** Writes the fixture sources (optionally overridden) and an empty record folder with one correction. */
export function makeFixture(
  overrides: Record<string, string | Buffer> = {},
  corrections?: unknown,
): Fixture {
  const root = mkdtempSync(join(tmpdir(), 'council-record-'));
  const shared = join(root, 'shared');
  const record = join(root, 'record');
  const files: Record<string, string | Buffer> = {
    'sc-meetings-dhl/meetings_1946-2022-06.csv': MEETINGS_CSV,
    'sc-meetings-dhl/outcomes_res_prst_1946-2022-06.csv': OUTCOMES_CSV,
    'sc-veto-list/vetoes_dhl_1946-2022-05-26.csv': VETOES_CSV,
    'sc-veto-list/wpdl_unsc_vetoes_1946_sept2022.csv': WPDL_CSV,
    'dprk-missile-tests/test.en.json': TESTS_JSON,
    'dprk-missile-tests/missile.en.json': MISSILE_JSON,
    'dprk-missile-tests/facility.en.json': FACILITY_JSON,
    'ga-votes-unvotes/un_votes.csv.gz': gzipSync(VOTES_CSV),
    'ga-votes-unvotes/un_roll_calls.csv.gz': gzipSync(ROLL_CALLS_CSV),
    'ga-votes-unvotes/un_roll_call_issues.csv': ISSUES_CSV,
    ...overrides,
  };
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(shared, rel, '..'), { recursive: true });
    writeFileSync(join(shared, rel), content);
  }
  mkdirSync(record, { recursive: true });
  writeFileSync(
    join(record, 'corrections.json'),
    JSON.stringify(
      corrections ?? {
        corrections: [
          {
            id: 'C001',
            dataset: 'vetoes',
            match: { draft: 'S/2022/431' },
            set: { tally: [13, 2, 0] },
            reason: 'The vote was 13 in favour, 2 against.',
            sources: ['https://press.un.org/en/2022/sc14904.doc.htm'],
          },
        ],
      },
    ),
  );
  return { shared, record, root };
}

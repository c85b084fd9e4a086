/**
 * The name table for the Council's membership: DPPA's (current) names → ISO codes, and the English short
 * names each State used at the UN over time. The DPPA export uses today's names for past years
 * (e.g. "Democratic Republic of the Congo" for Zaire); the periods below restore the names of the time.
 * Dates of name changes are those on which the UN began to use the new name (sources in the comments).
 */

/** DPPA export name → State code (ISO 3166-1 alpha-3; ISO 3166-3 for dissolved States). */
export const DPPA_NAME_TO_CODE: Readonly<Record<string, string>> = {
  Albania: 'ALB', Algeria: 'DZA', Angola: 'AGO', Argentina: 'ARG', Australia: 'AUS', Austria: 'AUT',
  Azerbaijan: 'AZE', Bahrain: 'BHR', Bangladesh: 'BGD', Belarus: 'BLR', Belgium: 'BEL', Benin: 'BEN',
  'Bolivia (Plurinational State of)': 'BOL', 'Bosnia and Herzegovina': 'BIH', Botswana: 'BWA', Brazil: 'BRA',
  Bulgaria: 'BGR', 'Burkina Faso': 'BFA', Burundi: 'BDI', 'Cabo Verde': 'CPV', Cameroon: 'CMR', Canada: 'CAN',
  Chad: 'TCD', Chile: 'CHL', China: 'CHN', Colombia: 'COL', Congo: 'COG', 'Costa Rica': 'CRI', "Côte d'Ivoire": 'CIV',
  Croatia: 'HRV', Cuba: 'CUB', Czechia: 'CZE', Czechoslovakia: 'CSK', 'Democratic Republic of the Congo': 'COD',
  Denmark: 'DNK', Djibouti: 'DJI', 'Dominican Republic': 'DOM', Ecuador: 'ECU', Egypt: 'EGY',
  'Equatorial Guinea': 'GNQ', Estonia: 'EST', Ethiopia: 'ETH', Finland: 'FIN', France: 'FRA', Gabon: 'GAB',
  Gambia: 'GMB', 'German DR (German Democratic Republic)': 'DDR', 'German FR (German Federal Republic)': 'DEU',
  Germany: 'DEU', Ghana: 'GHA', Greece: 'GRC', Guatemala: 'GTM', Guinea: 'GIN', 'Guinea-Bissau': 'GNB', Guyana: 'GUY',
  Honduras: 'HND', Hungary: 'HUN', India: 'IND', Indonesia: 'IDN', 'Iran (Islamic Republic of)': 'IRN', Iraq: 'IRQ',
  Ireland: 'IRL', Italy: 'ITA', Jamaica: 'JAM', Japan: 'JPN', Jordan: 'JOR', Kazakhstan: 'KAZ', Kenya: 'KEN',
  Kuwait: 'KWT', Kyrgyzstan: 'KGZ', Latvia: 'LVA', Lebanon: 'LBN', Liberia: 'LBR', Libya: 'LBY', Lithuania: 'LTU',
  Luxembourg: 'LUX', Madagascar: 'MDG', Malaysia: 'MYS', Mali: 'MLI', Malta: 'MLT', Mauritania: 'MRT',
  Mauritius: 'MUS', Mexico: 'MEX', Morocco: 'MAR', Mozambique: 'MOZ', Namibia: 'NAM', Nepal: 'NPL',
  Netherlands: 'NLD', 'New Zealand': 'NZL', Nicaragua: 'NIC', Niger: 'NER', Nigeria: 'NGA', Norway: 'NOR',
  Oman: 'OMN', Pakistan: 'PAK', Panama: 'PAN', Paraguay: 'PRY', Peru: 'PER', Philippines: 'PHL', Poland: 'POL',
  Portugal: 'PRT', Qatar: 'QAT', 'Republic of Korea': 'KOR', Romania: 'ROU', 'Russian Federation': 'RUS',
  Rwanda: 'RWA', 'Saint Vincent and the Grenadines': 'VCT', Senegal: 'SEN', 'Sierra Leone': 'SLE',
  Singapore: 'SGP', Slovakia: 'SVK', Slovenia: 'SVN', Somalia: 'SOM', 'South Africa': 'ZAF', Spain: 'ESP',
  'Sri Lanka': 'LKA', Sudan: 'SDN', Sweden: 'SWE', Switzerland: 'CHE', 'Syrian Arab Republic': 'SYR',
  Thailand: 'THA', Togo: 'TGO', 'Trinidad and Tobago': 'TTO', Tunisia: 'TUN', Türkiye: 'TUR',
  'USSR (Union of Soviet Socialist Republics)': 'SUN', Uganda: 'UGA', Ukraine: 'UKR',
  'Ukrainian SSR (Ukrainian Soviet Socialist Republic)': 'UKR', 'United Arab Emirates': 'ARE',
  'United Arab Republic': 'EGY', 'United Kingdom of Great Britain and Northern Ireland': 'GBR',
  'United Republic of Tanzania': 'TZA', 'United States of America': 'USA', Uruguay: 'URY',
  'Venezuela (Bolivarian Republic of)': 'VEN', 'Viet Nam': 'VNM', Yemen: 'YEM', Yugoslavia: 'YUG', Zambia: 'ZMB',
  Zimbabwe: 'ZWE',
};

const BEGIN = '1945-01-01';
const END = '9999-12-31';

/**
 * Names that differ from the DPPA (current) name at some time when the State sat on the Council.
 * Each list is complete for its State and ordered in time; States not listed use their DPPA name throughout.
 */
export const HISTORICAL_NAMES: Readonly<Record<string, readonly { name: string; from: string; to: string }[]>> = {
  // The Soviet seat: the USSR until the Russian Federation's letter of 24 Dec 1991.
  SUN: [{ name: 'Union of Soviet Socialist Republics', from: BEGIN, to: '1991-12-23' }],
  UKR: [
    { name: 'Ukrainian Soviet Socialist Republic', from: BEGIN, to: '1991-08-23' },
    { name: 'Ukraine', from: '1991-08-24', to: END },
  ],
  BLR: [
    { name: 'Byelorussian Soviet Socialist Republic', from: BEGIN, to: '1991-09-18' },
    { name: 'Belarus', from: '1991-09-19', to: END },
  ],
  EGY: [
    { name: 'Egypt', from: BEGIN, to: '1958-02-21' },
    { name: 'United Arab Republic', from: '1958-02-22', to: '1971-09-01' },
    { name: 'Egypt', from: '1971-09-02', to: END },
  ],
  DEU: [
    { name: 'Germany, Federal Republic of', from: BEGIN, to: '1990-10-02' },
    { name: 'Germany', from: '1990-10-03', to: END },
  ],
  DDR: [{ name: 'German Democratic Republic', from: BEGIN, to: '1990-10-02' }],
  COD: [
    { name: 'Congo (Leopoldville)', from: BEGIN, to: '1971-10-26' },
    { name: 'Zaire', from: '1971-10-27', to: '1997-05-16' },
    { name: 'Democratic Republic of the Congo', from: '1997-05-17', to: END },
  ],
  LKA: [
    { name: 'Ceylon', from: BEGIN, to: '1972-05-21' },
    { name: 'Sri Lanka', from: '1972-05-22', to: END },
  ],
  TUR: [
    { name: 'Turkey', from: BEGIN, to: '2022-05-31' },
    { name: 'Türkiye', from: '2022-06-01', to: END },
  ],
  BFA: [
    { name: 'Upper Volta', from: BEGIN, to: '1984-08-03' },
    { name: 'Burkina Faso', from: '1984-08-04', to: END },
  ],
  BEN: [
    { name: 'Dahomey', from: BEGIN, to: '1975-11-29' },
    { name: 'Benin', from: '1975-11-30', to: END },
  ],
  CIV: [
    { name: 'Ivory Coast', from: BEGIN, to: '1985-12-31' },
    { name: "Côte d'Ivoire", from: '1986-01-01', to: END },
  ],
  CPV: [
    { name: 'Cape Verde', from: BEGIN, to: '2013-10-23' },
    { name: 'Cabo Verde', from: '2013-10-24', to: END },
  ],
  CZE: [
    { name: 'Czech Republic', from: BEGIN, to: '2016-05-16' },
    { name: 'Czechia', from: '2016-05-17', to: END },
  ],
  CMR: [
    { name: 'Cameroon', from: BEGIN, to: '1972-06-01' },
    { name: 'United Republic of Cameroon', from: '1972-06-02', to: '1984-01-31' },
    { name: 'Cameroon', from: '1984-02-01', to: END },
  ],
  LBY: [
    { name: 'Libya', from: BEGIN, to: '1969-08-31' },
    { name: 'Libyan Arab Republic', from: '1969-09-01', to: '1977-03-01' },
    { name: 'Libyan Arab Jamahiriya', from: '1977-03-02', to: '2011-09-15' },
    { name: 'Libya', from: '2011-09-16', to: END },
  ],
  SYR: [
    { name: 'Syria', from: BEGIN, to: '1971-09-13' },
    { name: 'Syrian Arab Republic', from: '1971-09-14', to: END },
  ],
  IRN: [
    { name: 'Iran', from: BEGIN, to: '1982-12-31' },
    { name: 'Iran (Islamic Republic of)', from: '1983-01-01', to: END },
  ],
  BOL: [
    { name: 'Bolivia', from: BEGIN, to: '2009-03-31' },
    { name: 'Bolivia (Plurinational State of)', from: '2009-04-01', to: END },
  ],
  VEN: [
    { name: 'Venezuela', from: BEGIN, to: '2004-12-31' },
    { name: 'Venezuela (Bolivarian Republic of)', from: '2005-01-01', to: END },
  ],
  MYS: [
    { name: 'Malaysia', from: BEGIN, to: END },
  ],
  TZA: [{ name: 'United Republic of Tanzania', from: BEGIN, to: END }],
  NLD: [
    { name: 'Netherlands', from: BEGIN, to: '2023-12-31' },
    { name: 'Netherlands (Kingdom of the)', from: '2024-01-01', to: END },
  ],
};

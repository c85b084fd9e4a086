/**
 * Country names as the Consolidated List writes them → lower-case ISO 3166-1 alpha-2 codes, the
 * form FollowTheMoney uses ("suhh" for the Soviet Union, as FollowTheMoney does). English region
 * names come from the runtime's CLDR data; UN-style names and demonyms the list uses are added here.
 */

const EXTRA: Record<string, string> = {
  "democratic people's republic of korea": 'kp',
  rpdc: 'kp',
  'syrian arab republic': 'sy',
  syrian: 'sy',
  'iran (islamic republic of)': 'ir',
  iranian: 'ir',
  'russian federation': 'ru',
  turkey: 'tr',
  'united kingdom of great britain and northern ireland': 'gb',
  'united kingdom': 'gb',
  'united states of america': 'us',
  'united states': 'us',
  'sultanate of oman': 'om',
  'libyan arab jamahiriya': 'ly',
  libyan: 'ly',
  'state of palestine': 'ps',
  palestinian: 'ps',
  'democratic republic of the congo': 'cd',
  congo: 'cg',
  'united republic of tanzania': 'tz',
  'bosnia and herzegovina': 'ba',
  'viet nam': 'vn',
  'union of the comoros': 'km',
  netherlands: 'nl',
  myanmar: 'mm',
  'hong kong special administrative region': 'hk',
  'china, hong kong special administrative region': 'hk',
  ussr: 'suhh',
  'soviet union': 'suhh',
  'former soviet union': 'suhh',
  afghan: 'af',
  algerian: 'dz',
  ethiopian: 'et',
  german: 'de',
  indonesian: 'id',
  kuwaiti: 'kw',
  moroccan: 'ma',
  pakistani: 'pk',
  'saudi arabian': 'sa',
  somali: 'so',
  sudanese: 'sd',
  tunisian: 'tn',
  yemeni: 'ye',
};

let table: Map<string, string> | undefined;

function key(name: string): string {
  return name.toLowerCase().replace(/&/g, 'and').replace(/^the /, '').replace(/\s+/g, ' ').trim();
}

function lookupTable(): Map<string, string> {
  if (table) return table;
  table = new Map();
  const names = new Intl.DisplayNames('en', { type: 'region' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        name = undefined;
      }
      if (name && name !== code && !/unknown/i.test(name) && !table.has(key(name)))
        table.set(key(name), code.toLowerCase());
    }
  }
  for (const [name, code] of Object.entries(EXTRA)) table.set(key(name), code);
  return table;
}

/**
 * The alpha-2 code for a country as written in the list, or undefined. Tries the whole text, then
 * the part before a parenthesis, full stop, slash or the word "passport"/"by birth"/"citizenship".
 */
export function countryCode(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const t = lookupTable();
  const whole = key(name);
  if (whole === '') return undefined;
  const direct = t.get(whole);
  if (direct) return direct;
  const head = key(whole.split(/[(./]| passport| by birth| citizenship| \(/)[0] ?? '');
  const viaHead = t.get(head) ?? t.get(head.replace(/^(possibly|also) /, ''));
  return viaHead;
}

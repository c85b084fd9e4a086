/** `npx tsx packages/record/src/membership/write-membership.ts [../shared/data/sc-membership-dppa]`: rewrites data/council/membership.json. */
import { readFileSync, writeFileSync } from 'node:fs';
import type { PresidencyAnchor } from '@council/engine';
import { importMembership } from './import-membership.ts';
import { MEMBERSHIP_FILE } from './load-membership.ts';

const dir =
  process.argv[2] ??
  new URL('../../../../../shared/data/sc-membership-dppa', import.meta.url).pathname;
const anchorsFile = new URL('../../../../data/council/presidency-anchors.json', import.meta.url);
const anchors = (JSON.parse(readFileSync(anchorsFile, 'utf8')) as { anchors: PresidencyAnchor[] })
  .anchors;
const table = { ...importMembership(dir), presidencyAnchors: anchors };
const lines = [
  '{',
  `  "source": ${JSON.stringify(table.source)},`,
  `  "coverage": ${JSON.stringify(table.coverage)},`,
  `  "governments": ${JSON.stringify(table.governments)},`,
  `  "presidencyAnchors": ${JSON.stringify(table.presidencyAnchors)},`,
  '  "names": {',
  Object.entries(table.names)
    .map(([code, periods]) => `    ${JSON.stringify(code)}: ${JSON.stringify(periods)}`)
    .join(',\n'),
  '  },',
  '  "terms": [',
  table.terms.map((t) => `    ${JSON.stringify(t)}`).join(',\n'),
  '  ]',
  '}',
];
writeFileSync(MEMBERSHIP_FILE, lines.join('\n') + '\n');
console.log(
  `wrote ${table.terms.length} terms for ${Object.keys(table.names).length} States to ${MEMBERSHIP_FILE}`,
);

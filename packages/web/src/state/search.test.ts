import { describe, expect, it } from 'vitest';
import { fold, indexRows, searchRows } from './search.ts';

const rows = [
  {
    symbol: 'S/RES/2397 (2017)',
    topic: "Non-proliferation - Democratic People's Republic of Korea",
  },
  {
    symbol: 'S/RES/2627 (2022)',
    topic: "Non-proliferation - Democratic People's Republic of Korea",
  },
  { symbol: 'S/RES/1514 (2003)', topic: "The situation in Côte d'Ivoire" },
];
const index = indexRows(rows, (r) => `${r.symbol} ${r.topic}`);

describe('record search', () => {
  it('finds a resolution by its number', () => {
    expect(searchRows(index, '2397').map((r) => r.symbol)).toEqual(['S/RES/2397 (2017)']);
  });
  it('needs every word, in any order, ignoring case and accents', () => {
    expect(searchRows(index, 'korea 2022').map((r) => r.symbol)).toEqual(['S/RES/2627 (2022)']);
    expect(searchRows(index, 'COTE')).toHaveLength(1);
    expect(fold('Côte')).toBe('cote');
  });
  it('keeps every row for an empty query and none for an absent word', () => {
    expect(searchRows(index, '  ')).toHaveLength(3);
    expect(searchRows(index, 'zanzibar')).toHaveLength(0);
  });
});

/**
 * Ready-made starting points for a live session: a date, an open meeting and a draft on the table.
 * The paragraphs are short summaries written for Council, not the text of the UN document.
 */
export interface SessionTemplate {
  id: string;
  label: string;
  date: string;
  topic: string;
  draft: {
    symbol: string;
    title: string;
    penholders: string[];
    preambular: string[];
    operative: string[];
  };
}

export const SESSION_TEMPLATES: SessionTemplate[] = [
  {
    id: '2022-dprk-vote',
    label: 'DPRK, 26 May 2022: the vote on S/2022/431',
    date: '2022-05-26',
    topic: 'Non-proliferation / Democratic People’s Republic of Korea',
    draft: {
      symbol: 'S/2022/431',
      title: 'Non-proliferation: Democratic People’s Republic of Korea',
      penholders: ['USA'],
      preambular: [
        'Recalling its resolutions on the Democratic People’s Republic of Korea, from resolution 1718 (2006) to resolution 2397 (2017),',
        'Gravely concerned by the ballistic missile launches of the Democratic People’s Republic of Korea in 2022, including launches of intercontinental range,',
        'Acting under Chapter VII of the Charter of the United Nations,',
      ],
      operative: [
        'Condemns the ballistic missile launches carried out by the Democratic People’s Republic of Korea since January 2022;',
        'Decides to tighten the limits on the supply of crude oil and refined petroleum products to the Democratic People’s Republic of Korea;',
        'Decides to widen the measures against the financing of its weapons programmes;',
        'Decides to remain actively seized of the matter.',
      ],
    },
  },
];

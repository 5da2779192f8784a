import type { PackDocument } from '../../../src/products/document/pack-document.js';

/** Record text an attacker could place in a free-text field. */
export const hostileTexts = {
  script: '<script>alert("x")</script><img src=x onerror=alert(1)>',
  formula: '=HYPERLINK("http://evil.example/","click")',
  plus: '+44 7700 900123',
  minus: '-2+3',
  at: '@SUM(A1:A9)',
  tab: '\t=1+1',
  cr: '\r=1+1',
  arabic: 'مرحبا بالعالم',
  hebrew: 'שלום עולם',
  long: `LONG${'x'.repeat(9996)}`,
};

/** A small invented pack: figures, a table, a bar chart, a line chart and a note. */
export function sampleDocument(options: { hostile?: boolean } = {}): PackDocument {
  const rows =
    options.hostile === true
      ? Object.entries(hostileTexts).map(([name, text], i) => ({
          name,
          text,
          n: i,
          when: '2024-02-0' + String((i % 9) + 1),
        }))
      : [
          { name: 'Alpha', text: 'first row', n: 3, when: '2024-01-15' },
          { name: 'Bravo', text: 'second row', n: 1250.5, when: '2024-02-29' },
        ];
  return {
    title: 'VAWG tasking pack: Testshire',
    marking: 'OFFICIAL-SENSITIVE',
    force: 'testshire',
    forceLabel: 'Testshire',
    period: { from: '2023-08-01', to: '2024-01-31' },
    meetingDate: '2024-02-14',
    generatedAt: '2024-02-07T09:30:00Z',
    sections: [
      {
        id: 'summary',
        title: 'Summary',
        blocks: [
          {
            kind: 'figures',
            cards: [
              { label: 'VAWG occurrences', value: 1204, kind: 'number' },
              { label: 'Latest occurrence', value: '2024-01-30', kind: 'date' },
            ],
          },
          { kind: 'note', text: options.hostile === true ? hostileTexts.script : 'A note.' },
        ],
      },
      {
        id: 'detail',
        title: 'Detail table',
        newPage: true,
        blocks: [
          {
            kind: 'table',
            id: 'detail',
            title: 'Rows of detail',
            columns: [
              { key: 'name', label: 'Name', kind: 'text' },
              { key: 'text', label: 'Text', kind: 'text' },
              { key: 'n', label: 'Count', kind: 'number', decimals: 1 },
              { key: 'when', label: 'Date', kind: 'date' },
            ],
            rows,
          },
          {
            kind: 'table',
            id: 'empty',
            title: 'Nothing here',
            columns: [],
            rows: [],
            emptyText: 'No suspects met the threshold.',
          },
        ],
      },
      {
        id: 'charts',
        title: 'Charts',
        blocks: [
          {
            kind: 'chart',
            id: 'by-ethnicity',
            title: 'Suspects by ethnicity',
            chart: 'bar',
            categories:
              options.hostile === true ? [hostileTexts.script, hostileTexts.arabic] : ['W1', 'B2'],
            series: [{ name: 'Suspects', values: [5, 2] }],
            xLabel: 'Ethnicity',
            yLabel: 'Suspects',
          },
          {
            kind: 'chart',
            id: 'by-month',
            title: 'VAWG occurrences by month',
            chart: 'line',
            categories: ['Aug', 'Sep', 'Oct'],
            series: [
              { name: 'This year', values: [4, 6, 5] },
              { name: 'Previous year', values: [3, 3, 7] },
            ],
            xLabel: 'Month',
            yLabel: 'Occurrences',
          },
        ],
      },
    ],
  };
}

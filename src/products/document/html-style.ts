/**
 * The inline stylesheet of an HTML pack: print-friendly, greyscale, no web fonts and no
 * external resources (the file must open offline, on a locked-down force workstation).
 */
export const htmlStyle = `
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 13px; color: #111; margin: 0 auto; max-width: 1100px; padding: 0 24px; }
.marking { text-align: center; font-weight: bold; letter-spacing: 0.05em; padding: 4px; border: 2px solid #111; margin: 8px 0; }
h1 { font-size: 24px; margin: 16px 0 4px; }
h2 { font-size: 19px; border-bottom: 2px solid #111; padding-bottom: 2px; margin-top: 32px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
.meta { color: #333; margin: 0 0 12px; }
nav ol { columns: 2; }
.figures { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0; }
.card { border: 1px solid #555; padding: 6px 10px; min-width: 140px; }
.card .label { font-size: 11px; color: #333; }
.card .value { font-size: 20px; font-weight: bold; }
.card .note { font-size: 10px; color: #444; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
caption { text-align: left; font-weight: bold; padding: 4px 0; }
th, td { border: 1px solid #999; padding: 3px 6px; vertical-align: top; overflow-wrap: anywhere; }
th { background: #e6e6e6; text-align: left; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
.note { margin: 6px 0; }
.note.limit { font-style: italic; margin-top: -6px; }
.note.warning { border-left: 4px solid #111; padding-left: 8px; font-weight: bold; }
.empty { font-style: italic; color: #444; }
figure { margin: 8px 0 16px; }
figcaption { font-weight: bold; margin-bottom: 4px; }
figure svg { max-width: 100%; height: auto; }
@media print { section.new-page { break-before: page; } nav { display: none; } }
`;

/** The report page's style sheet: plain, printable, readable tables. */
export const REPORT_CSS = `
body{font-family:Helvetica,Arial,sans-serif;margin:0 auto;max-width:1200px;padding:0 1.5rem 4rem;color:#222;line-height:1.45}
nav{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:.5rem 0;font-size:.9rem;z-index:1}
nav a{margin-right:1rem}
table{border-collapse:collapse;margin:1rem 0;font-size:.85rem;width:100%}
caption{text-align:left;color:#555;padding:.25rem 0}
th,td{border-bottom:1px solid #e3e3e3;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#f5f5f5;cursor:pointer;white-space:nowrap}
th[aria-sort=ascending]::after{content:" \\25B2"} th[aria-sort=descending]::after{content:" \\25BC"}
figure.chart{margin:1.5rem 0}
details{margin:.3rem 0} summary{cursor:pointer} details.lists>details{margin-left:1rem}
.scroll{overflow-x:auto}
ul.drill{font-size:.85rem}
.problems{border:1px solid #d62728;background:#fff5f5;padding:.5rem 1rem}
.bar{display:inline-block;height:.8rem;background:#2ca02c;vertical-align:middle}
.bar.rated{background:#98df8a}
.bar.slipped{background:#d62728}
:target{background:#fff3b0}
`;

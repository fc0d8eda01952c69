/**
 * The report page's stylesheet: one A4 page when printed, readable on a screen. Served inline under a
 * `style-src` hash for the report routes only (`REPORT_CSP`): the page loads nothing and runs no script.
 */
import { createHash } from 'node:crypto';

export const REPORT_CSS = `
@page { size: A4; margin: 12mm 13mm; }
* { box-sizing: border-box; }
html { background: #eef1f4; }
body { margin: 0 auto; max-width: 210mm; background: #fff; color: #1f2933; padding: 12mm 13mm;
  font: 10pt/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header { display: flex; justify-content: space-between; align-items: flex-end; gap: 12px;
  border-bottom: 2px solid #1f2933; padding-bottom: 6px; margin-bottom: 10px; }
h1 { font-size: 16pt; margin: 0; letter-spacing: -0.01em; }
header p { margin: 0; font-size: 9pt; color: #475467; text-align: right; }
h2 { font-size: 10.5pt; margin: 0 0 4px; text-transform: uppercase; letter-spacing: 0.04em; color: #344054;
  border-bottom: 1px solid #d0d5dd; padding-bottom: 2px; }
section { margin: 0 0 9px; break-inside: avoid; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 0 18px; }
.facts { display: grid; grid-template-columns: repeat(3, 1fr); gap: 2px 14px; margin: 0; }
.facts div { display: flex; justify-content: space-between; border-bottom: 1px dotted #d0d5dd; padding: 1px 0; }
.facts dt { color: #475467; }
.goal { margin: 4px 0 0; }
.facts dd { margin: 0; font-weight: 600; }
.urgency { display: inline-block; font-weight: 700; padding: 1px 8px; border-radius: 3px; border: 1.5px solid; }
.u-self_manage { color: #05603a; border-color: #05603a; }
.u-see_clinician { color: #93370d; border-color: #93370d; }
.u-urgent, .u-emergency { color: #912018; border-color: #912018; }
table { width: 100%; border-collapse: collapse; font-size: 9pt; }
th, td { text-align: left; padding: 2px 6px 2px 0; border-bottom: 1px solid #eaecf0; vertical-align: top; }
th { color: #475467; font-weight: 600; }
td.num, th.num { text-align: right; }
.flag { color: #912018; font-weight: 600; }
.muted { color: #667085; }
ul, ol { margin: 2px 0; padding-left: 18px; }
li { margin: 1px 0; }
svg { display: block; margin: 2px 0; }
.legend { font-size: 8.5pt; color: #475467; margin: 0; }
.key { print-color-adjust: exact; -webkit-print-color-adjust: exact; display: inline-block; width: 9px; height: 9px; margin: 0 3px 0 10px; vertical-align: -1px; }
.k-checkin { background: #b42318; border-radius: 50%; }
.k-plan { border: 1.6px solid #175cd3; }
.k-diary { background: #7a5af8; transform: rotate(45deg); }
.k-spike { background: #dc6803; }
.k-week { background: #475467; }
.k-now { background: #98a2b3; }
ol.questions li { font-weight: 600; }
ul.kinds { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0 12px; }
footer { font-size: 8pt; color: #667085; border-top: 1px solid #d0d5dd; padding-top: 4px; margin-top: 6px; }
@media print {
  html { background: #fff; }
  body { padding: 0; max-width: none; font-size: 9pt; line-height: 1.3; }
  table { font-size: 8.5pt; }
  section { margin-bottom: 6px; }
}
@media (max-width: 640px) {
  body { padding: 14px; }
  .grid, .facts { grid-template-columns: 1fr; }
}
`;

/** The hash the report's policy allows its one inline stylesheet by. */
export const REPORT_CSS_HASH = `sha256-${createHash('sha256').update(REPORT_CSS).digest('base64')}`;

/** The report page's policy: its inline stylesheet and nothing else (no script, no request, no frame). */
export const REPORT_CSP = `default-src 'none'; style-src '${REPORT_CSS_HASH}'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
